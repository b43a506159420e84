import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { urlId, type OperationDef } from '../../../shared/descriptions';
import { writeOptionsField } from '../../shared/writeFields';
import { statusReportIdField } from './fields';

export const deleteStatusReport: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a status report',
		description:
			'Delete a status report, draft or published (smenso deletes in the background; the node waits)',
		routing: {
			request: {
				method: 'DELETE',
				url: `=/api/integration/statusreport/json/${urlId('statusReportId')}`,
			},
			send: {
				preSend: [
					requireIds([{ name: 'statusReportId', label: 'Status Report ID', kind: 'guid' }]),
				],
			},
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		{ ...statusReportIdField, description: 'GUID of the status report to delete' },
		writeOptionsField,
	],
};
