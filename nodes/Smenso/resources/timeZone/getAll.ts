import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';

/** smenso answers a bare array of names; each becomes `{ id }`, the value writes take as timezoneId. */
async function zoneItems(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const zone = item.json as unknown;
		if (typeof zone === 'string') return { ...item, json: { id: zone } };
		const record = (zone ?? {}) as IDataObject;
		return { ...item, json: { ...record, id: record.id ?? record.name } };
	});
}

export const getAllTimeZones: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many time zones',
		description:
			"List the time-zone IDs smenso accepts as a write's time zone, such as GMT Standard Time or UTC",
		routing: {
			request: { method: 'GET', url: '/api/integration/timezones/json' },
			output: { postReceive: [zoneItems] },
		},
	},
	fields: [returnAllField, limitField],
};
