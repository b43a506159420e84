import type { OperationDef } from '../../../shared/descriptions';
import { deletedResult } from '../../../shared/results';
import { BUDGET_ITEM_ID, budgetItemIdField, budgetItemUrl } from './fields';

export const deleteBudgetItem: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a budget item',
		description: "Remove a budget line from its project's budget",
		routing: {
			request: { method: 'DELETE', url: budgetItemUrl },
			send: { preSend: [BUDGET_ITEM_ID] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [budgetItemIdField],
};
