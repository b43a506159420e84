import { resourceOperations } from '../../../shared/descriptions';
import { getRole } from './get';
import { getAllRoles } from './getAll';

export const roleDescription = resourceOperations('role', [getRole, getAllRoles], 'getAll');
