import { simplifyField, type OperationDef } from '../../../shared/descriptions';
import { requireIds, simplify } from '../../../shared/hooks';
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
				url: '=/api/integration/project/json/{{ encodeURIComponent(String($parameter.projectId).trim()) }}',
			},
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'guid' }])] },
			output: { postReceive: [simplify(PROJECT_SIMPLE_KEYS)] },
		},
	},
	fields: [projectLocator('The project to retrieve'), simplifyField],
};
