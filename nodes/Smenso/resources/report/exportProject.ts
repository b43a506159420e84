import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { projectLocator } from '../../shared/locators';
import {
	exportRouting,
	outputFormatField,
	reportListFields,
	reportOptionsField,
	reportRequest,
	viewField,
} from './fields';

export const exportProject: OperationDef = {
	option: {
		name: 'Export Project',
		value: 'exportProject',
		action: 'Export one project',
		description:
			"Export one project's row through the Reporting API, with the columns of a saved list view",
		routing: {
			...exportRouting(`=/api/reports/projects/${urlId('projectId')}`),
			send: {
				preSend: [
					requireIds([{ name: 'projectId', label: 'Project', kind: 'guid' }]),
					reportRequest,
				],
			},
		},
	},
	fields: [
		projectLocator('The project to export'),
		viewField,
		outputFormatField('smenso-project.csv'),
		...reportListFields,
		// smenso's node sends no `headers` here and the reference lists none (smenso.md §7.2 R2).
		reportOptionsField([], { columnHeaders: false }),
	],
};
