import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import { extraFieldsField } from '../../shared/writeFields';
import {
	commentIdField,
	commentOnField,
	commentBulkOptionsField,
	internalField,
	TARGET_SEGMENT,
} from './fields';

export const updateComment: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a comment',
		description: 'Change the text of a comment, or whether it is internal',
		routing: {
			request: { method: 'PUT', url: `=/api/integration/comment/${TARGET_SEGMENT}/json` },
			send: {
				preSend: [
					smensoWrite({
						entity: 'comment',
						noTimezone: true,
						ids: [{ name: 'commentId', label: 'Comment ID', kind: 'guid' }],
					}),
				],
			},
		},
	},
	fields: [
		{
			...commentOnField,
			description:
				'Whether the comment belongs to a task or to a status report (smenso has one update path for each)',
		},
		{
			...commentIdField,
			description: 'GUID of the comment to change',
			routing: { send: { type: 'body', property: 'id' } },
		},
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			description: 'The new comment text',
			routing: { send: { type: 'body', property: 'text' } },
		},
		updateFieldsCollection([extraFieldsField('comment'), internalField]),
		commentBulkOptionsField,
	],
};
