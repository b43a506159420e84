import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { statusOptionId, statusOptionLocator, statusOptionUrl } from './fields';

export const getStatusOption: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a status option',
		description: 'Retrieve one status option by ID',
		routing: {
			request: { method: 'GET', url: statusOptionUrl },
			send: { preSend: [requireIds([statusOptionId])] },
		},
	},
	fields: [statusOptionLocator('The status option to retrieve')],
};
