import {
	limitField,
	returnAllField,
	urlIdOf,
	type OperationDef,
} from '../../../shared/descriptions';
import { readOptionsField } from '../../shared/listFields';
import { commentOnField, requireTarget, TARGET_SEGMENT, targetFields } from './fields';

const TARGET_ID = urlIdOf(
	'$parameter.commentOn === "statusReport" ? $parameter.statusReportId : $parameter.taskId',
);

export const getAllComments: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many comments',
		description: 'List the comments of a task or of a status report',
		routing: {
			request: {
				method: 'GET',
				url: `=/api/integration/comment/${TARGET_SEGMENT}/json/${TARGET_ID}`,
			},
			send: { preSend: [requireTarget] },
		},
	},
	fields: [commentOnField, ...targetFields(false), returnAllField, limitField, readOptionsField()],
};
