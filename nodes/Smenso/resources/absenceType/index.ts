import { resourceOperations } from '../../../shared/descriptions';
import { createAbsenceType } from './create';
import { deleteAbsenceType } from './delete';
import { getAbsenceType } from './get';
import { getAllAbsenceTypes } from './getAll';
import { updateAbsenceType } from './update';

export const absenceTypeDescription = resourceOperations(
	'absenceType',
	[createAbsenceType, deleteAbsenceType, getAbsenceType, getAllAbsenceTypes, updateAbsenceType],
	'getAll',
);
