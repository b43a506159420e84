import type { OperationDef } from '../../../shared/descriptions';
import { exportRouting, outputFormatField, reportListFields, reportOptionsField } from './fields';

export const exportFlavors: OperationDef = {
	option: {
		name: 'Export Custom Fields',
		value: 'exportFlavors',
		action: 'Export custom fields',
		description:
			"Export the workspace's custom field (flavor) definitions through the Reporting API",
		routing: exportRouting('/api/reports/flavors'),
	},
	fields: [
		outputFormatField('smenso-custom-fields.csv'),
		...reportListFields,
		// Only `lang` and `format` are known for this export (smenso.md §7.2; smenso's node sends no more).
		reportOptionsField([], { columnHeaders: false }),
	],
};
