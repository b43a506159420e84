import { DateTime } from 'luxon';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { assertDateOrder, dateParameter } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { isValidId } from '../../../shared/hooks';

/** The report views (`view`); the API's default is time_fees_hours. */
const VIEWS: INodePropertyOptions[] = [
	{ name: 'Budgets: Amounts', value: 'budgets_amounts' },
	{ name: 'Budgets: Days', value: 'budgets_days' },
	{ name: 'Budgets: Hours', value: 'budgets_hours' },
	{ name: 'Expenses', value: 'expenses' },
	{ name: 'Time & Fees: Amounts', value: 'time_fees_amounts' },
	{ name: 'Time & Fees: Days', value: 'time_fees_days' },
	{ name: 'Time & Fees: Days and Amounts', value: 'time_fees_days_and_amounts' },
	{ name: 'Time & Fees: Hours', value: 'time_fees_hours' },
	{ name: 'Time & Fees: Hours and Amounts', value: 'time_fees_hours_and_amounts' },
	{ name: 'Utilization', value: 'utilization' },
];

/** `time_frame` shortcuts, plus `custom` for an explicit {from, to} range. */
const TIME_FRAMES: INodePropertyOptions[] = [
	{ name: 'Custom Range', value: 'custom', description: 'Between the From and To dates (at most one year)' },
	{ name: 'Last 30 Days', value: 'last_30' },
	{ name: 'Last 60 Days', value: 'last_60' },
	{ name: 'Last 90 Days', value: 'last_90' },
	{ name: 'Last and Next 90 Days', value: 'last_and_next_90' },
	{ name: 'Last Month', value: 'last_month' },
	{ name: 'Last Quarter', value: 'last_quarter' },
	{ name: 'Last Week', value: 'last_week' },
	{ name: 'Last Year', value: 'last_year' },
	{ name: 'Next 30 Days', value: 'next_30' },
	{ name: 'Next 60 Days', value: 'next_60' },
	{ name: 'Next 90 Days', value: 'next_90' },
	{ name: 'This Month', value: 'this_month' },
	{ name: 'This Quarter', value: 'this_quarter' },
	{ name: 'This Week', value: 'this_week' },
	{ name: 'This Year', value: 'this_year' },
];

/** Attributes of the person a row belongs to; with dates, the only ones Utilization accepts. */
const USER_ATTRIBUTES = ['user_id', 'role', 'discipline', 'location', 'assignment_status'];
const DATE_ATTRIBUTES = ['date', 'week', 'month'];

/** Every attribute a report can be grouped (and filtered) by. */
const GROUP_ATTRIBUTES: INodePropertyOptions[] = [
	{ name: 'Approval Status', value: 'approval_status' },
	{ name: 'Approved By', value: 'approved_by' },
	{ name: 'Assignment Status', value: 'assignment_status' },
	{ name: 'Category', value: 'category' },
	{ name: 'Client', value: 'client' },
	{ name: 'Date (Day)', value: 'date' },
	{ name: 'Discipline', value: 'discipline' },
	{ name: 'Entry Type', value: 'entry_type', description: 'For example Confirmed or Unconfirmed' },
	{ name: 'Leave Type', value: 'leave_type' },
	{ name: 'Location', value: 'location' },
	{ name: 'Month', value: 'month' },
	{ name: 'Phase Name', value: 'phase_name' },
	{ name: 'Project', value: 'project_id', description: 'Rows carry project_id and project_name' },
	{ name: 'Project State', value: 'project_state' },
	{ name: 'Project Type', value: 'project_type' },
	{ name: 'Record Type', value: 'record_type' },
	{ name: 'Role', value: 'role' },
	{ name: 'User', value: 'user_id', description: 'Rows carry user_id and user_name' },
	{ name: 'Week', value: 'week' },
];

/** Filters take every group-by attribute plus the two tag lists. */
const FILTER_ATTRIBUTES: INodePropertyOptions[] = [
	...GROUP_ATTRIBUTES,
	{ name: 'People Tags', value: 'people_tags' },
	{ name: 'Project Tags', value: 'project_tags' },
].sort((a, b) => a.name.localeCompare(b.name));

const CALC_INCURRED = ['confirmed-unconfirmed', 'confirmed', 'approved'];
const OPERATIONS = ['inclusion', 'exclusion'];
const MAX_GROUP_LEVELS = 5;
/** The literal that matches records where the attribute is empty. */
const NONE = '[none]';

const operationField: INodeProperties = {
	displayName: 'Operation',
	name: 'filterOperation',
	description: 'Inclusion keeps only the listed values; exclusion drops them',
	type: 'options',
	default: 'inclusion',
	options: [
		{ name: 'Exclude These Values', value: 'exclusion' },
		{ name: 'Include Only These Values', value: 'inclusion' },
	],
};

