import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { readOptionsField } from '../../shared/listFields';
import { commentIdField } from './fields';

export const getComment: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a comment',
		description: 'Retrieve one comment by ID',
		routing: {
			request: {
				method: 'GET',
				url: `=/api/integration/comment/json/${urlId('commentId')}`,
			},
			send: { preSend: [requireIds([{ name: 'commentId', label: 'Comment ID', kind: 'guid' }])] },
		},
	},
	fields: [
		{ ...commentIdField, description: 'GUID of the comment to retrieve' },
		readOptionsField(),
	],
};
