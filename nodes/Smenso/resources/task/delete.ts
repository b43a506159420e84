import type { OperationDef } from '../../../shared/descriptions';
import { deletedResult, requireIds } from '../../../shared/hooks';
import { writeOptionsField } from '../../shared/envelope';
import { projectLocator, taskLocator } from '../../shared/locators';

export const deleteTask: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a task',
		description: 'Delete a task permanently, with its subtasks',
		routing: {
			request: {
				method: 'DELETE',
				url: '=/api/integration/task/json/{{ encodeURIComponent(String($parameter.taskId).trim()) }}',
			},
			send: { preSend: [requireIds([{ name: 'taskId', label: 'Task', kind: 'guid' }])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		{ ...projectLocator('Only used to list the tasks to pick from'), required: false },
		taskLocator('The task to delete'),
		writeOptionsField,
	],
};
