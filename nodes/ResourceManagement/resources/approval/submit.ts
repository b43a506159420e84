import type { OperationDef } from '../../../shared/descriptions';
import { approvableFields, requireAllSubmitted, sendSubmission } from './fields';

export const submitApproval: OperationDef = {
	option: {
		name: 'Submit',
		value: 'submit',
		action: 'Submit records for approval',
		description:
			'Submit time entries or expense items for approval (their approval status becomes pending)',
		routing: {
			request: { method: 'POST', url: '/approvals' },
			send: { preSend: [sendSubmission] },
			output: { postReceive: [requireAllSubmitted] },
		},
	},
	fields: approvableFields,
};
