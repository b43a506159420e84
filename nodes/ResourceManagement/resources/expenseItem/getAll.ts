import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { sendDateWindow } from '../../shared/listFields';
import { ownerUrl, requireOwner } from '../../shared/owner';
import { expenseOwnerFields } from './fields';

export const getAllExpenseItems: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many expense items',
		description: 'List the expense items of a user or a project, optionally within dates',
		routing: {
			request: { method: 'GET', url: ownerUrl('/expense_items') },
			send: { preSend: [requireOwner, sendDateWindow('From', 'To')] },
		},
	},
	fields: [
		...expenseOwnerFields('List Expenses Of', 'whose expense items to list'),
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
					description: 'Only expenses on or after this day',
				},
				{
					displayName: 'To',
					name: 'to',
					type: 'dateTime',
					default: '',
					description: 'Only expenses on or before this day',
				},
			],
		},
		{
			displayName: 'Include Approvals',
			name: 'includeApprovals',
			type: 'boolean',
			default: false,
			description:
				'Whether each item gets its approval records (items without any are not submitted yet)',
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
