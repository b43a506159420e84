import type { OperationDef } from '../../../shared/descriptions';
import { exportRouting, outputFormatField, reportListFields, reportOptionsField } from './fields';

export const exportTeams: OperationDef = {
	option: {
		name: 'Export Teams',
		value: 'exportTeams',
		action: 'Export teams',
		description: "Export the workspace's teams and their members through the Reporting API",
		routing: exportRouting('/api/reports/teams'),
	},
	fields: [
		outputFormatField('smenso-teams.csv'),
		...reportListFields,
		// Only `lang` and `format` are known for this export (smenso.md §7.2; smenso's node sends no more).
		reportOptionsField([], { columnHeaders: false }),
	],
};
