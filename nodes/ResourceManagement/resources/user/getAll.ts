import { limitField, returnAllField, simplifyField, type OperationDef } from '../../../shared/descriptions';
import { simplify } from '../../../shared/hooks';
import { sortField } from '../../shared/listFields';
import { USER_SIMPLE_KEYS, userEmbedField } from './fields';

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
			options: [
				{
					displayName: 'Include Archived',
					name: 'with_archived',
					type: 'boolean',
					default: false,
					description: 'Whether archived users are listed too',
					routing: { send: { type: 'query', property: 'with_archived' } },
				},
				{
					displayName: 'Include Placeholders',
					name: 'include_placeholders',
					type: 'boolean',
					default: false,
					description: 'Whether placeholder resources are listed too (their "type" is PlaceholderResource)',
					routing: { send: { type: 'query', property: 'include_placeholders' } },
				},
			],
		},
		sortField([
			{ name: 'Created', value: 'created' },
			{ name: 'First Name', value: 'first_name' },
			{ name: 'Hire Date', value: 'hire_date' },
			{ name: 'Last Name', value: 'last_name' },
			{ name: 'Termination Date', value: 'termination_date' },
			{ name: 'Updated', value: 'updated' },
		]),
		userEmbedField,
	],
};
