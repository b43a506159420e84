import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { timeEntryIdField } from './fields';

export const getTimeEntry: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a time entry',
		description: 'Retrieve one time entry by ID',
		routing: {
			request: { method: 'GET', url: `=/time_entries/${urlId('timeEntryId')}` },
			send: {
				preSend: [requireIds([{ name: 'timeEntryId', label: 'Time Entry ID', kind: 'integer' }])],
			},
		},
	},
	fields: [timeEntryIdField],
};
