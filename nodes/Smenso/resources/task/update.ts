import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { customFieldsField, externalIdFields, smensoWrite, bulkWriteOptionsField } from '../../shared/envelope';
import { projectLocator, taskLocator } from '../../shared/locators';
import { TASK_DATES, taskFields, taskItem, taskTitleField } from './fields';

export const updateTask: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a task',
		description: 'Change the fields you add; fields you leave out stay as they are',
		routing: {
			request: { method: 'PUT', url: '/api/integration/task/json' },
			send: {
				preSend: [
					taskItem('updateFields'),
					smensoWrite({
						entity: 'task',
						recordId: { name: 'taskId', label: 'Task', kind: 'guid' },
						dates: TASK_DATES('updateFields'),
						dateOrder: ['startDate', 'dueDate'],
					}),
				],
			},
		},
	},
	fields: [
		{
			...projectLocator('Only used to list the tasks to pick from; the task keeps its project'),
			required: false,
		},
		...externalIdFields('task', taskLocator('The task to change')),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([...taskFields, taskTitleField]),
		},
		customFieldsField,
		bulkWriteOptionsField,
	],
};
