import { DateTime } from 'luxon';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodePropertyOptions } from 'n8n-workflow';
import { assertDateOrder, dateParameter } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { isValidId } from '../../../shared/idChecks';
import { FILTER_ATTRIBUTES, GROUP_ATTRIBUTES, TIME_FRAMES, VIEWS } from './fields';

/** Attributes of the person a row belongs to; with dates, the only ones Utilization accepts. */
const USER_ATTRIBUTES = ['user_id', 'role', 'discipline', 'location', 'assignment_status'];
const DATE_ATTRIBUTES = ['date', 'week', 'month'];

const CALC_INCURRED = ['confirmed-unconfirmed', 'confirmed', 'approved'];
const OPERATIONS = ['inclusion', 'exclusion'];
const MAX_GROUP_LEVELS = 5;
/** The literal that matches records where the attribute is empty. */
const NONE = '[none]';

type Level = { attribute?: string };
type Filter = { attribute?: string; filterOperation?: string; values?: unknown };
type CustomFilter = { id?: unknown; filterOperation?: string; values?: unknown };

/** Stops the item with an input error: what is wrong, and how to fix it. */
type Fail = (message: string, description: string) => never;

const names = (options: INodePropertyOptions[]) => new Map(options.map((o) => [String(o.value), o.name]));
const VIEW_NAMES = names(VIEWS);
const TIME_FRAME_NAMES = names(TIME_FRAMES);
const ATTRIBUTE_NAMES = names(FILTER_ATTRIBUTES);
const GROUPABLE = new Set(GROUP_ATTRIBUTES.map((o) => String(o.value)));

/** Splits the Values text (or takes an array from an expression) into trimmed, non-empty values. */
function splitValues(raw: unknown): unknown[] {
	const list = Array.isArray(raw) ? raw : String(raw ?? '').split(',');
	return list.map((value) => (typeof value === 'string' ? value.trim() : value)).filter((v) => v !== '' && v !== null && v !== undefined);
}

function checkOperation(operation: string, what: string, fail: Fail): string {
	if (!OPERATIONS.includes(operation)) {
		fail(`The operation of ${what} is not known: ${JSON.stringify(operation)}`, 'Use inclusion or exclusion.');
	}
	return operation;
}

