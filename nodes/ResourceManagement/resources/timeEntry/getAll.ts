import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { CREATED_OR_UPDATED, sendDateWindow, sortField } from '../../shared/listFields';
import { checkScope, scopedListUrl, scopeFields } from '../../shared/scopes';

export const getAllTimeEntries: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many time entries',
		description: 'List time entries of the account, a user or a project, optionally within dates',
		routing: {
			request: { method: 'GET', url: scopedListUrl('time_entries') },
			send: {
				preSend: [checkScope, sendDateWindow('From', 'To')],
			},
		},
	},
	fields: [
		...scopeFields('time entries', ['user', 'project']),
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
					displayName: 'From',
					name: 'from',
					type: 'dateTime',
					default: '',
					description: 'Only entries on or after this day',
				},
				{
					displayName: 'Include Suggestions',
					name: 'with_suggestions',
					type: 'boolean',
					default: false,
					description:
						'Whether suggested (unconfirmed) time generated from assignments is listed too; such entries have is_suggestion true and their hours in scheduled_hours',
					routing: { send: { type: 'query', property: 'with_suggestions' } },
				},
				{
					displayName: 'To',
					name: 'to',
					type: 'dateTime',
					default: '',
					description: 'Only entries on or before this day',
				},
			],
		},
		sortField(CREATED_OR_UPDATED),
		{
			displayName: 'Include Approvals',
			name: 'includeApprovals',
			type: 'boolean',
			default: false,
			description:
				'Whether each entry gets its approval records (entries without any are not submitted yet)',
			routing: {
				send: {
					type: 'query',
					property: 'fields',
					value: '={{ $value ? "approvals" : undefined }}',
				},
			},
		},
	],
};
