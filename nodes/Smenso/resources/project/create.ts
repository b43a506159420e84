import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import {
	bulkWriteOptionsField,
	customFieldsField,
	extraFieldsField,
} from '../../shared/writeFields';
import { projectDates, projectFields } from './fields';

export const createProject: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a project',
		description:
			'Create a project (smenso applies it in the background; the node waits for the result)',
		routing: {
			request: { method: 'POST', url: '/api/integration/project/json' },
			send: {
				preSend: [
					smensoWrite({
						entity: 'project',
						dates: projectDates('additionalFields'),
						dateOrder: ['startDate', 'endDate'],
					}),
				],
			},
		},
	},
	fields: [
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			required: true,
			default: '',
			description: 'Project name',
			routing: { send: { type: 'body', property: 'title' } },
		},
		{
			displayName: 'Project Folder ID',
			name: 'phaseId',
			type: 'number',
			required: true,
			default: 1,
			description: "Numeric ID of the project folder (smenso's phaseId, workspace master data)",
			routing: { send: { type: 'body', property: 'phaseId' } },
		},
		{
			displayName: 'Project Type ID',
			name: 'typeId',
			type: 'number',
			required: true,
			default: 1,
			description: 'Numeric ID of the project type (workspace master data)',
			routing: { send: { type: 'body', property: 'typeId' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([extraFieldsField('project'), ...projectFields]),
		},
		customFieldsField,
		bulkWriteOptionsField,
	],
};
