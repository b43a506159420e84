import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** The report views (`view`); the API's default is time_fees_hours. */
export const VIEWS: INodePropertyOptions[] = [
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
export const TIME_FRAMES: INodePropertyOptions[] = [
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

/** Every attribute a report can be grouped (and filtered) by. */
export const GROUP_ATTRIBUTES: INodePropertyOptions[] = [
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
export const FILTER_ATTRIBUTES: INodePropertyOptions[] = [
	...GROUP_ATTRIBUTES,
	{ name: 'People Tags', value: 'people_tags' },
	{ name: 'Project Tags', value: 'project_tags' },
].sort((a, b) => a.name.localeCompare(b.name));

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

/** One end of a custom range (From or To), shown only for the time frame Custom Range. */
function rangeDateField(displayName: string, name: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		required: true,
		description,
		displayOptions: { show: { timeFrame: ['custom'] } },
	};
}

/** The fields both report operations show; the body is built from them in `buildReportBody` (requestBody.ts). */
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
	rangeDateField('From', 'from', 'First day of the range (sent as YYYY-MM-DD in the workflow time zone)'),
	rangeDateField('To', 'to', 'Last day of the range, at most one year after From (sent as YYYY-MM-DD)'),
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
