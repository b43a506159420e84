import type { OperationDef } from '../../../shared/descriptions';
import {
	exportRouting,
	outputFormatField,
	projectSelectionField,
	reportListFields,
	reportOptionsField,
	viewField,
} from './fields';

export const exportProjects: OperationDef = {
	option: {
		name: 'Export Projects',
		value: 'exportProjects',
		action: 'Export projects',
		description:
			'Export projects through the Reporting API (read-only, any role), with the columns of a saved list view',
		routing: exportRouting('/api/reports/projects'),
	},
	fields: [
		outputFormatField('smenso-projects.csv'),
		projectSelectionField('filter', 'Which projects the export contains'),
		viewField,
		...reportListFields,
		reportOptionsField(),
	],
};
