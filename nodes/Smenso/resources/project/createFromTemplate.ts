import { urlId, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import { TEMPLATE_ID, templateIdField } from '../../shared/templates';
import { extraFieldsField, writeOptionsField } from '../../shared/writeFields';

const COPY_OPTIONS = [
	['adjustTaskDates', 'Adjust Task Dates'],
	['benefit', 'Benefit'],
	['blockTimeRecording', 'Block Time Recording'],
	['budget', 'Budget'],
	['columnDescriptions', 'Column Descriptions'],
	['description', 'Description'],
	['flavors', 'Custom Fields'],
	['folderTasksTemplate', 'Folder Task Template'],
	['goal', 'Goal'],
	['hourlyRate', 'Hourly Rate'],
	['labels', 'Labels'],
	['location', 'Location'],
	['manager', 'Manager'],
	['markedColumns', 'Marked Columns'],
	['observers', 'Observers'],
	['permissions', 'Permissions'],
	['startDate', 'Start Date'],
	['tasks', 'Tasks'],
	['tasksTemplate', 'Task Template'],
	['tasksWorkflow', 'Task Workflow'],
	['viewSettings', 'View Settings'],
].sort((a, b) => a[1].localeCompare(b[1]));

/** Every copy option, sent as true or false: smenso may read a missing one as false. */
const COPY_KEYS = JSON.stringify(COPY_OPTIONS.map(([key]) => key));

export const createProjectFromTemplate: OperationDef = {
	option: {
		name: 'Create From Template',
		value: 'createFromTemplate',
		action: 'Create a project from a template',
		description: 'Create a project as a copy of a project template',
		routing: {
			request: {
				method: 'POST',
				url: `=/api/integration/project/json/${urlId('templateId')}`,
			},
			send: {
				preSend: [
					smensoWrite({
						entity: 'project',
						plain: true,
						ids: [TEMPLATE_ID],
						dates: [{ param: 'additionalFields.startDate', label: 'Start Date' }],
					}),
				],
			},
		},
	},
	fields: [
		templateIdField('project template to copy'),
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			required: true,
			default: '',
			description: 'Name of the new project',
			routing: { send: { type: 'body', property: 'title' } },
		},
		{
			displayName: 'Copy From Template',
			name: 'copy',
			type: 'multiOptions',
			// Every part, as smenso's own node copies by default.
			default: [
				'adjustTaskDates',
				'benefit',
				'blockTimeRecording',
				'budget',
				'columnDescriptions',
				'description',
				'flavors',
				'folderTasksTemplate',
				'goal',
				'hourlyRate',
				'labels',
				'location',
				'manager',
				'markedColumns',
				'observers',
				'permissions',
				'startDate',
				'tasks',
				'tasksTemplate',
				'tasksWorkflow',
				'viewSettings',
			],
			description:
				"Which parts of the template the new project takes over; all by default, as in smenso's own node. Every part is sent, the ones left out as false.",
			options: COPY_OPTIONS.map(([value, name]) => ({ name, value })),
			routing: {
				send: {
					type: 'body',
					property: 'options',
					value: `={{ Object.fromEntries(${COPY_KEYS}.map(key => [key, $value.includes(key)])) }}`,
				},
			},
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				extraFieldsField('project'),
				{
					displayName: 'Private',
					name: 'isPrivate',
					type: 'boolean',
					default: false,
					description: 'Whether only invited members can see the project',
					routing: { send: { type: 'body', property: 'isPrivate' } },
				},
				{
					displayName: 'Project Code',
					name: 'code',
					type: 'string',
					default: '',
					description: 'Project code / ID prefix',
					routing: { send: { type: 'body', property: 'code' } },
				},
				{
					displayName: 'Project Folder Name',
					name: 'folder',
					type: 'string',
					default: '',
					description: 'Name of the project folder to put the project in',
					routing: { send: { type: 'body', property: 'folder' } },
				},
				{
					displayName: 'Project Type Name',
					name: 'projectType',
					type: 'string',
					default: '',
					description: 'Name of the project type',
					routing: { send: { type: 'body', property: 'projectType' } },
				},
				{
					displayName: 'Start Date',
					name: 'startDate',
					type: 'dateTime',
					default: '',
					description: 'Start of the new project; with Adjust Task Dates the tasks move along',
				},
				{
					displayName: 'Status ID',
					name: 'statusId',
					type: 'number',
					default: 1,
					description: 'Numeric project status ID (workspace master data)',
					routing: { send: { type: 'body', property: 'statusId' } },
				},
			],
		},
		writeOptionsField,
	],
};
