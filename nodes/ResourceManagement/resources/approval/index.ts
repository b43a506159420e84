import { resourceOperations } from '../../../shared/descriptions';
import { getApproval } from './get';
import { getAllApprovals } from './getAll';
import { submitApproval } from './submit';
import { withdrawApproval } from './withdraw';

// Approving is not offered: RM's docs say API callers can only submit, not approve (and RM
// refused an approve by the account's administrator). Rejecting is not in the documented API.
export const approvalDescription = resourceOperations(
	'approval',
	[getApproval, getAllApprovals, submitApproval, withdrawApproval],
	'getAll',
);
