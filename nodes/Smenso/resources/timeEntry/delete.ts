import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { writeOptionsField } from '../../shared/writeFields';
import { timeEntryIdField } from './fields';

export const deleteTimeEntry: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a time entry',
		description: 'Delete a time entry permanently',
		routing: {
			request: {
				method: 'DELETE',
				url: `=/api/integration/timerecord/json/${urlId('timeEntryId')}`,
			},
			send: {
				preSend: [requireIds([{ name: 'timeEntryId', label: 'Time Entry ID', kind: 'guid' }])],
			},
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		{ ...timeEntryIdField, description: 'GUID of the time entry to delete' },
		writeOptionsField,
	],
};