const valuesField: INodeProperties = {
	displayName: 'Values',
	name: 'values',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 1001, 1002, [none]',
	description:
		'Comma-separated values; [none] matches rows where the attribute is empty. User and Project take numeric IDs, the other attributes their text (e.g. a role name or Unconfirmed).',
};

/** The fields both report operations show; the body is built from them in `buildReportBody`. */
export const reportFields: INodeProperties[] = [
	{
		displayName: 'View',
		name: 'view',
		type: 'options',
		default: 'time_fees_hours',
		options: VIEWS,
		description: 'Which figures the report computes, as in the Reports page of Resource Management',
	},
	{
		displayName: 'Time Frame',
		name: 'timeFrame',
		type: 'options',
		default: 'this_week',
		options: TIME_FRAMES,
		description: 'Period the report covers; shortcuts are relative to Today (see Options)',
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'First day of the range (sent as YYYY-MM-DD in the workflow time zone)',
		displayOptions: { show: { timeFrame: ['custom'] } },
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'Last day of the range, at most one year after From (sent as YYYY-MM-DD)',
		displayOptions: { show: { timeFrame: ['custom'] } },
	},
	{
		displayName: 'Group By',
		name: 'groupBy',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Grouping Level',
		default: {},
		description:
			'Up to 5 levels, outermost first (Resource Management groups by Project, or by User for Utilization, when none is set). Utilization accepts only user and date attributes.',
		options: [
			{
				displayName: 'Level',
				name: 'levels',
				values: [
					{
						displayName: 'Attribute',
						name: 'attribute',
						type: 'options',
						default: 'project_id',
						options: GROUP_ATTRIBUTES,
						description: 'Attribute that forms this level of rows',
					},
				],
			},
		],
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Filter',
		default: {},
		description: 'Rows to include or exclude by attribute; each attribute at most once',
		options: [
			{
				displayName: 'Filter',
				name: 'filter',
				values: [
					{
						displayName: 'Attribute',
						name: 'attribute',
						type: 'options',
						default: 'project_id',
						options: FILTER_ATTRIBUTES,
						description: 'The property to filter on (the same names as Group By, plus tags and custom fields)',
					},
					operationField,
					valuesField,
				],
			},
		],
	},
	{
		displayName: 'Custom Field Filters',
		name: 'customFieldFilters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field Filter',
		default: {},
		description: 'Rows to include or exclude by the value of a custom field',
		options: [
			{
				displayName: 'Filter',
				name: 'filter',
				values: [
					{
						displayName: 'Custom Field ID',
						name: 'id',
						type: 'number',
						default: 0,
						required: true,
						description: 'Numeric ID of the custom field',
					},
					operationField,
					{
						...valuesField,
						placeholder: 'e.g. EMEA, APAC',
						description: 'Comma-separated values of the custom field; [none] matches records without a value',
					},
				],
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Calculate Incurred Using',
				name: 'calcIncurredUsing',
				type: 'options',
				default: 'confirmed-unconfirmed',
				description: 'Which time counts as incurred (what the Reports page uses is Confirmed and Unconfirmed)',
				options: [
					{ name: 'Approved Time Only', value: 'approved' },
					{ name: 'Confirmed and Unconfirmed Time', value: 'confirmed-unconfirmed' },
					{
						name: 'Confirmed Time Only',
						value: 'confirmed',
						description: 'Ignores suggested time but keeps past scheduled time',
					},
				],
			},
			{
				displayName: 'Include Request Echo',
				name: 'includeEcho',
				type: 'boolean',
				default: false,
				description:
					'Whether each output item also carries "params" (the report settings as Resource Management read them) and "dates" (today and the resolved range)',
			},
			{
				displayName: 'Today',
				name: 'today',
				type: 'dateTime',
				default: '',
				description:
					'Boundary between past (incurred) and future (scheduled) figures, and the reference for time frame shortcuts; default is the current UTC date',
			},
		],
	},
];

type Level = { attribute?: string };
type Filter = { attribute?: string; filterOperation?: string; values?: unknown };
type CustomFilter = { id?: unknown; filterOperation?: string; values?: unknown };

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

