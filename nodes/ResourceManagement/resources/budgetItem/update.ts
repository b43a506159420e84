import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { requireChanges } from '../../../shared/inputChecks';
import { sendCategory } from '../../shared/categories';
import {
	amountField,
	BUDGET_ITEM_ID,
	budgetCategoryField,
	budgetItemIdField,
	budgetItemUrl,
	sendBudgetAmount,
} from './fields';

export const updateBudgetItem: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a budget item',
		description: 'Change the amount or category of a budget line',
		routing: {
			request: { method: 'PUT', url: budgetItemUrl },
			send: {
				preSend: [
					BUDGET_ITEM_ID,
					sendBudgetAmount('updateFields.amount', false),
					sendCategory('updateFields'),
					requireChanges,
				],
			},
		},
	},
	fields: [budgetItemIdField, updateFieldsCollection([amountField, budgetCategoryField])],
};
