import type { IExecuteSingleFunctions, INodeProperties, PreSendAction } from 'n8n-workflow';
import { inputError } from '../../shared/errors';
import { bodyOf } from '../../shared/inputChecks';

/*
 * Budget item categories (§5.22): account lookup lists of names, one for time and fees
 * (`/time_entry_categories`) and one for expenses (`/expense_item_categories`). Budget items
 * and expense items carry the category as its name (`"category": "Travel"`), not as an ID.
 */

/** Where each kind of category list lives, below the account or a project. */
export const CATEGORY_PATHS = {
	time: '/time_entry_categories',
	expense: '/expense_item_categories',
} as const;

/**
 * The Category picker: names from the account's list (searchBudgetCategories picks the list
 * that fits the record: expenses for expense items and Expenses budgets, time and fees for
 * the other budgets) or a name typed in.
 */
export function categoryLocator(description: string): INodeProperties {
	return {
		displayName: 'Category',
		name: 'category',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchBudgetCategories', searchable: true },
			},
			{
				displayName: 'By Name',
				name: 'name',
				type: 'string',
				placeholder: 'e.g. Travel',
			},
		],
	};
}

/** preSend: the category of a collection (`${collection}.category`) as its name, when added. */
export function sendCategory(collection: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		const param = `${collection}.category`;
		if (this.getNodeParameter(param, null) === null) return options;
		const name = String(this.getNodeParameter(param, '', { extractValue: true }) ?? '').trim();
		if (!name) {
			throw inputError(
				this.getNode(),
				"'Category' is empty",
				"Pick a category from the list or enter its name, or remove the 'Category' field.",
				this.getItemIndex(),
			);
		}
		bodyOf(options).category = name;
		return options;
	};
}
