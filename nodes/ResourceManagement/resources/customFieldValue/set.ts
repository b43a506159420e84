import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { checkId } from '../../../shared/hooks';
import { ownerUrl, requireOwner } from '../tag/owner';
import { customFieldIdField, valueFields, valueOwnerFields } from './fields';

async function requireField(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	checkId(this, 'customFieldId', 'Custom Field', 'integer');
	return options;
}

export const setCustomFieldValue: OperationDef = {
	option: {
		name: 'Set',
		value: 'set',
		action: 'Set a custom field value',
		description: 'Give a project or user a value for a custom field; an existing value of that field is replaced',
		routing: {
			request: { method: 'POST', url: ownerUrl('/custom_field_values') },
			send: { preSend: [requireOwner, requireField] },
		},
	},
	fields: [...valueOwnerFields('to set the value on'), customFieldIdField, ...valueFields],
};
