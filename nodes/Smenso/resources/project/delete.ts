import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { writeOptionsField } from '../../shared/writeFields';
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
				url: `=/api/integration/project/json/${urlId('projectId')}`,
			},
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'guid' }])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [projectLocator('The project to delete'), writeOptionsField],
};
