import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import {
	bulkWriteOptionsField,
	customFieldsField,
	externalIdFields,
} from '../../shared/writeFields';
import { projectLocator, taskLocator } from '../../shared/locators';
import { taskDates, taskFields, taskItem, taskTitleField } from './fields';

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
						dates: taskDates('updateFields'),
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
		updateFieldsCollection([...taskFields, taskTitleField]),
		customFieldsField,
		bulkWriteOptionsField,
	],
};
