import type { INodeProperties } from 'n8n-workflow';
import { urlId } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { sendAmount } from '../../shared/amounts';
import { categoryLocator } from '../../shared/categories';
import { leaveTypeLocator, projectLocator } from '../../shared/locators';
import { ownerField, ownerLocators } from '../../shared/owner';

/*
 * Expense items (§5.18): money a user reports on a project or leave type. They are read below
 * a user or a project, created and deleted below the user, and updated on the documented
 * `/projects/{pid}/users/{uid}/expense_items/{id}`. Placeholders cannot have expense items.
 */

export const userExpenseUrl = `=/users/${urlId('userId')}/expense_items/${urlId('expenseItemId')}`;

export const expenseItemIdField: INodeProperties = {
	displayName: 'Expense Item ID',
	name: 'expenseItemId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 4000000001',
	description:
		'ID of the expense item (from Get Many, or mapped from the ID field of an earlier node)',
};

export const EXPENSE_ITEM_ID = {
	name: 'expenseItemId',
	label: 'Expense Item ID',
	kind: 'integer' as const,
};
export const USER_ID = { name: 'userId', label: 'User', kind: 'integer' as const };
export const USER_EXPENSE_IDS = requireIds([USER_ID, EXPENSE_ITEM_ID]);

/** The "Of" selector (user or project) and its pickers, for reading. */
export function expenseOwnerFields(displayName: string, purpose: string): INodeProperties[] {
	return [
		{
			...ownerField(displayName, 'Whether to read the expenses of a user or of a project'),
			default: 'user',
		},
		...ownerLocators(purpose),
	];
}

/** "Expense On": a project or a leave type, sent as assignable_id (by sendAssignable). */
export const expenseOnFields: INodeProperties[] = [
	{
		displayName: 'Expense On',
		name: 'assignOn',
		type: 'options',
		noDataExpression: true,
		default: 'project',
		description: 'What the expense was for',
		options: [
			{ name: 'Leave Type', value: 'leaveType', description: 'An absence such as Vacation' },
			{ name: 'Project', value: 'project' },
		],
	},
	{
		...projectLocator('The project the expense was for'),
		displayOptions: { show: { assignOn: ['project'] } },
	},
	{ ...leaveTypeLocator(), displayOptions: { show: { assignOn: ['leaveType'] } } },
];

export const expenseDateField: INodeProperties = {
	displayName: 'Date',
	name: 'date',
	type: 'dateTime',
	default: '',
	description: 'Day of the expense (sent as YYYY-MM-DD in the workflow time zone)',
};

export const expenseAmountField: INodeProperties = {
	displayName: 'Amount',
	name: 'amount',
	type: 'number',
	default: 0,
	typeOptions: { numberPrecision: 2 },
	description: 'Amount in the account currency, e.g. 42.5',
};

/** preSend: the amount of `param` as a number. */
export const sendExpenseAmount = (param: string, required: boolean) =>
	sendAmount(param, 'amount', { label: 'Amount', required });

/** Optional fields of Create (additional fields) and Update (with date and amount), sorted by name. */
export const expenseTextFields: INodeProperties[] = [
	categoryLocator(
		'Expense category, e.g. Travel (the list shows the expense categories of the account)',
	),
	{
		displayName: 'Notes',
		name: 'notes',
		type: 'string',
		default: '',
		description: 'What the expense was for',
		routing: { send: { type: 'body', property: 'notes' } },
	},
];