/** The report body as documented (§ Reports API), checked before anything is sent. */
export async function buildReportBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const node = this.getNode();
	const item = this.getItemIndex();
	const fail = (message: string, description: string) => {
		throw inputError(node, message, description, item);
	};
	const body: IDataObject = {};

	const view = String(this.getNodeParameter('view', 'time_fees_hours'));
	if (!VIEW_NAMES.has(view)) {
		fail(`'View' is not a report view: ${JSON.stringify(view)}`, `Use one of: ${[...VIEW_NAMES.keys()].join(', ')}.`);
	}
	body.view = view;

	const timeFrame = String(this.getNodeParameter('timeFrame', 'this_week'));
	if (!TIME_FRAME_NAMES.has(timeFrame)) {
		fail(
			`'Time Frame' is not a known time frame: ${JSON.stringify(timeFrame)}`,
			`Use one of: ${[...TIME_FRAME_NAMES.keys()].join(', ')}.`,
		);
	}
	if (timeFrame === 'custom') {
		const from = dateParameter(this, 'from', 'From');
		const to = dateParameter(this, 'to', 'To');
		if (!from || !to) fail("'From' and 'To' are required for a custom range", 'Pick both dates of the range.');
		assertDateOrder(this, from, to, 'From', 'To');
		// Resource Management refuses ranges longer than a year; the last allowed day is the day before the anniversary.
		const lastAllowed = DateTime.fromISO(from!).plus({ years: 1 }).minus({ days: 1 }).toFormat('yyyy-MM-dd');
		if (to! > lastAllowed) {
			fail(
				`The range ${from} to ${to} is longer than one year`,
				`Reports cover at most one year: set 'To' to ${lastAllowed} or earlier, or split the period into several reports.`,
			);
		}
		body.time_frame = { from, to };
	} else {
		body.time_frame = timeFrame;
	}

	const levels = (this.getNodeParameter('groupBy.levels', []) as Level[]).map((level) => String(level.attribute ?? ''));
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
	if (levels.length) body.group_by = levels;

	const filters: IDataObject = {};
	for (const filter of this.getNodeParameter('filters.filter', []) as Filter[]) {
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
		if (attribute.endsWith('_id')) {
			values = values.map((value) => {
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
		filters[attribute] = { operation, values };
	}
	const customFields: IDataObject[] = [];
	for (const filter of this.getNodeParameter('customFieldFilters.filter', []) as CustomFilter[]) {
		const id = String(filter.id ?? '').trim();
		if (!isValidId(id, 'integer')) {
			fail(`'Custom Field ID' is not a valid ID: ${JSON.stringify(filter.id)}`, 'Enter the numeric ID of the custom field, such as 4321.');
		}
		const operation = checkOperation(String(filter.filterOperation ?? 'inclusion'), `the custom field filter ${id}`, fail);
		const values = splitValues(filter.values);
		if (!values.length) fail(`The custom field filter ${id} has no values`, 'Enter at least one value, or remove the filter.');
		customFields.push({ id: Number(id), operation, values });
	}
	if (customFields.length) filters.custom_fields = customFields;
	if (Object.keys(filters).length) body.filters = filters;

	const today = dateParameter(this, 'options.today', 'Today');
	if (today) body.today = today;
	const calc = this.getNodeParameter('options.calcIncurredUsing', '') as string;
	if (calc) {
		if (!CALC_INCURRED.includes(calc)) {
			fail(`'Calculate Incurred Using' is not known: ${JSON.stringify(calc)}`, `Use one of: ${CALC_INCURRED.join(', ')}.`);
		}
		body.calc_incurred_using = calc;
	}

	options.body = body;
	return options;
}

function checkOperation(operation: string, what: string, fail: (m: string, d: string) => never): string {
	if (!OPERATIONS.includes(operation)) {
		fail(`The operation of ${what} is not known: ${JSON.stringify(operation)}`, 'Use inclusion or exclusion.');
	}
	return operation;
}

/** The request echo both answers carry, added to items when the user asks for it. */
function echo(ctx: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	if (!(ctx.getNodeParameter('options.includeEcho', false) as boolean)) return {};
	const out: IDataObject = {};
	if (body.params !== undefined) out.params = body.params;
	if (body.dates !== undefined) out.dates = body.dates;
	return out;
}

function responseObject(response: IN8nHttpFullResponse): IDataObject | undefined {
	const body = response.body as unknown;
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : undefined;
}

/** postReceive of Get Rows: one item per row. An answer without `rows` is passed on as it came. */
export async function reportRows(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = responseObject(response);
	if (!body || !Array.isArray(body.rows)) return items;
	const extra = echo(this, body);
	return (body.rows as IDataObject[]).map((row) => ({ json: { ...row, ...extra } }));
}

/**
 * postReceive of Get Totals: one item. The answer's shape is undocumented; when it holds a
 * `totals` object that object is the item, otherwise the whole answer is.
 */
export async function reportTotals(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = responseObject(response);
	const totals = body?.totals;
	if (!body || !totals || typeof totals !== 'object' || Array.isArray(totals)) return items;
	return [{ json: { ...(totals as IDataObject), ...echo(this, body) } }];
}
