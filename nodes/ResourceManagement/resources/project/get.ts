import { simplifyField, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { simplify } from '../../../shared/results';
import { projectLocator } from '../../shared/locators';
import { PROJECT_SIMPLE_KEYS, projectEmbedField, projectUrl } from './fields';

export const getProject: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a project',
		description: 'Retrieve one project (or phase) by ID',
		routing: {
			request: { method: 'GET', url: projectUrl },
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'integer' }])] },
			output: { postReceive: [simplify(PROJECT_SIMPLE_KEYS)] },
		},
	},
	fields: [projectLocator('The project to retrieve'), simplifyField, projectEmbedField],
};
