import { urlId, type OperationDef } from '../../../shared/descriptions';
import { deletedResult, requireIds } from '../../../shared/hooks';

export const withdrawApproval: OperationDef = {
	option: {
		name: 'Withdraw',
		value: 'withdraw',
		action: 'Withdraw an approval',
		description: 'Withdraw a submission that is still pending; approved records cannot be withdrawn',
		routing: {
			request: { method: 'DELETE', url: `=/approvals/${urlId('approvalId')}` },
			send: { preSend: [requireIds([{ name: 'approvalId', label: 'Approval ID', kind: 'integer' }])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		{
			displayName: 'Approval ID',
			name: 'approvalId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 8123',
			description: 'ID of the approval record (the ID that Submit or Get Many returns)',
		},
	],
};
