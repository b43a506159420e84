import type { OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { requireIds } from '../../../shared/hooks';
import { userLocator } from '../../shared/locators';
import { assignableFields, idSegment, requireDates, sendAssignable } from '../assignment/helpers';
import { dateField, entryTextFields, hoursField, sendHours } from './fields';

export const createTimeEntry: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a time entry',
		description: "Log hours on a user's timesheet for a project, phase or leave type",
		routing: {
			request: { method: 'POST', url: `=/users/${idSegment('userId')}/time_entries` },
			send: {
				preSend: [
					requireIds([{ name: 'userId', label: 'User', kind: 'integer' }]),
					sendAssignable,
					requireDates([{ param: 'date', label: 'Date' }]),
					sendDates({ body: [{ param: 'date', label: 'Date' }] }),
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
