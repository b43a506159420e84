/**
 * Flavor (custom field) values on writes: `flavor: [{ target, value }]` (smenso.md §5.10).
 * This sandbox types them, the stricter of the readings the references allow (§10.7): a number
 * flavor takes a JSON number, yes/no a boolean, a date `yyyy-MM-dd`, `dd.MM.yyyy` or epoch
 * milliseconds (DOC), a single-select one of its options, a multi-select an array of them,
 * text a string; `null` clears a value; formula flavors cannot be set.
 */
import { readDate, type Rec, type SmensoState } from './state';

/** A flavor by GUID or title. */
function findFlavor(state: SmensoState, ref: unknown): Rec | undefined {
	const text = String(ref ?? '')
		.trim()
		.toLowerCase();
	return state.flavors.find(
		(f) => String(f.id).toLowerCase() === text || String(f.title).toLowerCase() === text,
	);
}

function valueProblem(flavor: Rec, value: unknown): string | undefined {
	const type = String(flavor.type);
	const options = (flavor.values as string[] | undefined) ?? [];
	const name = `flavor '${String(flavor.title)}'`;
	if (value === null) return undefined;
	switch (type) {
		case 'Number':
			return typeof value === 'number' && Number.isFinite(value)
				? undefined
				: `${name} takes a number, not ${JSON.stringify(value)}.`;
		case 'Boolean':
			return typeof value === 'boolean'
				? undefined
				: `${name} takes true or false, not ${JSON.stringify(value)}.`;
		case 'Date':
			return typeof value === 'number' || readDate(value)
				? undefined
				: `${name} takes a date (yyyy-MM-dd, dd.MM.yyyy or epoch milliseconds), not ${JSON.stringify(value)}.`;
		case 'SingleSelect':
			return options.includes(value as string)
				? undefined
				: `'${String(value)}' is not an option of ${name}.`;
		case 'MultiSelect':
			if (!Array.isArray(value))
				return `${name} takes a list of options, not ${JSON.stringify(value)}.`;
			return value.every((entry) => options.includes(entry as string))
				? undefined
				: `${JSON.stringify(value)} are not all options of ${name}.`;
		default:
			return typeof value === 'string'
				? undefined
				: `${name} takes text, not ${JSON.stringify(value)}.`;
	}
}

/** Checks the flavor values of one item; returns them keyed by flavor GUID, or the first problem. */
export function readFlavors(state: SmensoState, list: unknown): { values?: Rec[]; error?: string } {
	if (list === undefined) return { values: [] };
	if (!Array.isArray(list)) return { error: 'flavor must be an array of { target, value }.' };
	const values: Rec[] = [];
	for (const entry of list as Rec[]) {
		const keys = Object.keys(entry ?? {});
		if (keys.some((key) => key !== 'target' && key !== 'value'))
			return { error: `Unknown flavor field in ${JSON.stringify(entry)}.` };
		const flavor = findFlavor(state, entry.target);
		if (!flavor) return { error: `Flavor '${String(entry.target)}' does not exist.` };
		if (flavor.type === 'Formula')
			return { error: `Flavor '${String(flavor.title)}' is a formula and cannot be set.` };
		const problem = valueProblem(flavor, entry.value);
		if (problem) return { error: problem };
		values.push({ target: flavor.id, value: entry.value });
	}
	return { values };
}

/** Stores checked values on a record: each replaces the value of its flavor. */
export function applyFlavors(target: Rec, values: Rec[] | undefined): void {
	if (!values?.length) return;
	const kept = ((target.flavors as Rec[]) ?? []).filter(
		(f) => !values.some((v) => v.target === f.target),
	);
	target.flavors = [...kept, ...values];
}
