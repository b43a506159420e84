import type { OperationDef } from '../../../shared/descriptions';
import {
	changeFields,
	permissionChanges,
	permissionUrl,
	permissionWriteOptionsField,
	targetFields,
} from './fields';

export const setPermissionPrivacy: OperationDef = {
	option: {
		name: 'Set Privacy',
		value: 'setPrivacy',
		action: 'Set privacy of a project or task',
		description:
			'Make a project or a task private to the given members and teams, or take members and teams off its private list',
		routing: {
			request: { method: 'POST', url: permissionUrl('private') },
			send: { preSend: [permissionChanges] },
		},
	},
	fields: [
		...targetFields('whose privacy to change'),
		...changeFields('to see the private record'),
		permissionWriteOptionsField,
	],
};
