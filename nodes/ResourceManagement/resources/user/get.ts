import { simplifyField, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { simplify } from '../../../shared/results';
import { userLocator } from '../../shared/locators';
import { USER_SIMPLE_KEYS, userEmbedField, userId, userUrl } from './fields';

export const getUser: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a user',
		description: 'Retrieve one user by ID',
		routing: {
			request: { method: 'GET', url: userUrl },
			send: { preSend: [requireIds([userId])] },
			output: { postReceive: [simplify(USER_SIMPLE_KEYS)] },
		},
	},
	fields: [userLocator('The user to retrieve'), simplifyField, userEmbedField],
};
