import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { customFieldsField, externalIdFields, extraFieldsField, smensoWrite, bulkWriteOptionsField } from '../../shared/envelope';
import { projectLocator } from '../../shared/locators';
import { PROJECT_DATES, projectCoreFields, projectFields } from './fields';

export const updateProject: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a project',
		description: 'Change the fields you add; fields you leave out stay as they are',
		routing: {
			request: { method: 'PUT', url: '/api/integration/project/json' },
			send: {
				preSend: [
					smensoWrite({
						entity: 'project',
						recordId: { name: 'projectId', label: 'Project', kind: 'guid' },
						dates: PROJECT_DATES('updateFields'),
						dateOrder: ['startDate', 'endDate'],
					}),
				],
			},
		},
	},
	fields: [
		...externalIdFields('project', projectLocator('The project to change')),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([extraFieldsField('project'), ...projectCoreFields, ...projectFields]),
		},
		customFieldsField,
		bulkWriteOptionsField,
	],
};
