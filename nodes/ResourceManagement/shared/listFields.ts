import type { INodeProperties, INodePropertyOptions, PreSendAction } from 'n8n-workflow';
import { sendDates } from '../../shared/dates';

/* Fields and preSend steps that several Get Many operations share. */

/** The Sort collection: `sort_field` (one of `sortBy`) and `sort_order`, sent as query parameters. */
export function sortField(sortBy: INodePropertyOptions[]): INodeProperties {
	return {
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort Option',
		default: {},
		options: [
			{
				displayName: 'Sort By',
				name: 'sort_field',
				description: 'Which date or name the list is ordered by',
				type: 'options',
				default: 'created',
				options: sortBy,
				routing: { send: { type: 'query', property: 'sort_field' } },
			},
			{
				displayName: 'Order',
				name: 'sort_order',
				description: 'Ascending (oldest or A first) or descending',
				type: 'options',
				default: 'ascending',
				options: [
					{ name: 'Ascending', value: 'ascending' },
					{ name: 'Descending', value: 'descending' },
				],
				routing: { send: { type: 'query', property: 'sort_order' } },
			},
		],
	};
}

/** Sort By choices most lists offer. */
export const CREATED_OR_UPDATED: INodePropertyOptions[] = [
	{ name: 'Created', value: 'created' },
	{ name: 'Updated', value: 'updated' },
];

/** The date window of a list: `filters.from` / `filters.to` as the `from` / `to` query dates, in order. */
export function dateWindow(fromLabel: string, toLabel: string) {
	return {
		from: { param: 'filters.from', label: fromLabel },
		to: { param: 'filters.to', label: toLabel },
	};
}

/** preSend: sends the list's date window (see dateWindow) and checks that To is not before From. */
export function sendDateWindow(fromLabel: string, toLabel: string): PreSendAction {
	const { from, to } = dateWindow(fromLabel, toLabel);
	return sendDates({ query: [from, to], order: ['from', 'to'] });
}
