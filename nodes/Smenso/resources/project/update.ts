import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import {
	bulkWriteOptionsField,
	customFieldsField,
	externalIdFields,
	extraFieldsField,
} from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';
import { projectDates, projectCoreFields, projectFields } from './fields';

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
						dates: projectDates('updateFields'),
						dateOrder: ['startDate', 'endDate'],
					}),
				],
			},
		},
	},
	fields: [
		...externalIdFields('project', projectLocator('The project to change')),
		updateFieldsCollection([extraFieldsField('project'), ...projectCoreFields, ...projectFields]),
		customFieldsField,
		bulkWriteOptionsField,
	],
};
