import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';

export const getAllLeaveTypes: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many leave types',
		description: 'List the leave types (such as Vacation or Sick) that absences are scheduled on',
		routing: { request: { method: 'GET', url: '/leave_types' } },
	},
	fields: [returnAllField, limitField],
};
