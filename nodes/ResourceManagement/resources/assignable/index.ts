import { resourceOperations } from '../../../shared/descriptions';
import { getAssignable } from './get';
import { getAllAssignables } from './getAll';

// Read-only (§5.7): projects and leave types behind one ID space, for resolving an assignable_id.
export const assignableDescription = resourceOperations(
	'assignable',
	[getAssignable, getAllAssignables],
	'getAll',
);
