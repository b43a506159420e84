import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { waitOptionsField } from '../../shared/writeFields';
import { ABSENCE_TYPE_ID, absenceTypeIdField } from './fields';

export const deleteAbsenceType: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an absence type',
		description:
			'Delete an absence type from the workspace settings permanently; needs an administrator token',
		routing: {
			request: {
				method: 'DELETE',
				url: `=/api/integration/settings/absencetype/json/${urlId('absenceTypeId')}`,
			},
			send: { preSend: [requireIds([ABSENCE_TYPE_ID])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [absenceTypeIdField('The absence type to delete'), waitOptionsField],
};
