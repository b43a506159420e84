import { resourceOperations } from '../../../shared/descriptions';
import { approveApproval } from './approve';
import { getAllApprovals } from './getAll';
import { submitApproval } from './submit';
import { withdrawApproval } from './withdraw';

// Rejecting is not in the documented API (only pending and approved exist), so it is not offered.
export const approvalDescription = resourceOperations(
	'approval',
	[approveApproval, getAllApprovals, submitApproval, withdrawApproval],
	'getAll',
);
