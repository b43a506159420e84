import { resourceOperations } from '../../../shared/descriptions';
import { getDiscipline } from './get';
import { getAllDisciplines } from './getAll';

export const disciplineDescription = resourceOperations(
	'discipline',
	[getDiscipline, getAllDisciplines],
	'getAll',
);
