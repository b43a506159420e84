import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireDates, sendDates } from '../../../shared/dates';
import { requireIds } from '../../../shared/idChecks';
import { sendAssignable } from '../../shared/assignables';
import { sendCategory } from '../../shared/categories';
import { userLocator } from '../../shared/locators';
import {
	expenseAmountField,
	expenseDateField,
	expenseOnFields,
	expenseTextFields,
	sendExpenseAmount,
	USER_ID,
} from './fields';

const DATE = { param: 'date', label: 'Date' };

export const createExpenseItem: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create an expense item',
		description: 'Report an expense of a user on a project or leave type',
		routing: {
			request: { method: 'POST', url: `=/users/${urlId('userId')}/expense_items` },
			send: {
				preSend: [
					requireIds([USER_ID]),
					sendAssignable,
					requireDates([DATE]),
					sendDates({ body: [DATE] }),
					sendExpenseAmount('amount', true),
					sendCategory('additionalFields'),
				],
			},
		},
	},
	fields: [
		userLocator('The person who had the expense (placeholders cannot have expense items)'),
		...expenseOnFields,
		{ ...expenseDateField, required: true },
		{ ...expenseAmountField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: expenseTextFields,
		},
	],
};
