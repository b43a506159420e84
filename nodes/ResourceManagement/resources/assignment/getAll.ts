import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { sendDateWindow } from '../../shared/listFields';
import { checkScope, scopedListUrl, scopeFields } from '../../shared/scopes';

export const getAllAssignments: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many assignments',
		description:
			'List assignments of the account, a user, a placeholder or a project, optionally within dates',
		routing: {
			request: { method: 'GET', url: scopedListUrl('assignments') },
			send: {
				preSend: [checkScope, sendDateWindow('Active From', 'Active To')],
			},
		},
	},
	fields: [
		...scopeFields('assignments', ['user', 'placeholder', 'project']),
		returnAllField,
		limitField,
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Active From',
					name: 'from',
					type: 'dateTime',
					default: '',
					description: 'Only assignments that end on or after this date',
				},
				{
					displayName: 'Active To',
					name: 'to',
					type: 'dateTime',
					default: '',
					description: 'Only assignments that start on or before this date',
				},
				{
					displayName: 'Include Phase Assignments',
					name: 'with_phases',
					type: 'boolean',
					default: false,
					description:
						'Whether assignments on phases are listed as well as those on projects and leave types',
					routing: { send: { type: 'query', property: 'with_phases' } },
				},
			],
		},
		{
			displayName: 'Include Task Counts',
			name: 'subtaskCounts',
			type: 'boolean',
			default: false,
			description:
				'Whether each assignment gets subtask_counts: how many of its tasks are completed, out of how many',
			routing: {
				send: {
					type: 'query',
					property: 'fields',
					value: '={{ $value ? "subtasks_counts" : undefined }}',
				},
			},
		},
	],
};
