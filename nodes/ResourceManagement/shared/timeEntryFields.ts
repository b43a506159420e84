import type { IExecuteSingleFunctions, INodeProperties, PreSendAction } from 'n8n-workflow';
import { requireDates, sendDates } from '../../shared/dates';
import { bodyOf, positiveNumber } from '../../shared/inputChecks';

/*
 * Fields of a time entry that Time Entry and Absence share (recorded absence time is a time
 * entry on a leave type).
 */

const ENTRY_DATE = { param: 'date', label: 'Date' };

export const dateField: INodeProperties = {
	displayName: 'Date',
	name: 'date',
	type: 'dateTime',
	default: '',
	required: true,
	description: 'Day the time was worked (sent as YYYY-MM-DD in the workflow time zone)',
};

/** preSend steps of a create: the date is required and sent as YYYY-MM-DD. */
export const sendEntryDate: PreSendAction[] = [
	requireDates([ENTRY_DATE]),
	sendDates({ body: [ENTRY_DATE] }),
];

export const hoursField: INodeProperties = {
	displayName: 'Hours',
	name: 'hours',
	type: 'number',
	default: 0,
	required: true,
	typeOptions: { minValue: 0, numberPrecision: 2 },
	description: 'Hours worked on that day; must be greater than 0, e.g. 1.5',
};

/** preSend: hours must be a number above 0 (RM rejects confirmed entries without hours). */
export function sendHours(param: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		const hours = positiveNumber(this, param, 'Hours', 24);
		if (hours !== undefined) bodyOf(options).hours = hours;
		return options;
	};
}

export const notesField: INodeProperties = {
	displayName: 'Notes',
	name: 'notes',
	type: 'string',
	default: '',
	description: 'What was done (fewer than 256 characters)',
	routing: { send: { type: 'body', property: 'notes' } },
};

/** Optional texts of an entry (Create: additional fields, Update: update fields). */
export const entryTextFields: INodeProperties[] = [
	notesField,
	{
		displayName: 'Task',
		name: 'task',
		type: 'string',
		default: '',
		description: 'Task category of the entry, e.g. Travel or Design (fewer than 256 characters)',
		routing: { send: { type: 'body', property: 'task' } },
	},
];
