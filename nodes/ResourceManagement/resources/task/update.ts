import type { OperationDef } from '../../../shared/descriptions';
import { requireChanges } from '../../../shared/hooks';
import { checkDescription, checkTask, completedField, descriptionField, parentFields, taskIdField, taskUrl } from './fields';

export const updateTask: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a task',
		description: 'Rename a task or mark it done or not done',
		routing: {
			request: { method: 'PUT', url: taskUrl },
			send: { preSend: [checkTask, checkDescription, requireChanges] },
		},
	},
	fields: [
		...parentFields,
		taskIdField,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [completedField, descriptionField],
		},
	],
};
