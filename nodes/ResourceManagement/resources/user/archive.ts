import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { userLocator } from '../../shared/locators';
import { userId, userUrl } from './fields';

export const archiveUser: OperationDef = {
	option: {
		name: 'Archive',
		value: 'archive',
		action: 'Archive a user',
		description:
			'Deactivate a user (Resource Management has no user delete); the account owner cannot be archived',
		routing: {
			request: { method: 'PUT', url: userUrl, body: { archived: true } },
			send: { preSend: [requireIds([userId])] },
		},
	},
	fields: [userLocator('The user to archive')],
};
