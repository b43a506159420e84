import type { OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import {
	commentOnField,
	commentBulkOptionsField,
	internalField,
	TARGET_SEGMENT,
	targetIds,
	targetFields,
} from './fields';

export const createComment: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a comment',
		description: 'Add a comment to a task or a status report',
		routing: {
			request: { method: 'POST', url: `=/api/integration/comment/${TARGET_SEGMENT}/json` },
			send: { preSend: [smensoWrite({ entity: 'comment', ids: targetIds, noTimezone: true })] },
		},
	},
	fields: [
		commentOnField,
		...targetFields(true),
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			description: 'The comment text',
			routing: { send: { type: 'body', property: 'text' } },
		},
		internalField,
		commentBulkOptionsField,
	],
};
