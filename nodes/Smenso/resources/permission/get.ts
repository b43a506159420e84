import type { OperationDef } from '../../../shared/descriptions';
import { readOptionsField } from '../../shared/listFields';
import { permissionUrl, requireTarget, targetFields } from './fields';

export const getPermission: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get the permissions of a project or task',
		description: 'Retrieve who may see (privacy) and who may change (access) a project or a task',
		routing: {
			request: { method: 'GET', url: permissionUrl() },
			send: { preSend: [requireTarget] },
		},
	},
	fields: [...targetFields('whose permissions to retrieve'), readOptionsField()],
};
