import { deletedResult, requireIds } from '../../../shared/hooks';
import type { OperationDef } from '../../../shared/descriptions';
import { writeOptionsField } from '../../shared/envelope';
import { statusReportIdField } from './fields';

export const deleteStatusReport: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a status report',
		description: 'Delete a status report, draft or published (smenso deletes in the background; the node waits)',
		routing: {
			request: {
				method: 'DELETE',
				url: '=/api/integration/statusreport/json/{{ encodeURIComponent(String($parameter.statusReportId).trim()) }}',
			},
			send: { preSend: [requireIds([{ name: 'statusReportId', label: 'Status Report ID', kind: 'guid' }])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [{ ...statusReportIdField, description: 'GUID of the status report to delete' }, writeOptionsField],
};
