import { resourceOperations } from '../../../shared/descriptions';
import { deleteFlavor } from './delete';
import { getAllFlavors } from './getAll';

export const flavorDescription = resourceOperations(
	'flavor',
	[deleteFlavor, getAllFlavors],
	'getAll',
);
