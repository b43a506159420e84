import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { userLocator } from '../../shared/locators';
import { userId, userUrl } from './fields';

export const unarchiveUser: OperationDef = {
	option: {
		name: 'Unarchive',
		value: 'unarchive',
		action: 'Unarchive a user',
		description: 'Make an archived user active again',
		routing: {
			request: { method: 'PUT', url: userUrl, body: { archived: false } },
			send: { preSend: [requireIds([userId])] },
		},
	},
	fields: [userLocator('The user to unarchive')],
};
