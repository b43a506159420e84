import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { rmLocator } from '../../shared/locators';

export const getRole: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a role',
		description: 'Retrieve one role by ID',
		routing: {
			request: { method: 'GET', url: `=/roles/${urlId('roleId')}` },
			send: { preSend: [requireIds([{ name: 'roleId', label: 'Role', kind: 'integer' }])] },
		},
	},
	fields: [rmLocator('Role', 'roleId', 'searchRoles', 'The role to retrieve')],
};
