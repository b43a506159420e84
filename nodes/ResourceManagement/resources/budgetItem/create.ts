import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { sendCategory } from '../../shared/categories';
import { projectLocator } from '../../shared/locators';
import {
	amountField,
	budgetCategoryField,
	budgetItemsUrl,
	itemTypeField,
	sendBudgetAmount,
} from './fields';

export const createBudgetItem: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a budget item',
		description: 'Add a budget line (fees, time or expenses) to a project',
		routing: {
			request: { method: 'POST', url: budgetItemsUrl },
			send: {
				preSend: [
					requireIds([{ name: 'projectId', label: 'Project', kind: 'integer' }]),
					sendBudgetAmount('amount', true),
					sendCategory('additionalFields'),
				],
			},
		},
	},
	fields: [
		projectLocator('The project that gets the budget line'),
		{ ...itemTypeField, routing: { send: { type: 'body', property: 'item_type' } } },
		{ ...amountField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [budgetCategoryField],
		},
	],
};
