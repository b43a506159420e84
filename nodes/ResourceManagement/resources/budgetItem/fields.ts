import type { INodeProperties } from 'n8n-workflow';
import { urlId } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { sendAmount } from '../../shared/amounts';
import { categoryLocator } from '../../shared/categories';

/*
 * Budget items (§5.21): the budget lines of a project. Every list and create names the item
 * type, so that money and hours are never mixed: TimeFees (money), TimeFeesDays (hours, despite
 * the name) and Expenses (money). Get, Update and Delete use the account-wide `/budget_items/{id}`.
 */

export const budgetItemUrl = `=/budget_items/${urlId('budgetItemId')}`;
export const budgetItemsUrl = `=/projects/${urlId('projectId')}/budget_items`;

export const BUDGET_ITEM_ID = requireIds([
	{ name: 'budgetItemId', label: 'Budget Item ID', kind: 'integer' },
]);

export const itemTypeField: INodeProperties = {
	displayName: 'Item Type',
	name: 'itemType',
	type: 'options',
	default: 'TimeFees',
	required: true,
	description: 'Which budget: fees in money, time in hours, or expenses in money',
	options: [
		{
			name: 'Expenses (Amount)',
			value: 'Expenses',
			description: 'Expense budget in the account currency',
		},
		{ name: 'Fees (Amount)', value: 'TimeFees', description: 'Fee budget in the account currency' },
		{
			name: 'Time (Hours)',
			value: 'TimeFeesDays',
			description: 'Time budget in hours (TimeFeesDays in the API)',
		},
	],
};

export const budgetItemIdField: INodeProperties = {
	displayName: 'Budget Item ID',
	name: 'budgetItemId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 9001',
	description:
		'ID of the budget item (from Get Many, or mapped from the ID field of an earlier node)',
};

export const amountField: INodeProperties = {
	displayName: 'Amount',
	name: 'amount',
	type: 'number',
	default: 0,
	typeOptions: { minValue: 0, numberPrecision: 2 },
	description: 'The budget: money for fees and expenses, hours for a time budget',
};

export const budgetCategoryField = categoryLocator(
	'Budget category the line is for, e.g. Design Fees (the list shows the categories of the item type); without one the line is uncategorised',
);

/** preSend: the amount of `param` (0 or more). */
export const sendBudgetAmount = (param: string, required: boolean) =>
	sendAmount(param, 'amount', { label: 'Amount', required, min: 0 });
