import { resourceOperations } from '../../../shared/descriptions';
import { getLeaveType } from './get';
import { getAllLeaveTypes } from './getAll';

// Leave types are managed in the Resource Management app; the API can only read them.
export const leaveTypeDescription = resourceOperations(
	'leaveType',
	[getLeaveType, getAllLeaveTypes],
	'getAll',
);
