import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { writeOptionsField } from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';

export const archiveProject: OperationDef = {
	option: {
		name: 'Archive',
		value: 'archive',
		action: 'Archive a project',
		description: 'Archive a project; archived projects are read-only until unarchived',
		routing: {
			request: {
				method: 'POST',
				url: `=/api/integration/project/json/archive/${urlId('projectId')}`,
			},
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'guid' }])] },
		},
	},
	fields: [projectLocator('The project to archive'), writeOptionsField],
};
