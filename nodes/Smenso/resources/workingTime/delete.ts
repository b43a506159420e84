import { idExpression, type OperationDef } from '../../../shared/descriptions';
import { deletedResult, requireIds } from '../../../shared/hooks';
import { waitOptionsField } from '../../shared/envelope';
import { WORKING_TIME_ID, WORKING_TIME_URL, workingTimeIdField } from './fields';

export const deleteWorkingTime: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a working time',
		description: 'Delete a working-time period of a member permanently; needs an administrator token',
		routing: {
			request: { method: 'DELETE', url: `=${WORKING_TIME_URL}/{{ ${idExpression('workingTimeId')} }}` },
			send: { preSend: [requireIds([WORKING_TIME_ID])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		{
			...workingTimeIdField,
			description: 'GUID of the working-time period to delete: the ID from Working Time → Get Many or from the Create output',
		},
		waitOptionsField,
	],
};
