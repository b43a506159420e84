import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
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
