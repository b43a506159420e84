import type { INodeProperties } from 'n8n-workflow';
import {
	byDisplayName,
	idExpression,
	limitField,
	returnAllField,
	type OperationDef,
} from '../../../shared/descriptions';
import { projectLocator } from '../../shared/locators';
import { userEmbedField, userListFilters, userSortField } from '../user/fields';
import { accessLevelFilterField, PROJECT_ID } from './fields';

/** Which list of the project: its people with an access level, or those with assignments on it. */
const whoPath =
	'($parameter.who === "assigned" ? "/users" : $parameter.who === "placeholders" ? "/placeholder_resources" : "/project_members")';

const whoUrl = `={{ "/projects/" + ${idExpression('projectId')} + ${whoPath} }}`;

const forAssigned = (field: INodeProperties): INodeProperties => ({
	...field,
	displayOptions: { show: { who: ['assigned'] } },
});

export const getAllProjectMembers: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many project members',
		description:
			'List the members of a project with an access level, or the users or placeholders assigned to it',
		routing: {
			request: { method: 'GET', url: whoUrl },
			send: { preSend: [PROJECT_ID] },
		},
	},
	fields: [
		projectLocator('The project whose people to list'),
		{
			displayName: 'Who',
			name: 'who',
			type: 'options',
			noDataExpression: true,
			default: 'members',
			description: 'Which people of the project to list',
			options: [
				{
					name: 'Assigned Placeholders',
					value: 'placeholders',
					description:
						'Placeholder resources with assignments on the project (full placeholder records)',
				},
				{
					name: 'Assigned Users',
					value: 'assigned',
					description:
						'Users with assignments on the project (full user records), whatever their access',
				},
				{
					name: 'Members With Access',
					value: 'members',
					description: 'Users with an access level on the project, as {ID, uid, name}',
				},
			],
		},
		{ ...accessLevelFilterField, displayOptions: { show: { who: ['members'] } } },
		returnAllField,
		limitField,
		forAssigned({
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: byDisplayName([
				...userListFilters,
				{
					displayName: 'Include Phase Assignments',
					name: 'with_phases',
					type: 'boolean',
					default: false,
					description: "Whether users assigned only to the project's phases are listed too",
					routing: { send: { type: 'query', property: 'with_phases' } },
				},
			]),
		}),
		forAssigned(userSortField),
		// §5.11 documents the same embeds as for users, without approvers.
		forAssigned({
			...userEmbedField,
			options: userEmbedField.options!.filter((o) => 'value' in o && o.value !== 'approvers'),
		}),
	],
};
