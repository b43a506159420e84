import type { OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { projectDates, projectFields, projectNameField } from './fields';

export const createProject: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a project',
		description: 'Create a project; without dates Resource Management uses today and 60 days later',
		routing: {
			request: { method: 'POST', url: '/projects' },
			send: {
				preSend: [
					sendDates({ body: projectDates('additionalFields'), order: ['starts_at', 'ends_at'] }),
				],
			},
		},
	},
	fields: [
		{ ...projectNameField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: projectFields,
		},
	],
};
