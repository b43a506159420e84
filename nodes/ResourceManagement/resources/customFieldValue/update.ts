import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { ownerUrl, requireOwner } from '../../shared/owner';
import { valueFields, valueOwnerFields } from './fields';

export const updateCustomFieldValue: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a custom field value',
		description: 'Change an existing value record of a project or user',
		routing: {
			request: {
				method: 'PUT',
				url: ownerUrl(`/custom_field_values/${urlId('valueId')}`),
			},
			send: {
				preSend: [
					requireOwner,
					requireIds([{ name: 'valueId', label: 'Value ID', kind: 'integer' }]),
				],
			},
		},
	},
	fields: [
		...valueOwnerFields('the value belongs to'),
		{
			displayName: 'Value ID',
			name: 'valueId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 991',
			description:
				'ID of the value record (as Get Many returns it), not the ID of the custom field',
		},
		...valueFields,
	],
};
