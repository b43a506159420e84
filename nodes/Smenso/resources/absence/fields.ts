import type { INodeProperties } from 'n8n-workflow';
import { collectionDates } from '../../../shared/dates';
import { memberLocator } from '../../shared/locators';

/** The member a record belongs to: from the list, by GUID or by e-mail; sent trimmed as `userId`. */
export function userField(description: string): INodeProperties {
	return {
		...memberLocator('userId', 'User', description),
		routing: { send: { type: 'body', property: 'userId' } },
	};
}

export const USER_ID = { name: 'userId', label: 'User', kind: 'guidOrEmail' } as const;

export const ABSENCE_STATUS_OPTIONS = [
	{ name: 'Approved', value: 'approved' },
	{ name: 'Rejected', value: 'rejected' },
	{ name: 'Submitted', value: 'submitted' },
];

export const absenceTypeField: INodeProperties = {
	displayName: 'Absence Type Name or ID',
	name: 'absenceTypeId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAbsenceTypes' },
	default: '',
	description:
		'The kind of absence (e.g. Vacation); smenso also accepts the type\'s name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	routing: { send: { type: 'body', property: 'absenceTypeId' } },
};

export const startDateField: INodeProperties = {
	displayName: 'Start Date',
	name: 'startDate',
	type: 'dateTime',
	default: '',
	description: 'First day of the absence (only the date is sent, in the workflow time zone)',
};

export const endDateField: INodeProperties = {
	displayName: 'End Date',
	name: 'endDate',
	type: 'dateTime',
	default: '',
	description:
		'Last day of the absence, the same day as the start or later (only the date is sent)',
};

/** Optional absence fields shared by Create (additional fields) and Update. */
export const absenceOptionalFields: INodeProperties[] = [
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		default: '',
		description: 'Note shown with the absence, e.g. the reason',
		routing: { send: { type: 'body', property: 'comment' } },
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description:
			'The ID of this absence in another system (e.g. the HR tool), for matching records later',
		routing: { send: { type: 'body', property: 'externalId' } },
	},
	{
		displayName: 'Hours on First Day',
		name: 'startDateHours',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 24, numberPrecision: 2 },
		default: 4,
		description:
			"For a partial first day: hours absent on the start date, e.g. 4 for a half day. Sent to smenso as whole minutes (startDateMinutes). Leave out to use the member's full working time.",
		routing: {
			send: { type: 'body', property: 'startDateMinutes', value: '={{ Math.round($value * 60) }}' },
		},
	},
	{
		displayName: 'Hours on Last Day',
		name: 'endDateHours',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 24, numberPrecision: 2 },
		default: 4,
		description:
			"For a partial last day: hours absent on the end date, e.g. 4 for a half day. Sent to smenso as whole minutes (endDateMinutes). Leave out to use the member's full working time.",
		routing: {
			send: { type: 'body', property: 'endDateMinutes', value: '={{ Math.round($value * 60) }}' },
		},
	},
	{
		displayName: 'Locked',
		name: 'locked',
		type: 'boolean',
		default: false,
		description: 'Whether the absence is locked against changes in smenso',
		routing: { send: { type: 'body', property: 'locked' } },
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'submitted',
		options: ABSENCE_STATUS_OPTIONS,
		description:
			'Approval state; only meaningful for absence types that need approval (those start as Submitted, others have no status)',
		routing: { send: { type: 'body', property: 'status' } },
	},
];

/** Date fields of an absence: top-level on create (''), in a collection on update. */
export const absenceDates = (collection: string) =>
	collectionDates(collection, { startDate: 'Start Date', endDate: 'End Date' });

export const absenceIdField: INodeProperties = {
	displayName: 'Absence ID',
	name: 'absenceId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
	description: 'GUID of the absence: use the ID from a Get Many result or from the Create output',
};
