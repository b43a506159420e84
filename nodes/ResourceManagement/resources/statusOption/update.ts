import type { OperationDef } from '../../../shared/descriptions';
import { requireChanges, requireIds } from '../../../shared/hooks';
import { checkLabel, statusOptionFields, statusOptionId, statusOptionLocator, statusOptionUrl } from './fields';

export const updateStatusOption: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a status option',
		description: 'Change the label, colour, stage or order of a status option',
		routing: {
			request: { method: 'PUT', url: statusOptionUrl },
			send: { preSend: [requireIds([statusOptionId]), requireChanges, checkLabel] },
		},
	},
	fields: [
		statusOptionLocator('The status option to change'),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: statusOptionFields,
		},
	],
};
