import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { projectLocator } from '../../shared/locators';
import { projectUrl } from './fields';

export const archiveProject: OperationDef = {
	option: {
		name: 'Archive',
		value: 'archive',
		action: 'Archive a project',
		description: 'Archive a project; it disappears from schedules but keeps its data',
		routing: {
			request: { method: 'PUT', url: projectUrl, body: { archived: true } },
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'integer' }])] },
		},
	},
	fields: [projectLocator('The project to archive')],
};
