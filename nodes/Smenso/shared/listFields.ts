import type { INodeProperties } from 'n8n-workflow';
import { byDisplayName } from '../../shared/descriptions';

/** List option: the time zone smenso uses for dates in the answer (`timezone` query, smenso.md §5.2 [NODE-B]). */
export const listTimezoneField: INodeProperties = {
	displayName: 'Time Zone Name or ID',
	name: 'timezone',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTimezones' },
	default: '',
	description:
		'Time zone smenso uses for the dates in the answer (sent as the timezone query parameter); empty uses the workspace zone. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	routing: { send: { type: 'query', property: 'timezone' } },
};

/** List option: a saved list view whose settings smenso applies (`viewId` query, smenso.md §5.2–5.3 [NODE-B]). */
export const listViewIdField: INodeProperties = {
	displayName: 'View ID',
	name: 'viewId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
	description:
		'GUID of a saved smenso list view (from its API link); smenso then answers as that view is set up',
	routing: { send: { type: 'query', property: 'viewId' } },
};

/** List option: culture code for texts in the answer (`lang` query, smenso.md §5.2 [NODE-B]). */
export const listLanguageField: INodeProperties = {
	displayName: 'Language',
	name: 'lang',
	type: 'string',
	default: 'en-US',
	placeholder: 'e.g. de-DE',
	description: 'Culture code for texts in the response',
	routing: { send: { type: 'query', property: 'lang' } },
};

/**
 * The query options smenso's own node offers on its reads (language and time zone), plus `extra`,
 * in a sorted collection named `name` (lists call it Filters, single reads Options).
 */
export function readOptionsField(
	extra: INodeProperties[] = [],
	name = 'options',
	displayName = 'Options',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: `Add ${displayName === 'Filters' ? 'Filter' : 'Option'}`,
		default: {},
		options: byDisplayName([listLanguageField, listTimezoneField, ...extra]),
	};
}
