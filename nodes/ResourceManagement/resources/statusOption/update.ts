import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { requireChanges } from '../../../shared/inputChecks';
import {
	checkLabel,
	statusOptionFields,
	statusOptionId,
	statusOptionLocator,
	statusOptionUrl,
} from './fields';

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
		updateFieldsCollection(statusOptionFields),
	],
};
