import { resourceOperations } from '../../../shared/descriptions';
import { getAllBudgetCategories } from './getAll';

// Categories are read-only in the API (they are managed in the Resource Management app).
export const budgetCategoryDescription = resourceOperations(
	'budgetCategory',
	[getAllBudgetCategories],
	'getAll',
);
