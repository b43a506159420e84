import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { projectLocator } from '../../shared/locators';
import { budgetItemsUrl, itemTypeField } from './fields';

export const getAllBudgetItems: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many budget items',
		description: 'List the budget lines of one type of a project',
		routing: {
			request: { method: 'GET', url: budgetItemsUrl },
			send: { preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'integer' }])] },
		},
	},
	fields: [
		projectLocator('The project whose budget to list'),
		{ ...itemTypeField, routing: { send: { type: 'query', property: 'item_type' } } },
		returnAllField,
		limitField,
	],
};
