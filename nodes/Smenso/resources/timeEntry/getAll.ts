import { limitField, returnAllField, urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { projectLocator } from '../../shared/locators';
import { readOptionsField } from '../../shared/listFields';

export const getAllTimeEntries: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many time entries',
		description:
			'List the time entries of one project (smenso returns them all at once; for entries across projects use the Report resource)',
		routing: {
			request: {
				method: 'GET',
				url: `=/api/integration/timerecord/json/${urlId('projectId')}`,
			},
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'guid' }])] },
		},
	},
	fields: [
		projectLocator('The project whose time entries to list'),
		returnAllField,
		limitField,
		readOptionsField([], 'filters', 'Filters'),
	],
};
