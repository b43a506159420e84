import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import {
	attachedToField,
	includeTaskFilesField,
	LIST_URL,
	parentFields,
	requireParent,
} from './fields';

export const getAllAttachments: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many attachments',
		description: 'List the files attached to a project, a task or a status report',
		routing: {
			request: { method: 'GET', url: LIST_URL },
			send: { preSend: [requireParent] },
		},
	},
	fields: [attachedToField, ...parentFields, includeTaskFilesField, returnAllField, limitField],
};
