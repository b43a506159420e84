import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { approvalIdField } from './fields';

export const withdrawApproval: OperationDef = {
	option: {
		name: 'Withdraw',
		value: 'withdraw',
		action: 'Withdraw an approval',
		description:
			'Withdraw the submission of a time entry or expense item while it is pending; approved records cannot be withdrawn',
		routing: {
			request: { method: 'DELETE', url: `=/approvals/${urlId('approvalId')}` },
			send: {
				preSend: [requireIds([{ name: 'approvalId', label: 'Approval ID', kind: 'integer' }])],
			},
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [approvalIdField],
};
