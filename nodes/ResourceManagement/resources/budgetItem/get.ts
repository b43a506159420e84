import type { OperationDef } from '../../../shared/descriptions';
import { BUDGET_ITEM_ID, budgetItemIdField, budgetItemUrl } from './fields';

export const getBudgetItem: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a budget item',
		description: 'Retrieve one budget line by ID',
		routing: {
			request: { method: 'GET', url: budgetItemUrl },
			send: { preSend: [BUDGET_ITEM_ID] },
		},
	},
	fields: [budgetItemIdField],
};
