import type { OperationDef } from '../../../shared/descriptions';
import { deletedResult } from '../../../shared/results';
import { checkTask, parentFields, taskIdField, taskUrl } from './fields';

export const deleteTask: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a task',
		description: 'Remove a task from the task list for good',
		routing: {
			request: { method: 'DELETE', url: taskUrl },
			send: { preSend: [checkTask] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [...parentFields, taskIdField],
};
