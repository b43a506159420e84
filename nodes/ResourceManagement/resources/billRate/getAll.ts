import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import {
	billRateRouting,
	billRatesUrl,
	checkRateOwner,
	rateOwnerFields,
	scopeField,
} from './fields';

export const getAllBillRates: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many bill rates',
		description: "List the bill rates of a project or phase (or the account's default rates)",
		routing: billRateRouting({
			request: { method: 'GET', url: billRatesUrl },
			send: { preSend: [checkRateOwner('scope')] },
		}),
	},
	fields: [
		scopeField('list', true),
		...rateOwnerFields('scope', 'whose rates to list'),
		returnAllField,
		limitField,
	],
};
