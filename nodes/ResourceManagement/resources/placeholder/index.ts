import { resourceOperations } from '../../../shared/descriptions';
import { createPlaceholder } from './create';
import { deletePlaceholder } from './delete';
import { getPlaceholder } from './get';
import { getAllPlaceholders } from './getAll';
import { updatePlaceholder } from './update';

export const placeholderDescription = resourceOperations(
	'placeholder',
	[createPlaceholder, deletePlaceholder, getPlaceholder, getAllPlaceholders, updatePlaceholder],
	'getAll',
);
