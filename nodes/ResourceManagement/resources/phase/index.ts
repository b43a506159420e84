import { resourceOperations } from '../../../shared/descriptions';
import { createPhase } from './create';
import { deletePhase } from './delete';
import { getPhase } from './get';
import { getAllPhases } from './getAll';
import { updatePhase } from './update';

export const phaseDescription = resourceOperations(
	'phase',
	[createPhase, deletePhase, getPhase, getAllPhases, updatePhase],
	'getAll',
);
