import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';

export const getAllAssignables: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many assignables',
		description:
			'List everything work or leave can be scheduled on: projects (not phases) and leave types, each with its type (Project or LeaveType)',
		routing: { request: { method: 'GET', url: '/assignables' } },
	},
	fields: [returnAllField, limitField],
};
