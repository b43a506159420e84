import type { OperationDef } from '../../../shared/descriptions';
import { exportRouting, outputFormatField, reportListFields, reportOptionsField } from './fields';

export const exportMemberSettings: OperationDef = {
	option: {
		name: 'Export Member Settings',
		value: 'exportMemberSettings',
		action: 'Export member settings',
		description: 'Export the settings of every workspace member through the Reporting API',
		routing: exportRouting('/api/reports/settings/member'),
	},
	fields: [
		outputFormatField('smenso-member-settings.csv'),
		...reportListFields,
		// Only `lang` and `format` are known for this export (smenso.md §7.2; smenso's node sends no more).
		reportOptionsField([], { columnHeaders: false }),
	],
};
