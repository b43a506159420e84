import { resourceOperations } from '../../../shared/descriptions';
import { createWorkingTime } from './create';
import { deleteWorkingTime } from './delete';
import { getAllWorkingTimes } from './getAll';
import { updateWorkingTime } from './update';

export const workingTimeDescription = resourceOperations(
	'workingTime',
	[createWorkingTime, deleteWorkingTime, getAllWorkingTimes, updateWorkingTime],
	'getAll',
);
