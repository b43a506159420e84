import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';

export const getAllMembers: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many members',
		description:
			'List the members of the workspace with their settings (smenso returns the whole list at once)',
		routing: { request: { method: 'GET', url: '/api/integration/settings/member/json' } },
	},
	fields: [returnAllField, limitField],
};
