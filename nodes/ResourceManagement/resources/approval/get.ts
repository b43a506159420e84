import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { approvalIdField, includeRecordsField } from './fields';

export const getApproval: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an approval',
		description:
			'Retrieve one approval record by ID: its status, who submitted or approved it, and when',
		routing: {
			request: { method: 'GET', url: `=/approvals/${urlId('approvalId')}` },
			send: {
				preSend: [requireIds([{ name: 'approvalId', label: 'Approval ID', kind: 'integer' }])],
			},
		},
	},
	fields: [approvalIdField, includeRecordsField],
};
