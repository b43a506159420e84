import type { INodeProperties, PreSendAction } from 'n8n-workflow';
import { requireDates, sendDates } from '../../shared/dates';

/*
 * Fields of an assignment that Assignment and Absence share (a planned absence is an
 * assignment on a leave type).
 */

const START_DATE = { param: 'starts_at', label: 'Start Date' };
const END_DATE = { param: 'ends_at', label: 'End Date' };

export const startDateField: INodeProperties = {
	displayName: 'Start Date',
	name: 'starts_at',
	type: 'dateTime',
	default: '',
	required: true,
	description: 'First day (sent as YYYY-MM-DD in the workflow time zone)',
};

export const endDateField: INodeProperties = {
	displayName: 'End Date',
	name: 'ends_at',
	type: 'dateTime',
	default: '',
	required: true,
	description:
		'Last day, the same day as the start or later (sent as YYYY-MM-DD in the workflow time zone)',
};

/** preSend steps: both dates are required, sent as YYYY-MM-DD, the end not before the start. */
export const sendDateRange: PreSendAction[] = [
	requireDates([START_DATE, END_DATE]),
	sendDates({ body: [START_DATE, END_DATE], order: ['starts_at', 'ends_at'] }),
];

/** Writable texts (shared by Create and Update). */
export const assignmentTextFields: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Title of the work item, shown on the schedule',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Free-text note on the assignment',
		routing: { send: { type: 'body', property: 'note' } },
	},
];
