import { resourceOperations } from '../../../shared/descriptions';
import { getAllMembers } from './getAll';
import { updateMember } from './update';

export const memberDescription = resourceOperations('member', [getAllMembers, updateMember], 'getAll');
