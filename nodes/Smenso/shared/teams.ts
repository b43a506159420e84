import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/**
 * Column names of the Reporting API's teams export (`GET /api/reports/teams`). smenso documents
 * neither the columns nor their spelling (and they follow the `lang` parameter), so they are
 * recognised loosely: an ID column and a name column.
 */
const ID_COLUMN = /^(id|team[ _-]?id)$/i;
const NAME_COLUMN = /^(name|team|title|team[ _-]?name)$/i;

function column(row: IDataObject, pattern: RegExp): string {
	const key = Object.keys(row).find((name) => pattern.test(name.trim()));
	const value = key === undefined ? undefined : row[key];
	return value === undefined || value === null ? '' : String(value).trim();
}

/**
 * The teams of a teams-export answer as options: named by the name column, valued by the ID
 * column (or the name where a row has no ID, since smenso takes team names as well), sorted.
 */
export function teamOptions(body: unknown): INodePropertyOptions[] {
	const rows = Array.isArray(body)
		? body.filter((row): row is IDataObject => !!row && typeof row === 'object')
		: [];
	const seen = new Set<string>();
	const options: INodePropertyOptions[] = [];
	for (const row of rows) {
		const id = column(row, ID_COLUMN);
		const name = column(row, NAME_COLUMN);
		const value = id || name;
		if (!value || seen.has(value)) continue;
		seen.add(value);
		options.push({ name: name || id, value });
	}
	return options.sort((a, b) => a.name.localeCompare(b.name));
}
