import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/hooks';
import { placeholderLocator } from '../../shared/locators';
import { placeholderFields, placeholderId, placeholderUrl, titleField } from './fields';

export const updatePlaceholder: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a placeholder',
		description: 'Change the fields you add',
		routing: {
			request: { method: 'PUT', url: placeholderUrl },
			send: { preSend: [requireIds([placeholderId])] },
		},
	},
	fields: [
		placeholderLocator('The placeholder to change'),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([...placeholderFields, titleField]),
		},
	],
};
