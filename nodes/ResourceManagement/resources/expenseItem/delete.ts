import type { OperationDef } from '../../../shared/descriptions';
import { deletedResult } from '../../../shared/results';
import { userLocator } from '../../shared/locators';
import { expenseItemIdField, USER_EXPENSE_IDS, userExpenseUrl } from './fields';

export const deleteExpenseItem: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an expense item',
		description: 'Remove an expense item of a user',
		routing: {
			request: { method: 'DELETE', url: userExpenseUrl },
			send: { preSend: [USER_EXPENSE_IDS] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [userLocator('The user the expense item belongs to'), expenseItemIdField],
};
