import { resourceOperations } from '../../../shared/descriptions';
import { archiveProject } from './archive';
import { createProject } from './create';
import { deleteProject } from './delete';
import { getProject } from './get';
import { getAllProjects } from './getAll';
import { unarchiveProject } from './unarchive';
import { updateProject } from './update';

export const projectDescription = resourceOperations(
	'project',
	[
		archiveProject,
		createProject,
		deleteProject,
		getProject,
		getAllProjects,
		unarchiveProject,
		updateProject,
	],
	'getAll',
);
