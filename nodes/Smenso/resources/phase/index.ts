import { resourceOperations } from '../../../shared/descriptions';
import { createPhase } from './create';
import { deletePhase } from './delete';
import { getPhase } from './get';
import { getAllPhases } from './getAll';
import { updatePhase } from './update';

/** In smenso a phase is a task folder inside a project. */
export const phaseDescription = resourceOperations(
	'phase',
	[createPhase, deletePhase, getPhase, getAllPhases, updatePhase],
	'getAll',
);
