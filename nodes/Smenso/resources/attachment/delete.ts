import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { attachmentIdField, deleteOptionsField } from './fields';

export const deleteAttachment: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an attachment',
		description: 'Delete a file from the project, task or status report it is attached to',
		routing: {
			request: {
				method: 'DELETE',
				url: `=/api/integration/attachment/json/${urlId('attachmentId')}`,
			},
			send: {
				preSend: [requireIds([{ name: 'attachmentId', label: 'Attachment ID', kind: 'guid' }])],
			},
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		{
			...attachmentIdField,
			description:
				'GUID of the attachment to delete: use the ID from an Attachment → Get Many result',
		},
		deleteOptionsField,
	],
};
