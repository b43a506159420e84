import type { INodeProperties } from 'n8n-workflow';

/** A resource locator: pick from a searchable list (default) or enter the numeric ID. */
export function rmLocator(
	displayName: string,
	name: string,
	searchListMethod: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 821065',
				validation: [
					{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'Enter a numeric ID such as 821065' } },
				],
			},
		],
	};
}

export const projectLocator = (description = 'The project') =>
	rmLocator('Project', 'projectId', 'searchProjects', description);
export const phaseLocator = (description = 'The phase (the list shows the phases of the selected project)') =>
	rmLocator('Phase', 'phaseId', 'searchPhases', description);
export const userLocator = (description = 'The user') => rmLocator('User', 'userId', 'searchUsers', description);
export const placeholderLocator = (description = 'The placeholder resource') =>
	rmLocator('Placeholder', 'placeholderId', 'searchPlaceholders', description);
export const leaveTypeLocator = (description = 'The leave type (for example Vacation or Sick)') =>
	rmLocator('Leave Type', 'leaveTypeId', 'searchLeaveTypes', description);
export const assignmentLocator = (
	description = 'The assignment (the list shows the assignments of the selected user or project)',
) => rmLocator('Assignment', 'assignmentId', 'searchAssignments', description);
