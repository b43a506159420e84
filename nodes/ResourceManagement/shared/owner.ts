import type { INodeProperties } from 'n8n-workflow';
import { projectLocator, userLocator } from './locators';
import { checkChosenParent, chosenParentPath } from './parents';

/**
 * Tags and custom field values hang off a project or a user (`/projects/{id}/…` or
 * `/users/{id}/…`). `owner` picks which; only the matching locator is shown and sent.
 */
export function ownerField(displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name: 'owner',
		type: 'options',
		noDataExpression: true,
		default: 'project',
		options: [
			{ name: 'Project', value: 'project' },
			{ name: 'User', value: 'user' },
		],
		description,
	};
}

/** The project and user locators, each shown for its owner type. */
export function ownerLocators(purpose: string): INodeProperties[] {
	return [
		{
			...projectLocator(`The project ${purpose}`),
			displayOptions: { show: { owner: ['project'] } },
		},
		{ ...userLocator(`The user ${purpose}`), displayOptions: { show: { owner: ['user'] } } },
	];
}

/** URL expression below the chosen project or user, e.g. ownerUrl('/tags'). */
export const ownerUrl = (suffix: string) =>
	`={{ ${chosenParentPath('owner', ['user'], 'project')} }}${suffix}`;

/** preSend: validates the ID of the chosen owner (the other locator is hidden and empty). */
export const requireOwner = checkChosenParent('owner', 'project');
