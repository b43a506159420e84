import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { assignableFields, sendAssignable } from '../../shared/assignables';
import { userLocator } from '../../shared/locators';
import {
	dateField,
	entryTextFields,
	hoursField,
	sendEntryDate,
	sendHours,
} from '../../shared/timeEntryFields';

export const createTimeEntry: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a time entry',
		description: "Log hours on a user's timesheet for a project, phase or leave type",
		routing: {
			request: { method: 'POST', url: `=/users/${urlId('userId')}/time_entries` },
			send: {
				preSend: [
					requireIds([{ name: 'userId', label: 'User', kind: 'integer' }]),
					sendAssignable,
					...sendEntryDate,
					sendHours('hours'),
				],
			},
		},
	},
	fields: [
		userLocator('The person whose timesheet gets the entry (placeholders cannot log time)'),
		...assignableFields('Log Time On', 'What the time was spent on'),
		dateField,
		hoursField,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: entryTextFields,
		},
	],
};
