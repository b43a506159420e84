import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { includeRecordsField } from './fields';

export const getAllApprovals: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many approvals',
		description:
			'List the approval records of time entries and expense items (status, who submitted or approved, and when)',
		routing: { request: { method: 'GET', url: '/approvals' } },
	},
	fields: [returnAllField, limitField, includeRecordsField],
};
