import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { projectLocator } from '../../shared/locators';
import { projectUrl } from './fields';

export const deleteProject: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a project',
		description: 'Delete a project; archive it instead to keep its history',
		routing: {
			request: { method: 'DELETE', url: projectUrl },
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'integer' }])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [projectLocator('The project to delete')],
};
