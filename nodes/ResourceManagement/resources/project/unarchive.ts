import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { projectLocator } from '../../shared/locators';
import { projectUrl } from './fields';

export const unarchiveProject: OperationDef = {
	option: {
		name: 'Unarchive',
		value: 'unarchive',
		action: 'Unarchive a project',
		description: 'Make an archived project active again',
		routing: {
			request: { method: 'PUT', url: projectUrl, body: { archived: false } },
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'integer' }])] },
		},
	},
	fields: [projectLocator('The project to unarchive')],
};
