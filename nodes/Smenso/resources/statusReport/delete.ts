import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/hooks';
import { writeOptionsField } from '../../shared/envelope';
import { deletedOrTicket, statusReportIdField } from './fields';

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
			output: { postReceive: [deletedOrTicket] },
		},
	},
	fields: [{ ...statusReportIdField, description: 'GUID of the status report to delete' }, writeOptionsField],
};
