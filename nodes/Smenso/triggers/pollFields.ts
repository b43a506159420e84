import type { INodeProperties } from 'n8n-workflow';
import { pollEventField, startFromOption } from '../../shared/pollCursor';
import { viewField } from '../resources/report/fields';

/** The smenso Trigger's parameters; pollSource.ts reads the export rows they describe. */
export const smensoPollProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		default: 'task',
		options: [
			{
				name: 'Absence',
				value: 'absence',
				description: 'Absences of the members (absences export)',
			},
			{ name: 'Project', value: 'project', description: 'Projects (projects export)' },
			{ name: 'Task', value: 'task', description: 'Tasks of all selected projects (tasks export)' },
			{
				name: 'Time Record',
				value: 'timeRecord',
				description: 'Recorded time (time records export)',
			},
		],
	},
	pollEventField('"Created On" column', '"Updated On" column'),
	{
		displayName:
			'Each poll downloads the whole export once (smenso offers no paging or changed-since filter): one request, but its size grows with the data of the workspace.',
		name: 'exportNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Projects',
		name: 'projects',
		type: 'options',
		default: 'all',
		displayOptions: { show: { resource: ['project', 'task'] } },
		description: 'Which projects (or whose tasks) the trigger watches',
		options: [
			{ name: 'Active', value: 'active', description: 'Projects that are not archived' },
			{ name: 'All', value: 'all', description: 'Active and archived projects' },
			{ name: 'Archived', value: 'archived', description: 'Archived projects only' },
		],
	},
	{
		displayName: 'Records Of',
		name: 'mode',
		type: 'options',
		default: 'all',
		displayOptions: { show: { resource: ['absence', 'timeRecord'] } },
		description: 'Whose records the trigger watches',
		options: [
			{ name: 'All Members', value: 'all', description: 'Every record the token user may see' },
			{
				name: 'Token User Only',
				value: 'my',
				description: 'Only the records of the user who created the API token',
			},
		],
	},
	{
		...viewField,
		description:
			'The saved list view whose columns the export contains (its GUID, or the API link from its share dialog). It must include the ID column and the Created On column (event New) or the Updated On column (event New or Updated); their names are set under Options (default Id, Created On, Updated On). Leave empty for the default columns.',
		displayOptions: { show: { resource: ['project', 'timeRecord'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Created On Column',
				name: 'createdOnColumn',
				type: 'string',
				default: 'Created On',
				description:
					'Name of the export column that holds when a record was created (date-time dd.MM.yyyy HH:mm:ss). Event New compares it with where the last poll stopped; event New or Updated uses it for rows whose Updated On column is empty. Enter it as your list view shows it in English (the trigger reads the export with lang=en-US); if the export has no such column, the error lists the columns it has. Changing it later restarts the trigger as on first activation.',
			},
			{
				displayName: 'ID Column',
				name: 'idColumn',
				type: 'string',
				default: 'Id',
				description:
					"Name of the export column that holds each record's unique ID; the trigger tells records apart by it (e.g. two changed in the same second). Enter it as your list view shows it in English (lang=en-US). Changing it later restarts the trigger as on first activation.",
			},
			startFromOption,
			{
				displayName: 'Updated On Column',
				name: 'updatedOnColumn',
				type: 'string',
				default: 'Updated On',
				displayOptions: { show: { '/event': ['updated'] } },
				description:
					'Name of the export column that holds when a record was last changed (date-time dd.MM.yyyy HH:mm:ss), read by event New or Updated; a row whose cell is empty counts from its Created On column. Enter it as your list view shows it in English (the trigger reads the export with lang=en-US); if the export has no such column, the error lists the columns it has. Changing it later restarts the trigger as on first activation.',
			},
		],
	},
];
