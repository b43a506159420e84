import type { OperationDef } from '../../../shared/descriptions';
import {
	exportRouting,
	filterExpressionOption,
	modeField,
	outputFormatField,
	reportListFields,
	reportOptionsField,
	viewField,
} from './fields';

export const exportTimes: OperationDef = {
	option: {
		name: 'Export Time Records',
		value: 'exportTimes',
		action: 'Export time records',
		description: 'Export time records across projects through the Reporting API',
		routing: exportRouting('=/api/reports/times/{{ encodeURIComponent($parameter.mode) }}'),
	},
	fields: [
		modeField,
		viewField,
		outputFormatField('smenso-times.csv'),
		...reportListFields,
		reportOptionsField([filterExpressionOption]),
	],
};
