import { resourceOperations } from '../../../shared/descriptions';
import { getAllFlavors } from './getAll';

export const flavorDescription = resourceOperations('flavor', [getAllFlavors], 'getAll');