/** `view`, checked to be one of the report views. */
function reportView(ctx: IExecuteSingleFunctions, fail: Fail): string {
	const view = String(ctx.getNodeParameter('view', 'time_fees_hours'));
	if (!VIEW_NAMES.has(view)) {
		fail(`'View' is not a report view: ${JSON.stringify(view)}`, `Use one of: ${[...VIEW_NAMES.keys()].join(', ')}.`);
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
	if (!from || !to) fail("'From' and 'To' are required for a custom range", 'Pick both dates of the range.');
	assertDateOrder(ctx, from, to, 'From', 'To');
	// Resource Management refuses ranges longer than a year; the last allowed day is the day before the anniversary.
	const lastAllowed = DateTime.fromISO(from!).plus({ years: 1 }).minus({ days: 1 }).toFormat('yyyy-MM-dd');
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
	const levels = (ctx.getNodeParameter('groupBy.levels', []) as Level[]).map((level) => String(level.attribute ?? ''));
	if (levels.length > MAX_GROUP_LEVELS) {
		fail(`'Group By' has ${levels.length} levels`, `Reports group by at most ${MAX_GROUP_LEVELS} levels; remove some.`);
	}
	const seen = new Set<string>();
	for (const attribute of levels) {
		if (!GROUPABLE.has(attribute)) {
			fail(`'Group By' attribute is not known: ${JSON.stringify(attribute)}`, `Use one of: ${[...GROUPABLE].join(', ')}.`);
		}
		if (seen.has(attribute)) {
			fail(`'Group By' lists ${ATTRIBUTE_NAMES.get(attribute)} twice`, 'Each attribute can form only one level.');
		}
		seen.add(attribute);
		if (view === 'utilization' && !USER_ATTRIBUTES.includes(attribute) && !DATE_ATTRIBUTES.includes(attribute)) {
			fail(
				`The Utilization view cannot be grouped by ${ATTRIBUTE_NAMES.get(attribute)} (${attribute})`,
				'Utilization accepts only user attributes (User, Role, Discipline, Location, Assignment Status) and date attributes (Date, Week, Month).',
			);
		}
	}
	return levels;
}

/** The values of a filter on User or Project: numeric IDs (or [none]), sent as numbers. */
function idValues(values: unknown[], label: string, fail: Fail): unknown[] {
	return values.map((value) => {
		if (value === NONE) return value;
		const text = String(value).trim();
		if (!isValidId(text, 'integer')) {
			fail(
				`The filter on ${label} has a value that is not an ID: ${JSON.stringify(value)}`,
				`Enter numeric ${label} IDs separated by commas, or ${NONE} for rows without one.`,
			);
		}
		return Number(text);
	});
}

/** The Filters as `filters`: `{attribute: {operation, values}}`, each attribute at most once. */
function attributeFilters(ctx: IExecuteSingleFunctions, fail: Fail): IDataObject {
	const filters: IDataObject = {};
	for (const filter of ctx.getNodeParameter('filters.filter', []) as Filter[]) {
		const attribute = String(filter.attribute ?? '');
		const label = ATTRIBUTE_NAMES.get(attribute);
		if (!label) {
			fail(`Filter attribute is not known: ${JSON.stringify(attribute)}`, `Use one of: ${[...ATTRIBUTE_NAMES.keys()].join(', ')}.`);
		}
		if (attribute in filters) {
			fail(`The filter on ${label} is set twice`, 'Put all values of an attribute into one filter, separated by commas.');
		}
		const operation = checkOperation(String(filter.filterOperation ?? 'inclusion'), `the filter on ${label}`, fail);
		let values = splitValues(filter.values);
		if (!values.length) fail(`The filter on ${label} has no values`, 'Enter at least one value, or remove the filter.');
		if (attribute.endsWith('_id')) values = idValues(values, label!, fail);
		filters[attribute] = { operation, values };
	}
	return filters;
}

/** The Custom Field Filters as `filters.custom_fields`: `[{id, operation, values}]`. */
function customFieldFilters(ctx: IExecuteSingleFunctions, fail: Fail): IDataObject[] {
	const customFields: IDataObject[] = [];
	for (const filter of ctx.getNodeParameter('customFieldFilters.filter', []) as CustomFilter[]) {
		const id = String(filter.id ?? '').trim();
		if (!isValidId(id, 'integer')) {
			fail(`'Custom Field ID' is not a valid ID: ${JSON.stringify(filter.id)}`, 'Enter the numeric ID of the custom field, such as 4321.');
		}
		const operation = checkOperation(String(filter.filterOperation ?? 'inclusion'), `the custom field filter ${id}`, fail);
		const values = splitValues(filter.values);
		if (!values.length) fail(`The custom field filter ${id} has no values`, 'Enter at least one value, or remove the filter.');
		customFields.push({ id: Number(id), operation, values });
	}
	return customFields;
}

/** `calc_incurred_using`, checked; '' when the option is not set. */
function incurredUsing(ctx: IExecuteSingleFunctions, fail: Fail): string {
	const calc = ctx.getNodeParameter('options.calcIncurredUsing', '') as string;
	if (calc && !CALC_INCURRED.includes(calc)) {
		fail(`'Calculate Incurred Using' is not known: ${JSON.stringify(calc)}`, `Use one of: ${CALC_INCURRED.join(', ')}.`);
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

	const filters = attributeFilters(this, fail);
	const customFields = customFieldFilters(this, fail);
	if (customFields.length) filters.custom_fields = customFields;
	if (Object.keys(filters).length) body.filters = filters;

	const today = dateParameter(this, 'options.today', 'Today');
	if (today) body.today = today;
	const calc = incurredUsing(this, fail);
	if (calc) body.calc_incurred_using = calc;

	options.body = body;
	return options;
}
