import type { OperationDef } from '../../../shared/descriptions';
import { deletedResult, requireIds } from '../../../shared/hooks';
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
				url: '=/api/integration/comment/json/{{ encodeURIComponent(String($parameter.commentId).trim()) }}',
			},
			send: { preSend: [requireIds([{ name: 'commentId', label: 'Comment ID', kind: 'guid' }])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [{ ...commentIdField, description: 'GUID of the comment to delete' }, commentWriteOptionsField],
};
