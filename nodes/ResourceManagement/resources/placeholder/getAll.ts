import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { placeholderEmbedField } from './fields';

export const getAllPlaceholders: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many placeholders',
		description: 'List the placeholder resources of the account',
		routing: { request: { method: 'GET', url: '/placeholder_resources' } },
	},
	fields: [returnAllField, limitField, placeholderEmbedField],
};
