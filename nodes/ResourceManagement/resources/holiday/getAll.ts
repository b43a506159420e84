import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { assertDateOrder, dateParameter } from '../../../shared/dates';

/**
 * The API lists holidays without any date filter, so the window is applied here after reading.
 * With a window set, Limit must count the holidays inside it: the runner then reads the whole
 * list (maxResults 0 = no cap) and `holidayWindow` trims to Limit.
 */
const windowedLimit: INodeProperties = {
	...limitField,
	routing: {
		output: { maxResults: '={{ $parameter.filters?.from || $parameter.filters?.to ? 0 : $value }}' },
	},
};

async function holidayWindow(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const from = dateParameter(this, 'filters.from', 'From');
	const to = dateParameter(this, 'filters.to', 'To');
	if (!from && !to) return items;
	const inside = items.filter((item) => {
		const date = String((item.json as IDataObject).date ?? '').slice(0, 10);
		return (!from || date >= from) && (!to || date <= to);
	});
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	return returnAll ? inside : inside.slice(0, this.getNodeParameter('limit', 50) as number);
}

/** preSend: fails on a bad window before the list is read. */
async function checkWindow(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const from = dateParameter(this, 'filters.from', 'From');
	const to = dateParameter(this, 'filters.to', 'To');
	assertDateOrder(this, from, to, 'From', 'To');
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
		windowedLimit,
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
					description: 'Only holidays on or after this day (checked in n8n, in the workflow time zone)',
				},
				{
					displayName: 'To',
					name: 'to',
					type: 'dateTime',
					default: '',
					description: 'Only holidays on or before this day (checked in n8n, in the workflow time zone)',
				},
			],
		},
	],
};
