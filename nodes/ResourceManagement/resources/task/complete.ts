import type { OperationDef } from '../../../shared/descriptions';
import { checkTask, parentFields, taskIdField, taskUrl } from './fields';

export const completeTask: OperationDef = {
	option: {
		name: 'Complete',
		value: 'complete',
		action: 'Complete a task',
		description: 'Mark a task as done',
		routing: {
			request: { method: 'PUT', url: taskUrl, body: { completed: true } },
			send: { preSend: [checkTask] },
		},
	},
	fields: [...parentFields, taskIdField],
};
