import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { writeOptionsField } from '../../shared/writeFields';
import { absenceIdField } from './fields';

export const deleteAbsence: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete an absence',
		description: 'Delete an absence permanently',
		routing: {
			request: {
				method: 'DELETE',
				url: `=/api/integration/absence/json/${urlId('absenceId')}`,
			},
			send: { preSend: [requireIds([{ name: 'absenceId', label: 'Absence ID', kind: 'guid' }])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [{ ...absenceIdField, description: 'GUID of the absence to delete' }, writeOptionsField],
};
