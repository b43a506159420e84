import { resourceOperations } from '../../../shared/descriptions';
import { getAbsenceType } from './get';
import { getAllAbsenceTypes } from './getAll';

export const absenceTypeDescription = resourceOperations('absenceType', [getAbsenceType, getAllAbsenceTypes], 'getAll');
