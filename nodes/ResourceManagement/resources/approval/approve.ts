import type { OperationDef } from '../../../shared/descriptions';
import { requireAllProcessed, sendApprovables, timeEntryIdsField } from './fields';

export const approveApproval: OperationDef = {
	option: {
		name: 'Approve',
		value: 'approve',
		action: 'Approve time entries',
		description:
			'Approve time entries, submitted or not. The token must be allowed to approve (administrators and portfolio editors).',
		routing: {
			request: { method: 'POST', url: '/approvals' },
			send: { preSend: [sendApprovables('approved')] },
			output: { postReceive: [requireAllProcessed('approved')] },
		},
	},
	fields: [timeEntryIdsField],
};
