import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { checkId } from '../../../shared/hooks';
import { ownerUrl, requireOwner } from '../tag/owner';
import { valueFields, valueOwnerFields } from './fields';

async function requireValueId(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	checkId(this, 'valueId', 'Value ID', 'integer');
	return options;
}

export const updateCustomFieldValue: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a custom field value',
		description: 'Change an existing value record of a project or user',
		routing: {
			request: {
				method: 'PUT',
				url: ownerUrl('/custom_field_values/{{ encodeURIComponent(String($parameter.valueId).trim()) }}'),
			},
			send: { preSend: [requireOwner, requireValueId] },
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
