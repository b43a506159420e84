import { IANAZone } from 'luxon';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyRouting,
} from 'n8n-workflow';
import { byDisplayName, limitField, returnAllField } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { binaryFile } from '../../../shared/results';

/**
 * smenso names the export columns (the keys of every JSON row) and formats dates in the
 * language of `lang`; without it the token user's language applies. Sending en-US unless the
 * user picks another keeps the keys stable, so later nodes can rely on `Title`, `Start date` …
 */
export const REPORT_LANGUAGE = 'en-US';

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The view GUID from the field: a bare GUID or the "API link" copied from smenso's share dialog. */
export function viewIdOf(ctx: IExecuteSingleFunctions): string | undefined {
	const raw = String(ctx.getNodeParameter('viewId', '') ?? '').trim();
	if (!raw) return undefined;
	const fromLink = /[?&]view=([^&#\s]+)/i.exec(raw)?.[1];
	let candidate = (fromLink ?? raw).trim();
	try {
		candidate = decodeURIComponent(candidate);
	} catch {
		// A malformed escape stays as typed; the GUID check below reports it.
	}
	if (candidate.length === 36 && GUID.test(candidate)) return candidate;
	throw inputError(
		ctx.getNode(),
		`'View ID' is not a view GUID: ${JSON.stringify(raw)}`,
		"Enter the GUID of a saved list view, or paste the view's API link from its share dialog in smenso (it contains view=<GUID>).",
		ctx.getItemIndex(),
	);
}

/**
 * preSend shared by every export: the optional view, and the time zone. smenso's docs name a
 * `timezone` query parameter for reports and a `Timezone` header for every request; the spec
 * cannot say which one the Reporting API reads, so a zone the user sets goes into both.
 */
export async function reportRequest(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const qs = { ...((options.qs as IDataObject) ?? {}) };
	const view = viewIdOf(this);
	if (view) qs.view = view;
	const zone = String(this.getNodeParameter('options.timezone', '') ?? '').trim();
	if (zone) {
		if (!IANAZone.isValidZone(zone)) {
			throw inputError(
				this.getNode(),
				`'Time Zone' is not a known time zone: ${JSON.stringify(zone)}`,
				'Use an IANA time zone name such as Europe/Berlin, America/New_York or UTC.',
				this.getItemIndex(),
			);
		}
		qs.timezone = zone;
		options.headers = { ...(options.headers ?? {}), Timezone: zone };
	}
	options.qs = qs;
	return options;
}

/** Routing of an export operation: GET with the pinned language; `url` may come from a field instead. */
export function exportRouting(url?: string): INodePropertyRouting {
	return {
		request: { method: 'GET', ...(url ? { url } : {}), qs: { lang: REPORT_LANGUAGE } },
		send: { preSend: [reportRequest] },
	};
}

/** JSON rows become items; CSV arrives as one file (bytes as smenso sent them, BOM included). */
export function outputFormatField(fileName: string): INodeProperties {
	return {
		displayName: 'Output Format',
		name: 'outputFormat',
		type: 'options',
		default: 'json',
		description: 'How the export comes back',
		options: [
			{
				name: 'CSV File',
				value: 'csv',
				description: `One item with the CSV export as a file (${fileName}) in the binary property "data"`,
				routing: {
					request: { encoding: 'arraybuffer', json: false, headers: { Accept: 'text/csv' } },
					send: { type: 'query', property: 'format', value: 'CSV' },
					output: { postReceive: [binaryFile(() => fileName, 'text/csv')] },
				},
			},
			{
				name: 'JSON Items',
				value: 'json',
				description: 'One item per row, keyed by the column names',
				routing: { send: { type: 'query', property: 'format', value: 'JSON' } },
			},
		],
	};
}

/** Return All / Limit apply to JSON rows (cut client-side: the Reporting API has no paging). */
export const reportListFields: INodeProperties[] = [
	{ ...returnAllField, displayOptions: { show: { outputFormat: ['json'] } } },
	{
		...limitField,
		displayOptions: { show: { ...limitField.displayOptions?.show, outputFormat: ['json'] } },
	},
];

export const viewField: INodeProperties = {
	displayName: 'View ID',
	name: 'viewId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
	description:
		"The saved list view whose columns the export contains: its GUID, or the whole API link from the view's share dialog in smenso. Leave empty to send no view.",
};

/** all / active / archived / templates, for `filter` (projects) or `globalProjectsFilter` (tasks). */
export function projectSelectionField(name: string, description: string): INodeProperties {
	return {
		displayName: 'Projects',
		name,
		type: 'options',
		default: 'all',
		description,
		options: [
			{ name: 'Active', value: 'active', description: 'Projects that are not archived' },
			{ name: 'All', value: 'all', description: 'Active and archived projects' },
			{ name: 'Archived', value: 'archived', description: 'Archived projects only' },
			{ name: 'Templates', value: 'templates', description: 'Project templates only' },
		],
		routing: { send: { type: 'query', property: name } },
	};
}

/**
 * The options every export shares, plus operation-specific ones; sorted by name. `columnHeaders`
 * false leaves out Column Headers for the exports no source shows taking `headers`.
 */
export function reportOptionsField(
	extra: INodeProperties[] = [],
	{ columnHeaders = true } = {},
): INodeProperties {
	const all: INodeProperties[] = [
		{
			displayName: 'Column Headers',
			name: 'headers',
			type: 'string',
			default: '',
			placeholder: 'e.g. Title,Status,Start date',
			description:
				"Sent as smenso's `headers` parameter: a comma-separated list of column names to export. smenso does not document it further.",
			routing: {
				send: {
					type: 'query',
					property: 'headers',
					value:
						'={{ $value.split(",").map(name => name.trim()).filter(name => name).join(",") || undefined }}',
				},
			},
		},
		{
			displayName: 'Language',
			name: 'lang',
			type: 'string',
			default: REPORT_LANGUAGE,
			placeholder: 'e.g. de-DE',
			description:
				'Culture code for column names and date formats. The default en-US keeps the column names (the keys of each item) the same whatever language the token user has.',
			routing: {
				send: {
					type: 'query',
					property: 'lang',
					value: `={{ $value.trim() || "${REPORT_LANGUAGE}" }}`,
				},
			},
		},
		{
			displayName: 'Time Zone',
			name: 'timezone',
			type: 'string',
			default: '',
			placeholder: 'e.g. Europe/Berlin',
			description:
				"IANA time zone for the date-times in the export (sent as query parameter and Timezone header). Empty uses the workspace's time zone.",
		},
		...extra,
	];
	const options = all.filter((option) => columnHeaders || option.name !== 'headers');
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: byDisplayName(options),
	};
}

/** `filter` of the time-record and absence exports. */
export const filterExpressionOption: INodeProperties = {
	displayName: 'Filter',
	name: 'filter',
	type: 'string',
	default: '',
	description:
		"Sent as smenso's `filter` parameter. smenso does not publish its syntax; copy it from a working API link of the export.",
	routing: {
		send: { type: 'query', property: 'filter', value: '={{ $value.trim() || undefined }}' },
	},
};

/** Whose records: `all` (everyone the token user may see) or `my` (the token user's). */
export const modeField: INodeProperties = {
	displayName: 'Records Of',
	name: 'mode',
	type: 'options',
	default: 'all',
	description: 'Whose records to export',
	options: [
		{ name: 'All Members', value: 'all', description: 'Every record the token user may see' },
		{
			name: 'Token User Only',
			value: 'my',
			description: 'Only the records of the user who created the API token',
		},
	],
};
