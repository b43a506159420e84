import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import {
	billRateIdField,
	billRateRouting,
	billRateUrl,
	checkRateOwner,
	rateOwnerFields,
	scopeField,
} from './fields';

export const getBillRate: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a bill rate',
		description: 'Retrieve one bill rate of a project or phase by ID',
		routing: billRateRouting({
			request: { method: 'GET', url: billRateUrl },
			send: {
				preSend: [
					checkRateOwner('scope'),
					requireIds([{ name: 'billRateId', label: 'Bill Rate ID', kind: 'integer' }]),
				],
			},
		}),
	},
	fields: [
		scopeField('read', false),
		...rateOwnerFields('scope', 'the rate belongs to'),
		billRateIdField,
	],
};
