import { idExpression, type OperationDef } from '../../../shared/descriptions';
import { deletedResult, requireIds } from '../../../shared/hooks';
import { waitOptionsField } from '../../shared/envelope';
import { ABSENCE_TYPE_ID, absenceTypeIdField } from './fields';

export const deleteAbsenceType: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an absence type',
		description: 'Delete an absence type from the workspace settings permanently; needs an administrator token',
		routing: {
			request: { method: 'DELETE', url: `=/api/integration/settings/absencetype/json/{{ ${idExpression('absenceTypeId')} }}` },
			send: { preSend: [requireIds([ABSENCE_TYPE_ID])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [absenceTypeIdField('The absence type to delete'), waitOptionsField],
};
