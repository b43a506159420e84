import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { requireChanges } from '../../../shared/inputChecks';
import { userLocator } from '../../shared/locators';
import { entryTextFields, sendHours } from '../../shared/timeEntryFields';
import { ENTRY_IDS, timeEntryIdField, userEntryUrl } from './fields';

export const updateTimeEntry: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a time entry',
		description: 'Change the date, hours, task or notes of a time entry',
		routing: {
			request: { method: 'PUT', url: userEntryUrl },
			send: {
				preSend: [
					ENTRY_IDS,
					sendDates({ body: [{ param: 'updateFields.date', label: 'Date' }] }),
					sendHours('updateFields.hours'),
					requireChanges,
				],
			},
		},
	},
	fields: [
		userLocator('The user the time entry belongs to'),
		timeEntryIdField,
		updateFieldsCollection([
			{
				displayName: 'Date',
				name: 'date',
				type: 'dateTime',
				default: '',
				description: 'New day of the entry (sent as YYYY-MM-DD in the workflow time zone)',
			},
			{
				displayName: 'Hours',
				name: 'hours',
				type: 'number',
				default: 1,
				typeOptions: { minValue: 0, numberPrecision: 2 },
				description: 'New number of hours; must be greater than 0',
			},
			...entryTextFields,
		]),
	],
};
