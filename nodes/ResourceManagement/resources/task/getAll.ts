import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { checkParents, parentFields, tasksUrl } from './fields';

export const getAllTasks: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many tasks',
		description: 'List the task list (checklist) of an assignment',
		routing: { request: { method: 'GET', url: tasksUrl }, send: { preSend: [checkParents] } },
	},
	fields: [...parentFields, returnAllField, limitField],
};
