import {
	limitField,
	returnAllField,
	simplifyField,
	type OperationDef,
} from '../../../shared/descriptions';
import { simplify } from '../../../shared/results';
import { USER_SIMPLE_KEYS, userEmbedField, userListFilters, userSortField } from './fields';

export const getAllUsers: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many users',
		description: 'List users, optionally with archived users and placeholders',
		routing: {
			request: { method: 'GET', url: '/users' },
			output: { postReceive: [simplify(USER_SIMPLE_KEYS)] },
		},
	},
	fields: [
		returnAllField,
		limitField,
		simplifyField,
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: userListFilters,
		},
		userSortField,
		userEmbedField,
	],
};
