import type { OperationDef } from '../../../shared/descriptions';
import {
	exportRouting,
	filterExpressionOption,
	modeField,
	outputFormatField,
	reportListFields,
	reportOptionsField,
} from './fields';

export const exportAbsences: OperationDef = {
	option: {
		name: 'Export Absences',
		value: 'exportAbsences',
		action: 'Export absences',
		description: 'Export absences through the Reporting API',
		routing: exportRouting('=/api/reports/absences/{{ encodeURIComponent($parameter.mode) }}'),
	},
	fields: [
		modeField,
		outputFormatField('smenso-absences.csv'),
		...reportListFields,
		reportOptionsField([filterExpressionOption]),
	],
};
