import { resourceOperations } from '../../../shared/descriptions';
import { createTimeEntry } from './create';
import { deleteTimeEntry } from './delete';
import { getTimeEntry } from './get';
import { getAllTimeEntries } from './getAll';
import { updateTimeEntry } from './update';

export const timeEntryDescription = resourceOperations(
	'timeEntry',
	[createTimeEntry, deleteTimeEntry, getTimeEntry, getAllTimeEntries, updateTimeEntry],
	'getAll',
);
