import type { INodeProperties } from 'n8n-workflow';
import { collectionDates } from '../../../shared/dates';
import { byDisplayName, urlId } from '../../../shared/descriptions';

export const phasesUrl = `=/projects/${urlId('projectId')}/phases`;
export const phaseUrl = `${phasesUrl}/${urlId('phaseId')}`;

export const projectId = { name: 'projectId', label: 'Project', kind: 'integer' as const };
export const phaseId = { name: 'phaseId', label: 'Phase', kind: 'integer' as const };

export const phaseNameField: INodeProperties = {
	displayName: 'Phase Name',
	name: 'phase_name',
	type: 'string',
	default: '',
	description:
		'Name of the phase, e.g. Discovery (a phase\'s "name" in the API is its project\'s name)',
	routing: { send: { type: 'body', property: 'phase_name' } },
};

/** The phase's dates, shared by Create (additional fields) and Update. */
export const phaseDateFields: INodeProperties[] = [
	{
		displayName: 'End Date',
		name: 'ends_at',
		type: 'dateTime',
		default: '',
		description: 'Last day of the phase (sent as YYYY-MM-DD in the workflow time zone)',
	},
	{
		displayName: 'Start Date',
		name: 'starts_at',
		type: 'dateTime',
		default: '',
		description: 'First day of the phase (sent as YYYY-MM-DD in the workflow time zone)',
	},
];

const phaseSettingFields: INodeProperties[] = [
	{
		displayName: 'Time Entry Lockout (Days)',
		name: 'timeentry_lockout',
		type: 'number',
		typeOptions: { minValue: -1 },
		default: -1,
		description:
			"-1: time entries never lock; 0: locked; N: entries older than N days are locked. The project's setting does not apply to its phases.",
		routing: { send: { type: 'body', property: 'timeentry_lockout' } },
	},
	{
		displayName: 'Use Project Bill Rates',
		name: 'use_parent_bill_rates',
		type: 'boolean',
		default: true,
		description: "Whether the phase uses its project's bill rates instead of its own",
		routing: { send: { type: 'body', property: 'use_parent_bill_rates' } },
	},
];

/** Everything Update can change, sorted by name. */
export const phaseUpdateFields: INodeProperties[] = byDisplayName([
	...phaseDateFields,
	phaseNameField,
	...phaseSettingFields,
]);

/** Date fields of a phase collection, converted to YYYY-MM-DD. */
export const phaseDates = (collection: string) =>
	collectionDates(collection, { starts_at: 'Start Date', ends_at: 'End Date' });

export const PHASE_SIMPLE_KEYS = [
	'id',
	'parent_id',
	'phase_name',
	'starts_at',
	'ends_at',
	'archived',
	'use_parent_bill_rates',
];
