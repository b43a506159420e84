import { resourceOperations } from '../../../shared/descriptions';
import { getAllMembers } from './getAll';
import { inviteMember } from './invite';
import { updateMember } from './update';

export const memberDescription = resourceOperations(
	'member',
	[getAllMembers, inviteMember, updateMember],
	'getAll',
);
