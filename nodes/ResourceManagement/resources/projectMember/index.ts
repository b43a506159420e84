import { resourceOperations } from '../../../shared/descriptions';
import { addProjectMembers } from './add';
import { getAllProjectMembers } from './getAll';
import { getUserProjects } from './getUserProjects';
import { removeProjectMembers } from './remove';
import { replaceProjectMembers } from './replace';

export const projectMemberDescription = resourceOperations(
	'projectMember',
	[
		addProjectMembers,
		getAllProjectMembers,
		getUserProjects,
		removeProjectMembers,
		replaceProjectMembers,
	],
	'getAll',
);
