import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import { bulkWriteOptionsField, extraFieldsField } from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';
import { phaseDates, phaseFields, phaseItem, phaseNameField } from './fields';

export const createPhase: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a phase',
		description:
			'Create a phase (task folder) in a project (smenso applies it in the background; the node waits for the result)',
		routing: {
			request: { method: 'POST', url: '/api/integration/folders/json' },
			send: {
				preSend: [
					phaseItem('additionalFields'),
					smensoWrite({
						entity: 'folder',
						ids: [{ name: 'projectId', label: 'Project', kind: 'guid' }],
						dates: phaseDates('additionalFields'),
						dateOrder: ['startDate', 'endDate'],
						topLevel: ['projectId'],
					}),
				],
			},
		},
	},
	fields: [
		{
			...projectLocator('The project the phase belongs to'),
			routing: { send: { type: 'body', property: 'projectId' } },
		},
		{ ...phaseNameField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([extraFieldsField('phase (task folder)'), ...phaseFields]),
		},
		bulkWriteOptionsField,
	],
};
