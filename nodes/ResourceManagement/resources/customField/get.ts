import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { FIELD_ID, customFieldLocator, customFieldUrl } from './fields';

export const getCustomField: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a custom field',
		description: 'Retrieve one custom field definition by ID',
		routing: {
			request: { method: 'GET', url: customFieldUrl },
			send: { preSend: [requireIds([FIELD_ID])] },
		},
	},
	fields: [customFieldLocator('The custom field to retrieve')],
};
