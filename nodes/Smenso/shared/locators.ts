import type { INodeProperties } from 'n8n-workflow';
import { listOrIdLocator } from '../../shared/descriptions';

const GUID_REGEX = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** A resource locator: pick from a searchable list (default) or paste a GUID. */
function smensoLocator(
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
		idPlaceholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
		idRegex: GUID_REGEX,
		idError: 'Enter a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
	});
}

export function projectLocator(description = 'The smenso project'): INodeProperties {
	return smensoLocator('Project', 'projectId', 'searchProjects', description);
}

export function taskLocator(
	description = 'The task (the list shows the tasks of the selected project)',
): INodeProperties {
	return smensoLocator('Task', 'taskId', 'searchTasks', description);
}

/** A workspace member: from the list, by user GUID, or by e-mail (smenso accepts both in payloads). */
export function memberLocator(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	const locator = smensoLocator(displayName, name, 'searchMembers', description);
	return {
		...locator,
		modes: [
			...(locator.modes ?? []),
			{
				displayName: 'By E-Mail',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. jane.doe@example.com',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
							errorMessage: 'Enter an e-mail address',
						},
					},
				],
			},
		],
	};
}
