import type { OperationDef } from '../../../shared/descriptions';
import { requireAllProcessed, sendApprovables, timeEntryIdsField } from './fields';

export const submitApproval: OperationDef = {
	option: {
		name: 'Submit',
		value: 'submit',
		action: 'Submit time entries for approval',
		description: 'Submit time entries for approval (their approval status becomes pending)',
		routing: {
			request: { method: 'POST', url: '/approvals' },
			send: { preSend: [sendApprovables('pending')] },
			output: { postReceive: [requireAllProcessed('submitted')] },
		},
	},
	fields: [timeEntryIdsField],
};
