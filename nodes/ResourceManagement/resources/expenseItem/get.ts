import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { ownerUrl, requireOwner } from '../../shared/owner';
import { EXPENSE_ITEM_ID, expenseItemIdField, expenseOwnerFields } from './fields';

export const getExpenseItem: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an expense item',
		description: 'Retrieve one expense item of a user or project by ID',
		routing: {
			request: { method: 'GET', url: ownerUrl(`/expense_items/${urlId('expenseItemId')}`) },
			send: { preSend: [requireOwner, requireIds([EXPENSE_ITEM_ID])] },
		},
	},
	fields: [...expenseOwnerFields('Expense Of', 'the expense item belongs to'), expenseItemIdField],
};
