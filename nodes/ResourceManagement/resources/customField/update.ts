import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { requireChanges } from '../../../shared/inputChecks';
import {
	FIELD_ID,
	customFieldLocator,
	customFieldUrl,
	sendUpdateFields,
	updateFields,
} from './fields';

export const updateCustomField: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a custom field',
		description:
			'Change the name, description, options, default value or visibility of a custom field',
		routing: {
			request: { method: 'PUT', url: customFieldUrl },
			send: { preSend: [requireIds([FIELD_ID]), sendUpdateFields, requireChanges] },
		},
	},
	fields: [customFieldLocator('The custom field to change'), updateFieldsCollection(updateFields)],
};
