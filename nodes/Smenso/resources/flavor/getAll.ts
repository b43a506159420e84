import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';

export const getAllFlavors: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many custom fields',
		description:
			"List the workspace's custom fields (flavors) with their IDs and types; use an ID as Custom Field in writes",
		routing: { request: { method: 'GET', url: '/api/integration/flavor/json' } },
	},
	fields: [returnAllField, limitField],
};
