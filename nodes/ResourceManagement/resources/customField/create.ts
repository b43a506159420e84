import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { namespaceField } from '../../shared/customFieldDefinitions';
import {
	createOptionalFields,
	dataTypeField,
	fieldOptionsField,
	nameField,
	OWNER_DESCRIPTION,
	sendCreateFields,
} from './fields';

export const createCustomField: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a custom field',
		description:
			'Add a custom field to all projects or to all users; its owner type and data type are fixed afterwards',
		routing: {
			request: { method: 'POST', url: '/custom_fields' },
			send: { preSend: [sendCreateFields] },
		},
	},
	fields: [
		{ ...namespaceField(OWNER_DESCRIPTION, 'body'), required: true },
		{ ...nameField, required: true },
		dataTypeField,
		{
			...fieldOptionsField,
			required: true,
			displayOptions: { show: { data_type: ['selection_list', 'multiple_choice_selection_list'] } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName(createOptionalFields),
		},
	],
};
