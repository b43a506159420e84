import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { commentIdField, commentWriteOptionsField } from './fields';

export const deleteComment: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a comment',
		description: 'Delete a comment permanently',
		routing: {
			request: {
				method: 'DELETE',
				url: `=/api/integration/comment/json/${urlId('commentId')}`,
			},
			send: { preSend: [requireIds([{ name: 'commentId', label: 'Comment ID', kind: 'guid' }])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		{ ...commentIdField, description: 'GUID of the comment to delete' },
		commentWriteOptionsField,
	],
};
