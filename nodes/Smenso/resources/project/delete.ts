import type { OperationDef } from '../../../shared/descriptions';
import { deletedResult, requireIds } from '../../../shared/hooks';
import { writeOptionsField } from '../../shared/envelope';
import { projectLocator } from '../../shared/locators';

export const deleteProject: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a project',
		description: 'Delete a project permanently, with its tasks and time records',
		routing: {
			request: {
				method: 'DELETE',
				url: '=/api/integration/project/json/{{ encodeURIComponent(String($parameter.projectId).trim()) }}',
			},
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'guid' }])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [projectLocator('The project to delete'), writeOptionsField],
};
