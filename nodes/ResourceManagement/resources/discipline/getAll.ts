import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';

export const getAllDisciplines: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many disciplines',
		description:
			'List the disciplines of the account (each has an ID and a value, the name); they are managed in the Resource Management settings',
		routing: { request: { method: 'GET', url: '/disciplines' } },
	},
	fields: [returnAllField, limitField],
};
