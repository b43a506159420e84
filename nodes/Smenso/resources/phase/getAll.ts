import { limitField, returnAllField, urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { projectLocator } from '../../shared/locators';
import { readOptionsField } from '../../shared/listFields';

export const getAllPhases: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many phases',
		description: 'List the phases (task folders) of a project',
		routing: {
			request: {
				method: 'GET',
				url: `=/api/integration/folders/json/${urlId('projectId')}`,
			},
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'guid' }])] },
		},
	},
	fields: [
		projectLocator('The project whose phases to list'),
		returnAllField,
		limitField,
		readOptionsField([], 'filters', 'Filters'),
	],
};
