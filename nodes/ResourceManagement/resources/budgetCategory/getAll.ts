import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { CATEGORY_PATHS } from '../../shared/categories';
import { projectLocator } from '../../shared/locators';
import { checkChosenParent, chosenParentPath } from '../../shared/parents';

export const getAllBudgetCategories: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many budget categories',
		description:
			"List the account's budget categories, or the budget lines of a project by category",
		routing: {
			request: {
				method: 'GET',
				url: `={{ (${chosenParentPath('scope', ['project'])}) + ($parameter.kind === "expense" ? "${CATEGORY_PATHS.expense}" : "${CATEGORY_PATHS.time}") }}`,
			},
			send: { preSend: [checkChosenParent('scope', 'account')] },
		},
	},
	fields: [
		{
			displayName: 'Kind',
			name: 'kind',
			type: 'options',
			noDataExpression: true,
			default: 'time',
			description: 'Categories of expense budgets, or of fee and time budgets',
			options: [
				{
					name: 'Expenses',
					value: 'expense',
					description: 'Categories of expense budgets and expense items',
				},
				{ name: 'Time & Fees', value: 'time', description: 'Categories of fee and time budgets' },
			],
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'options',
			noDataExpression: true,
			default: 'account',
			description: 'Where the categories come from',
			options: [
				{
					name: 'Account',
					value: 'account',
					description: 'The lookup list of the account: ID and category name',
				},
				{
					name: 'Project',
					value: 'project',
					description:
						'The budget lines of one project with their category (a budget item each; the category may be null)',
				},
			],
		},
		{
			...projectLocator('The project whose budget categories to list'),
			displayOptions: { show: { scope: ['project'] } },
		},
		returnAllField,
		limitField,
	],
};
