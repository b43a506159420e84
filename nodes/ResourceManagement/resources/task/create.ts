import type { OperationDef } from '../../../shared/descriptions';
import {
	checkDescription,
	checkParents,
	completedField,
	descriptionField,
	parentFields,
	tasksUrl,
} from './fields';

export const createTask: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a task',
		description: "Add a checklist item to an assignment's task list",
		routing: {
			request: { method: 'POST', url: tasksUrl },
			send: { preSend: [checkParents, checkDescription] },
		},
	},
	fields: [...parentFields, { ...descriptionField, required: true }, completedField],
};
