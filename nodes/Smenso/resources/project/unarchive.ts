import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { writeOptionsField } from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';

export const unarchiveProject: OperationDef = {
	option: {
		name: 'Unarchive',
		value: 'unarchive',
		action: 'Unarchive a project',
		description: 'Make an archived project active again',
		routing: {
			request: {
				method: 'POST',
				url: `=/api/integration/project/json/unarchive/${urlId('projectId')}`,
			},
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'guid' }])] },
		},
	},
	fields: [projectLocator('The project to unarchive'), writeOptionsField],
};
