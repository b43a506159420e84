import type { OperationDef } from '../../../shared/descriptions';
import { extraFieldsField, smensoWrite, writeOptionsField } from '../../shared/envelope';
import { projectLocator } from '../../shared/locators';

export const createTaskFromTemplate: OperationDef = {
	option: {
		name: 'Create From Template',
		value: 'createFromTemplate',
		action: 'Create a task from a template',
		description: 'Create a task in a project as a copy of a task template',
		routing: {
			request: {
				method: 'POST',
				url: '=/api/integration/task/json/{{ encodeURIComponent(String($parameter.templateId).trim()) }}',
			},
			send: {
				preSend: [
					smensoWrite({
						entity: 'task',
						plain: true,
						ids: [
							{ name: 'templateId', label: 'Template ID', kind: 'guid' },
							{ name: 'projectId', label: 'Project', kind: 'guid' },
						],
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
		{
			displayName: 'Template ID',
			name: 'templateId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
			description: 'GUID of the task template to copy',
		},
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
					description: "Whether the new task replaces the template's priority with the project's default",
					routing: { send: { type: 'body', property: 'overridePriority' } },
				},
				{
					displayName: 'Override Status',
					name: 'overrideStatus',
					type: 'boolean',
					default: false,
					description: "Whether the new task replaces the template's status with the project's default",
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
