import { updateFieldsCollection, urlId, type OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { requireIds } from '../../../shared/idChecks';
import { requireChanges } from '../../../shared/inputChecks';
import { sendCategory } from '../../shared/categories';
import { projectLocator, userLocator } from '../../shared/locators';
import {
	EXPENSE_ITEM_ID,
	expenseAmountField,
	expenseDateField,
	expenseItemIdField,
	expenseTextFields,
	sendExpenseAmount,
	USER_ID,
} from './fields';

export const updateExpenseItem: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update an expense item',
		description: 'Change the date, amount, category or notes of an expense item',
		routing: {
			request: {
				method: 'PUT',
				url: `=/projects/${urlId('projectId')}/users/${urlId('userId')}/expense_items/${urlId('expenseItemId')}`,
			},
			send: {
				preSend: [
					requireIds([
						{ name: 'projectId', label: 'Project', kind: 'integer' },
						USER_ID,
						EXPENSE_ITEM_ID,
					]),
					sendDates({ body: [{ param: 'updateFields.date', label: 'Date' }] }),
					sendExpenseAmount('updateFields.amount', false),
					sendCategory('updateFields'),
					requireChanges,
				],
			},
		},
	},
	fields: [
		projectLocator('The project the expense item is on (its assignable_id)'),
		userLocator('The user the expense item belongs to'),
		expenseItemIdField,
		updateFieldsCollection([expenseAmountField, expenseDateField, ...expenseTextFields]),
	],
};
