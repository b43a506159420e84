import type { INodeProperties } from 'n8n-workflow';
import { FILTER_ATTRIBUTES, GROUP_ATTRIBUTES, TIME_FRAMES, VIEWS } from './choices';

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
	rangeDateField(
		'From',
		'from',
		'First day of the range (sent as YYYY-MM-DD in the workflow time zone)',
	),
	rangeDateField(
		'To',
		'to',
		'Last day of the range, at most one year after From (sent as YYYY-MM-DD)',
	),
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
						description:
							'The property to filter on (the same names as Group By, plus tags and custom fields)',
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
						description:
							'Comma-separated values of the custom field; [none] matches records without a value',
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
				description:
					'Which time counts as incurred (what the Reports page uses is Confirmed and Unconfirmed)',
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
