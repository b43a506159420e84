import type { INodeProperties } from 'n8n-workflow';
import { pollEventField, startFromOption } from '../../shared/pollCursor';

const KIND_OPTIONS = [
	{ name: 'All', value: 'all', description: 'Work and leave' },
	{
		name: 'Leave Only (Absences)',
		value: 'leave',
		description: 'Only records on a leave type (vacation, sick …)',
	},
	{ name: 'Work Only', value: 'work', description: 'Only records on projects and phases' },
];

/** The Resource Management Polling Trigger's parameters; pollSource.ts reads the records they describe. */
export const pollProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		default: 'timeEntry',
		options: [
			{
				name: 'Assignment',
				value: 'assignment',
				description: 'Scheduled work and scheduled leave (absences) within a date window',
			},
			{ name: 'Project', value: 'project', description: 'Projects, optionally with their phases' },
			{
				name: 'Time Entry',
				value: 'timeEntry',
				description: 'Confirmed time entries, including recorded leave',
			},
			{ name: 'User', value: 'user', description: 'People, optionally with placeholders' },
		],
	},
	pollEventField('created_at', 'updated_at'),
	{
		displayName:
			'Resource Management cannot sort or filter assignments by change, so every poll reads all assignments in the date window below: its cost grows with the number of assignments in the window. For assignment events, the Resource Management Trigger (webhooks) costs nothing while nothing changes.',
		name: 'assignmentNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['assignment'] } },
	},
	{
		displayName: 'Kind',
		name: 'kind',
		type: 'options',
		default: 'all',
		displayOptions: { show: { resource: ['assignment', 'timeEntry'] } },
		options: KIND_OPTIONS,
		description:
			'Which records start the workflow. Leave on assignments is planned absence, leave on time entries is recorded absence.',
	},
	{
		displayName: 'Days Back',
		name: 'daysBack',
		type: 'number',
		default: 30,
		typeOptions: { minValue: 0 },
		displayOptions: { show: { resource: ['assignment'] } },
		description:
			'Assignments that ended more than this many days ago are not read (the window starts today minus this many days)',
	},
	{
		displayName: 'Days Ahead',
		name: 'daysAhead',
		type: 'number',
		default: 365,
		typeOptions: { minValue: 0 },
		displayOptions: { show: { resource: ['assignment'] } },
		description:
			'Assignments that start more than this many days from today are not read (the window ends today plus this many days)',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Include Archived',
				name: 'includeArchived',
				type: 'boolean',
				default: false,
				displayOptions: { show: { '/resource': ['project', 'user'] } },
				description:
					'Whether archived records are read too. Without it, a record that is archived leaves the list, so its archiving is not reported.',
			},
			{
				displayName: 'Include Phases',
				name: 'includePhases',
				type: 'boolean',
				default: false,
				displayOptions: { show: { '/resource': ['project'] } },
				description: 'Whether phases (child projects) start the workflow as well as projects',
			},
			{
				displayName: 'Include Placeholders',
				name: 'includePlaceholders',
				type: 'boolean',
				default: false,
				displayOptions: { show: { '/resource': ['user'] } },
				description: 'Whether placeholder resources start the workflow as well as people',
			},
			startFromOption,
		],
	},
];
