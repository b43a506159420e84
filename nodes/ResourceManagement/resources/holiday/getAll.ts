import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';
import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { assertDateOrder, dateParameter } from '../../../shared/dates';
import { RM_MAX_PAGE_SIZE } from '../../shared/transport';

/**
 * The API lists holidays without any date filter, so the window is applied here after reading.
 * The runner counts Limit after this filter, and with a window the request asks for full pages.
 */
async function holidayWindow(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const from = dateParameter(this, 'filters.from', 'From');
	const to = dateParameter(this, 'filters.to', 'To');
	if (!from && !to) return items;
	const inside = items.filter((item) => {
		const date = String((item.json as IDataObject).date ?? '').slice(0, 10);
		return (!from || date >= from) && (!to || date <= to);
	});
	return inside;
}

/** preSend: fails on a bad window before the list is read; with a window, reads full pages. */
async function checkWindow(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const from = dateParameter(this, 'filters.from', 'From');
	const to = dateParameter(this, 'filters.to', 'To');
	assertDateOrder(this, from, to, 'From', 'To');
	if (from || to) options.qs = { ...options.qs, per_page: RM_MAX_PAGE_SIZE };
	return options;
}

export const getAllHolidays: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many holidays',
		description: 'List the non-working days of the organization (ID, date and name of each)',
		routing: {
			request: { method: 'GET', url: '/holidays' },
			send: { preSend: [checkWindow] },
			output: { postReceive: [holidayWindow] },
		},
	},
	fields: [
		returnAllField,
		limitField,
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			description:
				'Date window applied in n8n after reading the whole list (the API has no date filter for holidays)',
			options: [
				{
					displayName: 'From',
					name: 'from',
					type: 'dateTime',
					default: '',
					description:
						'Only holidays on or after this day (checked in n8n, in the workflow time zone)',
				},
				{
					displayName: 'To',
					name: 'to',
					type: 'dateTime',
					default: '',
					description:
						'Only holidays on or before this day (checked in n8n, in the workflow time zone)',
				},
			],
		},
	],
};
