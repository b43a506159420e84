import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { isValidId } from '../../../shared/idChecks';
import { ATTRIBUTE_NAMES } from './choices';

/* The Filters and Custom Field Filters of a report, checked and turned into its `filters`. */

const OPERATIONS = ['inclusion', 'exclusion'];
/** The literal that matches records where the attribute is empty. */
const NONE = '[none]';

type Filter = { attribute?: string; filterOperation?: string; values?: unknown };
type CustomFilter = { id?: unknown; filterOperation?: string; values?: unknown };

/** Stops the item with an input error: what is wrong, and how to fix it. */
export type Fail = (message: string, description: string) => never;

/** Splits the Values text (or takes an array from an expression) into trimmed, non-empty values. */
function splitValues(raw: unknown): unknown[] {
	const list = Array.isArray(raw) ? raw : String(raw ?? '').split(',');
	return list
		.map((value) => (typeof value === 'string' ? value.trim() : value))
		.filter((v) => v !== '' && v !== null && v !== undefined);
}

function checkOperation(operation: string, what: string, fail: Fail): string {
	if (!OPERATIONS.includes(operation)) {
		fail(
			`The operation of ${what} is not known: ${JSON.stringify(operation)}`,
			'Use inclusion or exclusion.',
		);
	}
	return operation;
}

/** The values of a filter on User or Project: numeric IDs (or [none]), sent as numbers. */
function idValues(values: unknown[], label: string, fail: Fail): unknown[] {
	return values.map((value) => {
		if (value === NONE) return value;
		const text = String(value).trim();
		if (!isValidId(text, 'integer')) {
			fail(
				`The filter on ${label} has a value that is not an ID: ${JSON.stringify(value)}`,
				`Enter numeric ${label} IDs separated by commas, or ${NONE} for rows without one.`,
			);
		}
		return Number(text);
	});
}

/** The Filters as `filters`: `{attribute: {operation, values}}`, each attribute at most once. */
function attributeFilters(ctx: IExecuteSingleFunctions, fail: Fail): IDataObject {
	const filters: IDataObject = {};
	for (const filter of ctx.getNodeParameter('filters.filter', []) as Filter[]) {
		const attribute = String(filter.attribute ?? '');
		const label = ATTRIBUTE_NAMES.get(attribute);
		if (!label) {
			fail(
				`Filter attribute is not known: ${JSON.stringify(attribute)}`,
				`Use one of: ${[...ATTRIBUTE_NAMES.keys()].join(', ')}.`,
			);
		}
		if (attribute in filters) {
			fail(
				`The filter on ${label} is set twice`,
				'Put all values of an attribute into one filter, separated by commas.',
			);
		}
		const operation = checkOperation(
			String(filter.filterOperation ?? 'inclusion'),
			`the filter on ${label}`,
			fail,
		);
		let values = splitValues(filter.values);
		if (!values.length)
			fail(
				`The filter on ${label} has no values`,
				'Enter at least one value, or remove the filter.',
			);
		if (attribute.endsWith('_id')) values = idValues(values, label!, fail);
		filters[attribute] = { operation, values };
	}
	return filters;
}

/** The Custom Field Filters as `filters.custom_fields`: `[{id, operation, values}]`. */
function customFieldFilters(ctx: IExecuteSingleFunctions, fail: Fail): IDataObject[] {
	const customFields: IDataObject[] = [];
	for (const filter of ctx.getNodeParameter('customFieldFilters.filter', []) as CustomFilter[]) {
		const id = String(filter.id ?? '').trim();
		if (!isValidId(id, 'integer')) {
			fail(
				`'Custom Field ID' is not a valid ID: ${JSON.stringify(filter.id)}`,
				'Enter the numeric ID of the custom field, such as 4321.',
			);
		}
		const operation = checkOperation(
			String(filter.filterOperation ?? 'inclusion'),
			`the custom field filter ${id}`,
			fail,
		);
		const values = splitValues(filter.values);
		if (!values.length)
			fail(
				`The custom field filter ${id} has no values`,
				'Enter at least one value, or remove the filter.',
			);
		customFields.push({ id: Number(id), operation, values });
	}
	return customFields;
}

/** `filters`: the attribute filters, with the custom field ones under `custom_fields`; {} for none. */
export function reportFilters(ctx: IExecuteSingleFunctions, fail: Fail): IDataObject {
	const filters = attributeFilters(ctx, fail);
	const customFields = customFieldFilters(ctx, fail);
	if (customFields.length) filters.custom_fields = customFields;
	return filters;
}
