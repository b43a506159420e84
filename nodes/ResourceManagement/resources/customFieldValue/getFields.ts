import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { ownerField } from '../../shared/owner';
import { OWNER_DESCRIPTION } from './fields';

export const getCustomFields: OperationDef = {
	option: {
		name: 'Get Fields',
		value: 'getFields',
		action: 'Get custom field definitions',
		description: 'List the custom fields of projects or of users, with their type and options',
		routing: { request: { method: 'GET', url: '/custom_fields' } },
	},
	fields: [
		{
			...ownerField('Custom Fields Of', OWNER_DESCRIPTION),
			// RM calls the two sets of fields namespaces.
			routing: {
				send: { type: 'query', property: 'namespace', value: '={{ $value === "user" ? "users" : "assignables" }}' },
			},
		},
		returnAllField,
		limitField,
	],
};
