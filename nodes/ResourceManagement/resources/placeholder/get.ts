import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { placeholderLocator } from '../../shared/locators';
import { placeholderEmbedField, placeholderId, placeholderUrl } from './fields';

export const getPlaceholder: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a placeholder',
		description: 'Retrieve one placeholder resource by ID',
		routing: {
			request: { method: 'GET', url: placeholderUrl },
			send: { preSend: [requireIds([placeholderId])] },
		},
	},
	fields: [placeholderLocator('The placeholder to retrieve'), placeholderEmbedField],
};
