import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { projectLocator } from '../../shared/locators';
import {
	exportRouting,
	outputFormatField,
	projectSelectionField,
	reportListFields,
	reportOptionsField,
	viewField,
} from './fields';

const forOneProject = { show: { scope: ['project'] } };

export const exportTasks: OperationDef = {
	option: {
		name: 'Export Tasks',
		value: 'exportTasks',
		action: 'Export tasks',
		description: 'Export the tasks of one project, or of all projects, through the Reporting API',
		// The URL depends on the scope; each scope option sets its own.
		routing: exportRouting(),
	},
	fields: [
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'options',
			default: 'project',
			description: 'Export the tasks of one project (with a list view) or of many projects at once',
			options: [
				{
					name: 'All Projects',
					value: 'all',
					description: 'Tasks of every project selected under Projects',
					routing: { request: { url: '/api/reports/tasks/filtered' } },
				},
				{
					name: 'One Project',
					value: 'project',
					description: 'Tasks of the selected project',
					routing: {
						request: {
							url: `=/api/reports/tasks/${urlId('projectId')}`,
						},
						send: {
							preSend: [requireIds([{ name: 'projectId', label: 'Project', kind: 'guid' }])],
						},
					},
				},
			],
		},
		{ ...projectLocator('The project whose tasks to export'), displayOptions: forOneProject },
		{
			...projectSelectionField('globalProjectsFilter', 'Whose tasks the export contains'),
			displayOptions: { show: { scope: ['all'] } },
		},
		{ ...viewField, displayOptions: forOneProject },
		outputFormatField('smenso-tasks.csv'),
		...reportListFields,
		reportOptionsField(),
	],
};
