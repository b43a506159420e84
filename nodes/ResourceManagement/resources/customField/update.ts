import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { requireChanges, requireIds } from '../../../shared/hooks';
import { FIELD_ID, customFieldLocator, customFieldUrl, sendUpdateFields, updateFields } from './fields';

export const updateCustomField: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a custom field',
		description: 'Change the name, description, options, default value or visibility of a custom field',
		routing: {
			request: { method: 'PUT', url: customFieldUrl },
			send: { preSend: [requireIds([FIELD_ID]), sendUpdateFields, requireChanges] },
		},
	},
	fields: [
		customFieldLocator('The custom field to change'),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName(updateFields),
		},
	],
};
