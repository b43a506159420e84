import type { INodeProperties } from 'n8n-workflow';
import { collectionDates } from '../../../shared/dates';
import { urlId } from '../../../shared/descriptions';

/** Writable project fields shared by Create (additional fields) and Update. */
export const projectFields: INodeProperties[] = [
	{
		displayName: 'Client',
		name: 'client',
		type: 'string',
		default: '',
		description: 'Client name (free text in Resource Management)',
		routing: { send: { type: 'body', property: 'client' } },
	},
	{
		displayName: 'Description',
		name: 'description',
		description: 'Free-text description of the project',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'End Date',
		name: 'ends_at',
		type: 'dateTime',
		default: '',
		description: 'Last day of the project (sent as YYYY-MM-DD in the workflow time zone)',
	},
	{
		displayName: 'Project Code',
		name: 'project_code',
		type: 'string',
		default: '',
		description: 'Your own code for the project, e.g. ACME-042',
		routing: { send: { type: 'body', property: 'project_code' } },
	},
	{
		displayName: 'Project State',
		name: 'project_state',
		description: 'Confirmed, Tentative (pipeline) or Internal project',
		type: 'options',
		default: 'Confirmed',
		options: [
			{ name: 'Confirmed', value: 'Confirmed' },
			{ name: 'Internal', value: 'Internal' },
			{ name: 'Tentative', value: 'Tentative' },
		],
		routing: { send: { type: 'body', property: 'project_state' } },
	},
	{
		displayName: 'Start Date',
		name: 'starts_at',
		type: 'dateTime',
		default: '',
		description: 'First day of the project (sent as YYYY-MM-DD in the workflow time zone)',
	},
	{
		displayName: 'Time Entry Lockout (Days)',
		name: 'timeentry_lockout',
		type: 'number',
		typeOptions: { minValue: -1 },
		default: -1,
		description: '-1: time entries never lock; 0: locked; N: entries older than N days are locked',
		routing: { send: { type: 'body', property: 'timeentry_lockout' } },
	},
];

export const projectNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	description: 'Project name',
	routing: { send: { type: 'body', property: 'name' } },
};

export const PROJECT_SIMPLE_KEYS = [
	'id',
	'name',
	'client',
	'project_code',
	'project_state',
	'starts_at',
	'ends_at',
	'archived',
	'parent_id',
	'phase_name',
];

/** Date fields of a project collection, converted to YYYY-MM-DD. */
export const projectDates = (collection: string) =>
	collectionDates(collection, { starts_at: 'Start Date', ends_at: 'End Date' });

/** Nested collections a project can embed (`fields=`). */
export const projectEmbedField: INodeProperties = {
	displayName: 'Include',
	name: 'fields',
	type: 'multiOptions',
	default: [],
	description: 'Extra data to embed in each project',
	options: [
		{ name: 'Budget Items', value: 'budget_items' },
		{ name: 'Custom Field Values', value: 'custom_field_values' },
		{ name: 'Phase Count', value: 'phase_count' },
		{ name: 'Phases', value: 'children' },
		{ name: 'Project State', value: 'project_state' },
		{ name: 'Summary (Hours and Amounts)', value: 'summary' },
		{ name: 'Tags', value: 'tags' },
	],
	routing: {
		send: {
			type: 'query',
			property: 'fields',
			value: '={{ $value.length ? $value.join(",") : undefined }}',
		},
	},
};

export const projectUrl = `=/projects/${urlId('projectId')}`;
