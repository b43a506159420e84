import { resourceOperations } from '../../../shared/descriptions';
import { createAssignment } from './create';
import { deleteAssignment } from './delete';
import { getAssignment } from './get';
import { getAllAssignments } from './getAll';
import { updateAssignment } from './update';

export const assignmentDescription = resourceOperations(
	'assignment',
	[createAssignment, deleteAssignment, getAssignment, getAllAssignments, updateAssignment],
	'getAll',
);
