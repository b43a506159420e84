import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { rmLocator } from '../../shared/locators';

export const getDiscipline: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a discipline',
		description: 'Retrieve one discipline by ID',
		routing: {
			request: { method: 'GET', url: `=/disciplines/${urlId('disciplineId')}` },
			send: {
				preSend: [requireIds([{ name: 'disciplineId', label: 'Discipline', kind: 'integer' }])],
			},
		},
	},
	fields: [
		rmLocator('Discipline', 'disciplineId', 'searchDisciplines', 'The discipline to retrieve'),
	],
};
