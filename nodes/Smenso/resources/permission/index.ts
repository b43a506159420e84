import { resourceOperations } from '../../../shared/descriptions';
import { getPermission } from './get';
import { removePermissionAccess } from './removeAccess';
import { removePermissionPrivacy } from './removePrivacy';
import { setPermissionAccess } from './setAccess';
import { setPermissionPrivacy } from './setPrivacy';

export const permissionDescription = resourceOperations(
	'permission',
	[
		getPermission,
		removePermissionAccess,
		removePermissionPrivacy,
		setPermissionAccess,
		setPermissionPrivacy,
	],
	'get',
);
