import { resourceOperations } from '../../../shared/descriptions';
import { createBudgetItem } from './create';
import { deleteBudgetItem } from './delete';
import { getBudgetItem } from './get';
import { getAllBudgetItems } from './getAll';
import { updateBudgetItem } from './update';

export const budgetItemDescription = resourceOperations(
	'budgetItem',
	[createBudgetItem, deleteBudgetItem, getBudgetItem, getAllBudgetItems, updateBudgetItem],
	'getAll',
);
