import type { IExecuteSingleFunctions, INodeProperties, PreSendAction } from 'n8n-workflow';
import { urlId } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { idValue } from '../../../shared/idChecks';
import { bodyOf } from '../../../shared/inputChecks';
import { integerId } from '../../shared/ids';
import { placeholderLocator, rmLocator, userLocator } from '../../shared/locators';
import { chosenParentId } from '../../shared/parents';

export const assignmentUrl = `=/assignments/${urlId('assignmentId')}`;

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
	{
		...placeholderLocator('The placeholder to schedule'),
		displayOptions: { show: { assignTo: ['placeholder'] } },
	},
];

/** preSend: the chosen user or placeholder as `user_id`. */
export const sendAssignee: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	// A placeholder's ID goes in user_id too.
	bodyOf(options).user_id = Number(chosenParentId(this, 'assignTo', 'user'));
	return options;
};

/** The work status (Create and Update; sent by sendStatusOption). */
export const workStatusField: INodeProperties = {
	...rmLocator(
		'Work Status',
		'status_option_id',
		'searchStatusOptions',
		'The status option of the work, such as In Progress or Done (see Status Option → Get Many)',
	),
	required: false,
};

/** preSend: a status option ID from the collection, checked and sent as a number. */
export function sendStatusOption(collection: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		if (!idValue(this, `${collection}.status_option_id`)) return options;
		bodyOf(options).status_option_id = integerId(
			this,
			`${collection}.status_option_id`,
			'Work Status',
		);
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
