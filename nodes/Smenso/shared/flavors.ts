import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { parseDate } from '../../shared/dates';
import { inputError } from '../../shared/errors';
import { executionList } from './lookups';

/**
 * How a flavor (custom field) value is sent. smenso names the kinds (text, number, date,
 * single-select, multi-select, boolean, formula; smenso.md §5.10) but not their spelling in the
 * flavor list, so the `type` text is matched loosely. A flavor whose type the node does not
 * recognise, or that the list does not show, gets its value as entered.
 */
export type FlavorKind = 'number' | 'boolean' | 'date' | 'multi' | 'formula' | 'asIs';

export function kindOf(type: unknown): FlavorKind {
	const text = String(type ?? '').toLowerCase();
	if (/formula|calculat/.test(text)) return 'formula';
	if (/multi/.test(text)) return 'multi';
	if (/bool|yes.?no|checkbox/.test(text)) return 'boolean';
	if (/date/.test(text)) return 'date';
	if (/number|numeric|decimal|integer|currency|percent/.test(text)) return 'number';
	return 'asIs';
}

const FLAVORS_URL = '/api/integration/flavor/json';
const TRUE = ['true', 'yes', '1', 'ja'];
const FALSE = ['false', 'no', '0', 'nein'];

function convert(
	ctx: IExecuteSingleFunctions,
	kind: FlavorKind,
	value: unknown,
	name: string,
): unknown {
	const fail = (needs: string, example: string) =>
		inputError(
			ctx.getNode(),
			`Custom field '${name}' needs ${needs}: ${JSON.stringify(value)}`,
			`Enter ${example}, or leave the value empty to clear the field.`,
			ctx.getItemIndex(),
		);
	if (kind === 'formula') {
		throw inputError(
			ctx.getNode(),
			`Custom field '${name}' is a formula: smenso computes it`,
			'Remove it from Custom Fields; formula fields cannot be set.',
			ctx.getItemIndex(),
		);
	}
	if (kind === 'asIs') return value;
	const text = typeof value === 'string' ? value.trim() : value;
	// An empty value clears the field (sent as null, not as an empty text of the wrong type).
	if (text === '' || text === null || text === undefined) return null;
	switch (kind) {
		case 'number': {
			if (typeof text === 'number' && Number.isFinite(text)) return text;
			if (typeof text === 'string' && /^[-+]?\d+([.,]\d+)?$/.test(text))
				return Number(text.replace(',', '.'));
			throw fail('a number', 'a number such as 5 or 2.5');
		}
		case 'boolean': {
			if (typeof text === 'boolean') return text;
			const word = String(text).toLowerCase();
			if (TRUE.includes(word)) return true;
			if (FALSE.includes(word)) return false;
			throw fail('yes or no', 'true or false');
		}
		case 'date': {
			const parsed = parseDate(text, ctx.getTimezone());
			if (!parsed) throw fail('a date', 'a date such as 2026-03-02 or 02.03.2026');
			return parsed.toFormat('yyyy-MM-dd');
		}
		case 'multi': {
			const list = Array.isArray(text) ? text : String(text).split(/[,;]/);
			return list.map((entry) => String(entry).trim()).filter(Boolean);
		}
	}
}

/**
 * The Custom Fields of a write as smenso's `flavor` list (`[{target, value}]`, smenso.md §5.10),
 * each value converted by its flavor's type: numbers as numbers, yes/no as booleans, dates as
 * yyyy-MM-dd, multi-selects as arrays, text and single-selects as entered.
 */
export async function flavorValues(ctx: IExecuteSingleFunctions): Promise<IDataObject[]> {
	const entries = (ctx.getNodeParameter('customFields.flavor', []) as IDataObject[]).filter(
		(entry) => entry.target,
	);
	if (!entries.length) return [];
	const flavors = await executionList(ctx, FLAVORS_URL);
	return entries.map((entry) => {
		const target = String(entry.target).trim();
		const wanted = target.toLowerCase();
		const flavor = flavors.find((f) =>
			[f.id, f.title, f.name].some(
				(key) => key !== undefined && String(key).toLowerCase() === wanted,
			),
		);
		const name = String(flavor?.title ?? flavor?.name ?? target);
		return {
			target,
			value: convert(ctx, kindOf(flavor?.type), entry.value, name) as IDataObject[string],
		};
	});
}
