import type { OperationDef } from '../../../shared/descriptions';
import { buildReportBody, reportFields, reportRows } from './fields';

export const getReportRows: OperationDef = {
	option: {
		name: 'Get Rows',
		value: 'getRows',
		action: 'Get report rows',
		description: 'Run a report and return one item per row (group-by keys plus the figures of the view)',
		routing: {
			request: { method: 'POST', url: '/reports/rows' },
			send: { preSend: [buildReportBody] },
			output: { postReceive: [reportRows] },
		},
	},
	fields: reportFields,
};
