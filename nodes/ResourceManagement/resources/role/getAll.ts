import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';

export const getAllRoles: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many roles',
		description:
			'List the roles of the account (each has an ID and a value, the name); they are managed in the Resource Management settings',
		routing: { request: { method: 'GET', url: '/roles' } },
	},
	fields: [returnAllField, limitField],
};
