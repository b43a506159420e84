import { simplifyField, urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { simplify } from '../../../shared/results';
import { projectLocator } from '../../shared/locators';
import { PROJECT_SIMPLE_KEYS } from './fields';

export const getProject: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a project',
		description: 'Retrieve one project by ID',
		routing: {
			request: {
				method: 'GET',
				url: `=/api/integration/project/json/${urlId('projectId')}`,
			},
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'guid' }])] },
			output: { postReceive: [simplify(PROJECT_SIMPLE_KEYS)] },
		},
	},
	fields: [projectLocator('The project to retrieve'), simplifyField],
};
