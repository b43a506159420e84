import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
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
		updateFieldsCollection([...placeholderFields, titleField]),
	],
};
