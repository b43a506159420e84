import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { requireChanges } from '../../../shared/inputChecks';
import {
	checkDescription,
	checkTask,
	completedField,
	descriptionField,
	parentFields,
	taskIdField,
	taskUrl,
} from './fields';

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
		updateFieldsCollection([completedField, descriptionField]),
	],
};
