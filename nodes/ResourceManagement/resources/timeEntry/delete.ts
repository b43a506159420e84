import type { OperationDef } from '../../../shared/descriptions';
import { deletedResult } from '../../../shared/results';
import { userLocator } from '../../shared/locators';
import { ENTRY_IDS, timeEntryIdField, userEntryUrl } from './fields';

export const deleteTimeEntry: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a time entry',
		description: "Remove a time entry from a user's timesheet",
		routing: {
			request: { method: 'DELETE', url: userEntryUrl },
			send: { preSend: [ENTRY_IDS] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [userLocator('The user the time entry belongs to'), timeEntryIdField],
};
