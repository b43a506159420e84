import type { OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import { bulkWriteOptionsField, customFieldsField } from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';
import { taskDates, taskFields, taskItem, taskTitleField } from './fields';

export const createTask: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a task',
		description:
			'Create a task or subtask in a project (smenso applies it in the background; the node waits for the result)',
		routing: {
			request: { method: 'POST', url: '/api/integration/task/json' },
			send: {
				preSend: [
					taskItem('additionalFields'),
					smensoWrite({
						entity: 'task',
						ids: [{ name: 'projectId', label: 'Project', kind: 'guid' }],
						dates: taskDates('additionalFields'),
						dateOrder: ['startDate', 'dueDate'],
						topLevel: ['projectId'],
					}),
				],
			},
		},
	},
	fields: [
		{
			...projectLocator('The project the task belongs to'),
			routing: { send: { type: 'body', property: 'projectId' } },
		},
		{ ...taskTitleField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: taskFields,
		},
		customFieldsField,
		bulkWriteOptionsField,
	],
};
