import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { ownerUrl, requireOwner } from '../../shared/owner';
import { customFieldIdField, valueFields, valueOwnerFields } from './fields';

export const setCustomFieldValue: OperationDef = {
	option: {
		name: 'Set',
		value: 'set',
		action: 'Set a custom field value',
		description:
			'Give a project or user a value for a custom field; an existing value of that field is replaced',
		routing: {
			request: { method: 'POST', url: ownerUrl('/custom_field_values') },
			send: {
				preSend: [
					requireOwner,
					requireIds([{ name: 'customFieldId', label: 'Custom Field', kind: 'integer' }]),
				],
			},
		},
	},
	fields: [...valueOwnerFields('to set the value on'), customFieldIdField, ...valueFields],
};
