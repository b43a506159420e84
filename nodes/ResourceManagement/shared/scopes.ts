import type { INodeProperties } from 'n8n-workflow';
import { placeholderLocator, projectLocator, userLocator } from './locators';
import { checkChosenParent, chosenParentPath, type ParentKind } from './parents';

/*
 * List scopes: the whole account, or nested under one user, placeholder or project. Used by
 * the Get Many of assignments and time entries.
 */

/** The list route of a scope: `/assignments`, or nested under a user, placeholder or project. */
export const scopedListUrl = (records: string) =>
	`={{ ${chosenParentPath('scope', ['user', 'placeholder', 'project'])} }}/${records}`;

/** preSend: validates the ID of the chosen scope. */
export const checkScope = checkChosenParent('scope', 'all');

/** The Scope selector and the picker each scope shows. */
export function scopeFields(records: string, scopes: ParentKind[]): INodeProperties[] {
	const options = [
		{ name: 'All', value: 'all', description: `All ${records} of the account` },
		{
			name: 'One Placeholder',
			value: 'placeholder',
			description: `The ${records} of one placeholder`,
		},
		{ name: 'One Project', value: 'project', description: `The ${records} of one project` },
		{ name: 'One User', value: 'user', description: `The ${records} of one user` },
	].filter((option) => option.value === 'all' || scopes.includes(option.value as ParentKind));
	const pickers: Record<ParentKind, INodeProperties> = {
		user: userLocator(`The user whose ${records} to list`),
		placeholder: placeholderLocator(`The placeholder whose ${records} to list`),
		project: projectLocator(`The project whose ${records} to list`),
	};
	return [
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'options',
			noDataExpression: true,
			default: 'all',
			description: `Whose ${records} to list`,
			options,
		},
		...scopes.map((scope) => ({ ...pickers[scope], displayOptions: { show: { scope: [scope] } } })),
	];
}
