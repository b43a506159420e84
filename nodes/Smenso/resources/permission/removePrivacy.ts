import type { OperationDef } from '../../../shared/descriptions';
import { permissionUrl, permissionWriteOptionsField, requireTarget, targetFields } from './fields';

export const removePermissionPrivacy: OperationDef = {
	option: {
		name: 'Remove Privacy',
		value: 'removePrivacy',
		action: 'Remove privacy from a project or task',
		description:
			'Lift the privacy restriction of a project or a task, so seeing it is no longer limited to its listed members and teams',
		routing: {
			request: { method: 'DELETE', url: permissionUrl('private') },
			send: { preSend: [requireTarget] },
		},
	},
	fields: [...targetFields('whose privacy to remove'), permissionWriteOptionsField],
};
