import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { requireIds } from '../../../shared/idChecks';
import { projectLocator } from '../../shared/locators';
import { projectDates, projectFields, projectNameField, projectUrl } from './fields';

export const updateProject: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a project',
		description: 'Change the fields you add; archived projects must be unarchived first',
		routing: {
			request: { method: 'PUT', url: projectUrl },
			send: {
				preSend: [
					requireIds([{ name: 'projectId', label: 'Project', kind: 'integer' }]),
					sendDates({ body: projectDates('updateFields'), order: ['starts_at', 'ends_at'] }),
				],
			},
		},
	},
	fields: [
		projectLocator('The project to change'),
		updateFieldsCollection([...projectFields, projectNameField]),
	],
};
