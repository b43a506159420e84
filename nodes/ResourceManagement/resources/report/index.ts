import { resourceOperations } from '../../../shared/descriptions';
import { getReportRows } from './getRows';
import { getReportTotals } from './getTotals';

export const reportDescription = resourceOperations(
	'report',
	[getReportRows, getReportTotals],
	'getRows',
);
