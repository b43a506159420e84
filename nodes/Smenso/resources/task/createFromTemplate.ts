import { urlId, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import { extraFieldsField, writeOptionsField } from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';
import { TEMPLATE_ID, templateIdField } from '../../shared/templates';

export const createTaskFromTemplate: OperationDef = {
	option: {
		name: 'Create From Template',
		value: 'createFromTemplate',
		action: 'Create a task from a template',
		description: 'Create a task in a project as a copy of a task template',
		routing: {
			request: {
				method: 'POST',
				url: `=/api/integration/task/json/${urlId('templateId')}`,
			},
			send: {
				preSend: [
					smensoWrite({
						entity: 'task',
						plain: true,
						ids: [TEMPLATE_ID, { name: 'projectId', label: 'Project', kind: 'guid' }],
					}),
				],
			},
		},
	},
	fields: [
		{
			...projectLocator('The project that receives the new task'),
			routing: { send: { type: 'body', property: 'projectId' } },
		},
		templateIdField('task template to copy'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				extraFieldsField('task'),
				{
					displayName: 'Override Priority',
					name: 'overridePriority',
					type: 'boolean',
					default: false,
					description:
						"Whether the new task replaces the template's priority with the project's default",
					routing: { send: { type: 'body', property: 'overridePriority' } },
				},
				{
					displayName: 'Override Status',
					name: 'overrideStatus',
					type: 'boolean',
					default: false,
					description:
						"Whether the new task replaces the template's status with the project's default",
					routing: { send: { type: 'body', property: 'overrideStatus' } },
				},
				{
					displayName: 'Override Workflow',
					name: 'overrideWorkflow',
					type: 'boolean',
					default: false,
					description: "Whether the new task replaces the template's workflow with the project's",
					routing: { send: { type: 'body', property: 'overrideWorkflow' } },
				},
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					description: "Name of the new task; empty keeps the template's title",
					routing: { send: { type: 'body', property: 'title' } },
				},
			],
		},
		writeOptionsField,
	],
};
