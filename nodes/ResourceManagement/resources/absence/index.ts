import { resourceOperations } from '../../../shared/descriptions';
import { createPlannedAbsence } from './createPlanned';
import { createRecordedAbsence } from './createRecorded';
import { deletePlannedAbsence } from './deletePlanned';
import { getAllAbsences } from './getAll';

export const absenceDescription = resourceOperations(
	'absence',
	[createPlannedAbsence, createRecordedAbsence, deletePlannedAbsence, getAllAbsences],
	'getAll',
);
