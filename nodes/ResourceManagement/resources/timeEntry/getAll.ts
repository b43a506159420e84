import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { checkScope, scopedListUrl, scopeFields } from '../assignment/helpers';

export const getAllTimeEntries: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many time entries',
		description: 'List time entries of the account, a user or a project, optionally within dates',
		routing: {
			request: { method: 'GET', url: scopedListUrl('time_entries') },
			send: {
				preSend: [
					checkScope,
					sendDates({
						query: [
							{ param: 'filters.from', label: 'From' },
							{ param: 'filters.to', label: 'To' },
						],
						order: ['from', 'to'],
					}),
				],
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
		{
			displayName: 'Sort',
			name: 'sort',
			type: 'collection',
			placeholder: 'Add Sort Option',
			default: {},
			options: [
				{
					displayName: 'Sort By',
					name: 'sort_field',
					type: 'options',
					default: 'created',
					options: [
						{ name: 'Created', value: 'created' },
						{ name: 'Updated', value: 'updated' },
					],
					routing: { send: { type: 'query', property: 'sort_field' } },
				},
				{
					displayName: 'Order',
					name: 'sort_order',
					type: 'options',
					default: 'ascending',
					options: [
						{ name: 'Ascending', value: 'ascending' },
						{ name: 'Descending', value: 'descending' },
					],
					routing: { send: { type: 'query', property: 'sort_order' } },
				},
			],
		},
		{
			displayName: 'Include Approvals',
			name: 'includeApprovals',
			type: 'boolean',
			default: false,
			description: 'Whether each entry gets its approval records (entries without any are not submitted yet)',
			routing: { send: { type: 'query', property: 'fields', value: '={{ $value ? "approvals" : undefined }}' } },
		},
	],
};
