import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { writeOptionsField } from '../../shared/writeFields';
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
				url: `=/api/integration/task/json/${urlId('taskId')}`,
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
