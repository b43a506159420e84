import type { IExecuteSingleFunctions, INodeProperties, PreSendAction } from 'n8n-workflow';
import { requireIds } from '../../../shared/hooks';
import { bodyOf, idSegment, positiveNumber } from '../assignment/helpers';

export const userEntryUrl = `=/users/${idSegment('userId')}/time_entries/${idSegment('timeEntryId')}`;

export const ENTRY_IDS = requireIds([
	{ name: 'userId', label: 'User', kind: 'integer' },
	{ name: 'timeEntryId', label: 'Time Entry ID', kind: 'integer' },
]);

export const timeEntryIdField: INodeProperties = {
	displayName: 'Time Entry ID',
	name: 'timeEntryId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 26107271550',
	description: 'ID of the time entry (from Get Many, or mapped from the ID field of an earlier node)',
};

export const dateField: INodeProperties = {
	displayName: 'Date',
	name: 'date',
	type: 'dateTime',
	default: '',
	required: true,
	description: 'Day the time was worked (sent as YYYY-MM-DD in the workflow time zone)',
};

export const hoursField: INodeProperties = {
	displayName: 'Hours',
	name: 'hours',
	type: 'number',
	default: 0,
	required: true,
	typeOptions: { minValue: 0, numberPrecision: 2 },
	description: 'Hours worked on that day; must be greater than 0, e.g. 1.5',
};

/** Optional texts of an entry (Create: additional fields, Update: update fields). */
export const entryTextFields: INodeProperties[] = [
	{
		displayName: 'Notes',
		name: 'notes',
		type: 'string',
		default: '',
		description: 'What was done (fewer than 256 characters)',
		routing: { send: { type: 'body', property: 'notes' } },
	},
	{
		displayName: 'Task',
		name: 'task',
		type: 'string',
		default: '',
		description: 'Task category of the entry, e.g. Travel or Design (fewer than 256 characters)',
		routing: { send: { type: 'body', property: 'task' } },
	},
];

/** preSend: hours must be a number above 0 (RM rejects confirmed entries without hours). */
export function sendHours(param: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		const hours = positiveNumber(this, param, 'Hours', 24);
		if (hours !== undefined) bodyOf(options).hours = hours;
		return options;
	};
}
