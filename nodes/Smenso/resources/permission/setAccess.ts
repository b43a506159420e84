import type { OperationDef } from '../../../shared/descriptions';
import {
	changeFields,
	permissionChanges,
	permissionUrl,
	permissionWriteOptionsField,
	targetFields,
} from './fields';

export const setPermissionAccess: OperationDef = {
	option: {
		name: 'Set Access',
		value: 'setAccess',
		action: 'Set access to a project or task',
		description:
			'Add or remove the members and teams that may change a project or a task (its access restriction)',
		routing: {
			request: { method: 'POST', url: permissionUrl('access') },
			send: { preSend: [permissionChanges] },
		},
	},
	fields: [
		...targetFields('whose access to change'),
		...changeFields('access (may change the record)'),
		permissionWriteOptionsField,
	],
};
