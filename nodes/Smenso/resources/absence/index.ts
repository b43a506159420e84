import { resourceOperations } from '../../../shared/descriptions';
import { createAbsence } from './create';
import { deleteAbsence } from './delete';
import { getAbsence } from './get';
import { getAllAbsences } from './getAll';
import { updateAbsence } from './update';

export const absenceDescription = resourceOperations(
	'absence',
	[createAbsence, deleteAbsence, getAbsence, getAllAbsences, updateAbsence],
	'getAll',
);
