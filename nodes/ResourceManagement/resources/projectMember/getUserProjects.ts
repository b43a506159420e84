import { limitField, returnAllField, urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { userLocator } from '../../shared/locators';
import { accessLevelFilterField } from './fields';

export const getUserProjects: OperationDef = {
	option: {
		name: 'Get Projects of User',
		value: 'getUserProjects',
		action: 'Get the projects a user is a member of',
		description:
			'List the projects a user has access to, as {ID, uid, name}, optionally only with one access level',
		routing: {
			request: { method: 'GET', url: `=/users/${urlId('userId')}/project_memberships` },
			send: { preSend: [requireIds([{ name: 'userId', label: 'User', kind: 'integer' }])] },
		},
	},
	fields: [
		userLocator('The user whose project memberships to list'),
		accessLevelFilterField,
		returnAllField,
		limitField,
	],
};
