import type { OperationDef } from '../../../shared/descriptions';
import { checkTask, parentFields, taskIdField, taskUrl } from './fields';

export const getTask: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a task',
		description: "Retrieve one item of an assignment's task list",
		routing: { request: { method: 'GET', url: taskUrl }, send: { preSend: [checkTask] } },
	},
	fields: [...parentFields, taskIdField],
};
