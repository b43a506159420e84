import { resourceOperations } from '../../../shared/descriptions';
import { createExpenseItem } from './create';
import { deleteExpenseItem } from './delete';
import { getExpenseItem } from './get';
import { getAllExpenseItems } from './getAll';
import { updateExpenseItem } from './update';

export const expenseItemDescription = resourceOperations(
	'expenseItem',
	[createExpenseItem, deleteExpenseItem, getExpenseItem, getAllExpenseItems, updateExpenseItem],
	'getAll',
);
