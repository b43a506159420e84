import type { OperationDef } from '../../../shared/descriptions';
import { reportFields } from './fields';
import { reportTotals } from './output';
import { buildReportBody } from './requestBody';

export const getReportTotals: OperationDef = {
	option: {
		name: 'Get Totals',
		value: 'getTotals',
		action: 'Get report totals',
		description: 'Run a report and return its totals as one item',
		routing: {
			request: { method: 'POST', url: '/reports/totals' },
			send: { preSend: [buildReportBody] },
			output: { postReceive: [reportTotals] },
		},
	},
	fields: reportFields,
};
