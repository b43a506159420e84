import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { ownerUrl, requireOwner } from '../../shared/owner';
import { valueOwnerFields } from './fields';

export const getAllCustomFieldValues: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many custom field values',
		description: 'List the custom field values of a project or user',
		routing: {
			request: { method: 'GET', url: ownerUrl('/custom_field_values') },
			send: { preSend: [requireOwner] },
		},
	},
	fields: [...valueOwnerFields('whose values to list'), returnAllField, limitField],
};
