import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { waitOptionsField } from '../../shared/writeFields';
import { WORKING_TIME_ID, WORKING_TIME_URL, workingTimeIdField } from './fields';

export const deleteWorkingTime: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a working time',
		description:
			'Delete a working-time period of a member permanently; needs an administrator token',
		routing: {
			request: { method: 'DELETE', url: `=${WORKING_TIME_URL}/${urlId('workingTimeId')}` },
			send: { preSend: [requireIds([WORKING_TIME_ID])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		{
			...workingTimeIdField,
			description:
				'GUID of the working-time period to delete: the ID from Working Time → Get Many or from the Create output',
		},
		waitOptionsField,
	],
};
