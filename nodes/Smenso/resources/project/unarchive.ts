import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/hooks';
import { writeOptionsField } from '../../shared/envelope';
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
				url: '=/api/integration/project/json/unarchive/{{ encodeURIComponent(String($parameter.projectId).trim()) }}',
			},
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'guid' }])] },
		},
	},
	fields: [projectLocator('The project to unarchive'), writeOptionsField],
};
