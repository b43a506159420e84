import type { OperationDef } from '../../../shared/descriptions';
import { deletedResult, requireIds } from '../../../shared/hooks';
import { writeOptionsField } from '../../shared/envelope';
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
				url: '=/api/integration/absence/json/{{ encodeURIComponent(String($parameter.absenceId).trim()) }}',
			},
			send: { preSend: [requireIds([{ name: 'absenceId', label: 'Absence ID', kind: 'guid' }])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [{ ...absenceIdField, description: 'GUID of the absence to delete' }, writeOptionsField],
};
