import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { statusOptionId, statusOptionLocator, statusOptionUrl } from './fields';

export const deleteStatusOption: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a status option',
		description:
			'Remove a status option from the menu; Resource Management keeps it on existing assignments',
		routing: {
			request: { method: 'DELETE', url: statusOptionUrl },
			send: { preSend: [requireIds([statusOptionId])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [statusOptionLocator('The status option to delete')],
};
