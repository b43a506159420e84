import type { OperationDef } from '../../../shared/descriptions';
import { projectLocator } from '../../shared/locators';
import { membershipResult, membersUrl, PROJECT_ID, sendUserIds, userIdsField } from './fields';

export const removeProjectMembers: OperationDef = {
	option: {
		name: 'Remove',
		value: 'remove',
		action: 'Remove project members',
		description: 'Take away the access level of users on a project',
		routing: {
			request: { method: 'DELETE', url: membersUrl },
			send: { preSend: [PROJECT_ID, sendUserIds] },
			output: { postReceive: [membershipResult(false)] },
		},
	},
	fields: [projectLocator('The project to remove the users from'), userIdsField],
};
