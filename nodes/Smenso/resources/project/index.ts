import { resourceOperations } from '../../../shared/descriptions';
import { applyTemplateToProject } from './applyTemplate';
import { archiveProject } from './archive';
import { createProject } from './create';
import { createProjectFromTemplate } from './createFromTemplate';
import { deleteProject } from './delete';
import { getProject } from './get';
import { getAllProjects } from './getAll';
import { unarchiveProject } from './unarchive';
import { updateProject } from './update';

export const projectDescription = resourceOperations(
	'project',
	[
		applyTemplateToProject,
		archiveProject,
		createProject,
		createProjectFromTemplate,
		deleteProject,
		getProject,
		getAllProjects,
		unarchiveProject,
		updateProject,
	],
	'getAll',
);
