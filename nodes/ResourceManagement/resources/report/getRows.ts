import type { OperationDef } from '../../../shared/descriptions';
import { reportFields } from './fields';
import { reportRows } from './output';
import { buildReportBody } from './requestBody';

export const getReportRows: OperationDef = {
	option: {
		name: 'Get Rows',
		value: 'getRows',
		action: 'Get report rows',
		description:
			'Run a report and return one item per row (group-by keys plus the figures of the view)',
		routing: {
			request: { method: 'POST', url: '/reports/rows' },
			send: { preSend: [buildReportBody] },
			output: { postReceive: [reportRows] },
		},
	},
	fields: reportFields,
};
