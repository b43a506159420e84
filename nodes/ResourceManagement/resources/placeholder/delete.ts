import type { OperationDef } from '../../../shared/descriptions';
import { deletedResult, requireIds } from '../../../shared/hooks';
import { placeholderLocator } from '../../shared/locators';
import { placeholderId, placeholderUrl } from './fields';

export const deletePlaceholder: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a placeholder',
		description: 'Delete a placeholder resource',
		routing: {
			request: { method: 'DELETE', url: placeholderUrl },
			send: { preSend: [requireIds([placeholderId])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [placeholderLocator('The placeholder to delete')],
};
