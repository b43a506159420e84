import type { INodeProperties } from 'n8n-workflow';
import { listOrIdLocator } from '../../shared/descriptions';

/** A resource locator: pick from a searchable list (default) or enter the numeric ID. */
export function rmLocator(
	displayName: string,
	name: string,
	searchListMethod: string,
	description: string,
): INodeProperties {
	return listOrIdLocator({
		displayName,
		name,
		searchListMethod,
		description,
		idPlaceholder: 'e.g. 821065',
		idRegex: '^[0-9]+$',
		idError: 'Enter a numeric ID such as 821065',
	});
}

export const projectLocator = (description = 'The project') =>
	rmLocator('Project', 'projectId', 'searchProjects', description);
export const phaseLocator = (
	description = 'The phase (the list shows the phases of the selected project)',
) => rmLocator('Phase', 'phaseId', 'searchPhases', description);
export const userLocator = (description = 'The user') =>
	rmLocator('User', 'userId', 'searchUsers', description);
export const placeholderLocator = (description = 'The placeholder resource') =>
	rmLocator('Placeholder', 'placeholderId', 'searchPlaceholders', description);
export const leaveTypeLocator = (description = 'The leave type (for example Vacation or Sick)') =>
	rmLocator('Leave Type', 'leaveTypeId', 'searchLeaveTypes', description);
export const assignmentLocator = (
	description = 'The assignment (the list shows the assignments of the selected user or project)',
) => rmLocator('Assignment', 'assignmentId', 'searchAssignments', description);
