import type { IExecuteSingleFunctions, INodeProperties, PreSendAction } from 'n8n-workflow';
import { inputError } from '../../../shared/errors';
import { idValue } from '../../../shared/hooks';
import { placeholderLocator, rmLocator, userLocator } from '../../shared/locators';
import { bodyOf, idSegment, integerId } from './helpers';

export const assignmentUrl = `=/assignments/${idSegment('assignmentId')}`;

export const START_DATE = { param: 'starts_at', label: 'Start Date' };
export const END_DATE = { param: 'ends_at', label: 'End Date' };

export const startDateField: INodeProperties = {
	displayName: 'Start Date',
	name: 'starts_at',
	type: 'dateTime',
	default: '',
	required: true,
	description: 'First day (sent as YYYY-MM-DD in the workflow time zone)',
};

export const endDateField: INodeProperties = {
	displayName: 'End Date',
	name: 'ends_at',
	type: 'dateTime',
	default: '',
	required: true,
	description: 'Last day, the same day as the start or later (sent as YYYY-MM-DD in the workflow time zone)',
};

/** "Assign To": a user or a placeholder resource, sent as `user_id`. */
export const assigneeFields: INodeProperties[] = [
	{
		displayName: 'Assign To',
		name: 'assignTo',
		type: 'options',
		noDataExpression: true,
		default: 'user',
		description: 'Who does the work: a person, or a placeholder for a role not yet staffed',
		options: [
			{ name: 'Placeholder', value: 'placeholder' },
			{ name: 'User', value: 'user' },
		],
	},
	{ ...userLocator('The person to schedule'), displayOptions: { show: { assignTo: ['user'] } } },
	{ ...placeholderLocator('The placeholder to schedule'), displayOptions: { show: { assignTo: ['placeholder'] } } },
];

/** preSend: the chosen user or placeholder as `user_id`. */
export const sendAssignee: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	const isPlaceholder = this.getNodeParameter('assignTo', 'user') === 'placeholder';
	bodyOf(options).user_id = isPlaceholder
		? integerId(this, 'placeholderId', 'Placeholder')
		: integerId(this, 'userId', 'User');
	return options;
};

/** Writable text fields and the work status (shared by Create and Update). */
export const assignmentTextFields: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Title of the work item, shown on the schedule',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Free-text note on the assignment',
		routing: { send: { type: 'body', property: 'note' } },
	},
	{
		...rmLocator(
			'Work Status',
			'status_option_id',
			'searchStatusOptions',
			'The status option of the work, such as In Progress or Done (see Status Option → Get Many)',
		),
		required: false,
	},
];

/** preSend: a status option ID from the collection, checked and sent as a number. */
export function sendStatusOption(collection: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		if (!idValue(this, `${collection}.status_option_id`)) return options;
		bodyOf(options).status_option_id = integerId(this, `${collection}.status_option_id`, 'Work Status');
		return options;
	};
}

export const subtasksField: INodeProperties = {
	displayName: 'Tasks',
	name: 'subtasks',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Task',
	default: {},
	description: 'Checklist items to create with the assignment',
	options: [
		{
			displayName: 'Task',
			name: 'task',
			values: [
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
					description: 'What needs to be done',
				},
				{
					displayName: 'Completed',
					name: 'completed',
					type: 'boolean',
					default: false,
					description: 'Whether the task is already done',
				},
			],
		},
	],
};

/** preSend: the checklist items of Create as `subtasks: [{description, completed}]`. */
export const sendSubtasks: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	const value = this.getNodeParameter('additionalFields.subtasks', {}) as {
		task?: Array<{ description?: string; completed?: boolean }>;
	};
	const tasks = value?.task ?? [];
	if (!tasks.length) return options;
	bodyOf(options).subtasks = tasks.map((task, index) => {
		const description = String(task.description ?? '').trim();
		if (!description) {
			throw inputError(
				this.getNode(),
				`Task ${index + 1} has no description`,
				'Enter a description for every task or remove the empty task.',
				this.getItemIndex(),
			);
		}
		return { description, completed: Boolean(task.completed) };
	});
	return options;
};
