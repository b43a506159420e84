import type { INodeProperties } from 'n8n-workflow';
import { collectionDates } from '../../../shared/dates';

/**
 * Overall status values. The numbers behind the names come from smenso's own n8n node; the
 * API documentation does not list them.
 */
export const overallStatusField: INodeProperties = {
	displayName: 'Overall Status',
	name: 'overallStatusId',
	type: 'options',
	default: 1,
	description:
		"The report's overall traffic light or state (sent as overallStatusId 1–7: Green 1, Yellow 2, Red 3, On Hold 4, Not Started 5, Completed 6, Cancelled 7)",
	options: [
		{ name: 'Cancelled', value: 7 },
		{ name: 'Completed', value: 6 },
		{ name: 'Green', value: 1 },
		{ name: 'Not Started', value: 5 },
		{ name: 'On Hold', value: 4 },
		{ name: 'Red', value: 3 },
		{ name: 'Yellow', value: 2 },
	],
	routing: { send: { type: 'body', property: 'overallStatusId' } },
};

function aspectStatus(displayName: string, name: string, aspect: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 4 },
		default: 1,
		description: `Status of the ${aspect}, a number from 1 to 4 (smenso does not document the meaning; in the app 1 is usually green, 2 yellow, 3 red)`,
		routing: { send: { type: 'body', property: name } },
	};
}

export const statusDateField: INodeProperties = {
	displayName: 'Status Date',
	name: 'statusDate',
	type: 'dateTime',
	default: '',
	description: 'The day the report describes; may be in the past or future (only the date is sent)',
};

export const titleField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	placeholder: 'e.g. Week 42',
	description: 'Title of the status report',
	routing: { send: { type: 'body', property: 'title' } },
};

export const progressField: INodeProperties = {
	displayName: 'Progress (%)',
	name: 'progressManual',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: 100 },
	default: 0,
	description: 'Manually set progress of the project, 0–100',
	routing: { send: { type: 'body', property: 'progressManual' } },
};

/** Optional report fields shared by Create (additional fields) and Update. */
export const statusReportOptionalFields: INodeProperties[] = [
	aspectStatus('Cost Status', 'costStatusId', 'costs'),
	{
		displayName: 'Explanation',
		name: 'explanation',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Explanation of the status; simple HTML (p, br, ul, li, a, b) is kept',
		routing: { send: { type: 'body', property: 'explanation' } },
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of this report in another system, for matching records later',
		routing: { send: { type: 'body', property: 'externalId' } },
	},
	aspectStatus('Goal Status', 'goalStatusId', 'goals (objectives)'),
	{
		displayName: 'Next Steps',
		name: 'nextSteps',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Planned next steps; simple HTML is kept',
		routing: { send: { type: 'body', property: 'nextSteps' } },
	},
	progressField,
	{
		displayName: 'Publish',
		name: 'isPublished',
		type: 'boolean',
		default: false,
		description:
			'Whether to publish the report. A published report is frozen: it can no longer be changed, only deleted. Unpublished reports are drafts, and a project can have only one draft.',
		routing: { send: { type: 'body', property: 'isPublished' } },
	},
	{
		displayName: 'Target Date',
		name: 'targetDate',
		type: 'dateTime',
		default: '',
		description: 'Expected completion date of the project (only the date is sent)',
	},
	aspectStatus('Time Status', 'timeStatusId', 'schedule'),
];

/** Date fields of a status report collection, converted to yyyy-MM-dd. */
export const statusReportDates = (collection: string) =>
	collectionDates(collection, { statusDate: 'Status Date', targetDate: 'Target Date' });

export const statusReportIdField: INodeProperties = {
	displayName: 'Status Report ID',
	name: 'statusReportId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
	description:
		'GUID of the status report: use the ID from the Create output (smenso has no endpoint that lists status reports)',
};
