import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { sendIds } from '../../shared/ids';
import { leaveTypeLocator, userLocator } from '../../shared/locators';
import {
	dateField,
	hoursField,
	notesField,
	sendEntryDate,
	sendHours,
} from '../../shared/timeEntryFields';

export const createRecordedAbsence: OperationDef = {
	option: {
		name: 'Record Absence Time',
		value: 'createRecorded',
		action: 'Record absence time',
		description:
			"Log hours of absence on a user's timesheet (a time entry on a leave type), one day per entry",
		routing: {
			request: { method: 'POST', url: `=/users/${urlId('userId')}/time_entries` },
			send: {
				preSend: [
					requireIds([{ name: 'userId', label: 'User', kind: 'integer' }]),
					sendIds([{ name: 'leaveTypeId', label: 'Leave Type', key: 'assignable_id' }]),
					...sendEntryDate,
					sendHours('hours'),
				],
			},
		},
	},
	fields: [
		userLocator('The person who was away (placeholders cannot log time)'),
		leaveTypeLocator(),
		{
			...dateField,
			description: 'Day of the absence (sent as YYYY-MM-DD in the workflow time zone)',
		},
		{
			...hoursField,
			default: 8,
			description: 'Hours of absence on that day; must be greater than 0, e.g. 8 or 4',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [notesField],
		},
	],
};
