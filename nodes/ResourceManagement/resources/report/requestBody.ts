import { DateTime } from 'luxon';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { assertDateOrder, dateParameter } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { ATTRIBUTE_NAMES, GROUP_ATTRIBUTES, optionNames, TIME_FRAMES, VIEWS } from './choices';
import { reportFilters, type Fail } from './filters';

/** Attributes of the person a row belongs to; with dates, the only ones Utilization accepts. */
const USER_ATTRIBUTES = ['user_id', 'role', 'discipline', 'location', 'assignment_status'];
const DATE_ATTRIBUTES = ['date', 'week', 'month'];

const CALC_INCURRED = ['confirmed-unconfirmed', 'confirmed', 'approved'];
const MAX_GROUP_LEVELS = 5;

type Level = { attribute?: string };

const VIEW_NAMES = optionNames(VIEWS);
const TIME_FRAME_NAMES = optionNames(TIME_FRAMES);
const GROUPABLE = new Set(GROUP_ATTRIBUTES.map((o) => String(o.value)));

/** `view`, checked to be one of the report views. */
function reportView(ctx: IExecuteSingleFunctions, fail: Fail): string {
	const view = String(ctx.getNodeParameter('view', 'time_fees_hours'));
	if (!VIEW_NAMES.has(view)) {
		fail(
			`'View' is not a report view: ${JSON.stringify(view)}`,
			`Use one of: ${[...VIEW_NAMES.keys()].join(', ')}.`,
		);
	}
	return view;
}

/** `time_frame`: a shortcut name, or `{from, to}` for a custom range. */
function reportTimeFrame(ctx: IExecuteSingleFunctions, fail: Fail): string | IDataObject {
	const timeFrame = String(ctx.getNodeParameter('timeFrame', 'this_week'));
	if (!TIME_FRAME_NAMES.has(timeFrame)) {
		fail(
			`'Time Frame' is not a known time frame: ${JSON.stringify(timeFrame)}`,
			`Use one of: ${[...TIME_FRAME_NAMES.keys()].join(', ')}.`,
		);
	}
	return timeFrame === 'custom' ? customRange(ctx, fail) : timeFrame;
}

/** From and To, in order and at most one year apart. */
function customRange(ctx: IExecuteSingleFunctions, fail: Fail): IDataObject {
	const from = dateParameter(ctx, 'from', 'From');
	const to = dateParameter(ctx, 'to', 'To');
	if (!from || !to)
		fail("'From' and 'To' are required for a custom range", 'Pick both dates of the range.');
	assertDateOrder(ctx, from, to, 'From', 'To');
	// Resource Management refuses ranges longer than a year; the last allowed day is the day before the anniversary.
	const lastAllowed = DateTime.fromISO(from!)
		.plus({ years: 1 })
		.minus({ days: 1 })
		.toFormat('yyyy-MM-dd');
	if (to! > lastAllowed) {
		fail(
			`The range ${from} to ${to} is longer than one year`,
			`Reports cover at most one year: set 'To' to ${lastAllowed} or earlier, or split the period into several reports.`,
		);
	}
	return { from, to };
}

/** `group_by`: at most five known attributes, each once, and only user or date ones for Utilization. */
function groupLevels(ctx: IExecuteSingleFunctions, view: string, fail: Fail): string[] {
	const levels = (ctx.getNodeParameter('groupBy.levels', []) as Level[]).map((level) =>
		String(level.attribute ?? ''),
	);
	if (levels.length > MAX_GROUP_LEVELS) {
		fail(
			`'Group By' has ${levels.length} levels`,
			`Reports group by at most ${MAX_GROUP_LEVELS} levels; remove some.`,
		);
	}
	const seen = new Set<string>();
	for (const attribute of levels) {
		if (!GROUPABLE.has(attribute)) {
			fail(
				`'Group By' attribute is not known: ${JSON.stringify(attribute)}`,
				`Use one of: ${[...GROUPABLE].join(', ')}.`,
			);
		}
		if (seen.has(attribute)) {
			fail(
				`'Group By' lists ${ATTRIBUTE_NAMES.get(attribute)} twice`,
				'Each attribute can form only one level.',
			);
		}
		seen.add(attribute);
		if (
			view === 'utilization' &&
			!USER_ATTRIBUTES.includes(attribute) &&
			!DATE_ATTRIBUTES.includes(attribute)
		) {
			fail(
				`The Utilization view cannot be grouped by ${ATTRIBUTE_NAMES.get(attribute)} (${attribute})`,
				'Utilization accepts only user attributes (User, Role, Discipline, Location, Assignment Status) and date attributes (Date, Week, Month).',
			);
		}
	}
	return levels;
}

/** `calc_incurred_using`, checked; '' when the option is not set. */
function incurredUsing(ctx: IExecuteSingleFunctions, fail: Fail): string {
	const calc = ctx.getNodeParameter('options.calcIncurredUsing', '') as string;
	if (calc && !CALC_INCURRED.includes(calc)) {
		fail(
			`'Calculate Incurred Using' is not known: ${JSON.stringify(calc)}`,
			`Use one of: ${CALC_INCURRED.join(', ')}.`,
		);
	}
	return calc;
}

/** The report body as documented (§ Reports API), checked before anything is sent. */
export async function buildReportBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const node = this.getNode();
	const item = this.getItemIndex();
	const fail: Fail = (message, description) => {
		throw inputError(node, message, description, item);
	};
	const body: IDataObject = {};
	const view = reportView(this, fail);
	body.view = view;
	body.time_frame = reportTimeFrame(this, fail);
	const levels = groupLevels(this, view, fail);
	if (levels.length) body.group_by = levels;

	const filters = reportFilters(this, fail);
	if (Object.keys(filters).length) body.filters = filters;

	const today = dateParameter(this, 'options.today', 'Today');
	if (today) body.today = today;
	const calc = incurredUsing(this, fail);
	if (calc) body.calc_incurred_using = calc;

	options.body = body;
	return options;
}
