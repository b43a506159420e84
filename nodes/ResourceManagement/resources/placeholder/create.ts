import type { OperationDef } from '../../../shared/descriptions';
import { placeholderFields, titleField } from './fields';

export const createPlaceholder: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a placeholder',
		description: 'Add a placeholder resource to schedule work before a person is known',
		routing: { request: { method: 'POST', url: '/placeholder_resources' } },
	},
	fields: [
		{ ...titleField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: placeholderFields,
		},
	],
};
