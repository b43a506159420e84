import type { IExecuteSingleFunctions, INodeProperties, PreSendAction } from 'n8n-workflow';
import { urlId } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { requireIds } from '../../../shared/idChecks';
import { assignmentLocator, projectLocator } from '../../shared/locators';

/** Tasks are the checklist items ("subtasks") of an assignment, reached through its project. */
export const tasksUrl = `=/projects/${urlId('projectId')}/assignments/${urlId('assignmentId')}/subtasks`;
export const taskUrl = `${tasksUrl}/${urlId('taskId')}`;

export const PARENT_IDS = [
	{ name: 'projectId', label: 'Project', kind: 'integer' as const },
	{ name: 'assignmentId', label: 'Assignment', kind: 'integer' as const },
];
export const TASK_IDS = [
	...PARENT_IDS,
	{ name: 'taskId', label: 'Task ID', kind: 'integer' as const },
];

export const checkParents = requireIds(PARENT_IDS);
export const checkTask = requireIds(TASK_IDS);

export const parentFields: INodeProperties[] = [
	projectLocator('The project of the assignment'),
	assignmentLocator(
		'The assignment (work item) the tasks belong to; the list shows the assignments of the selected project',
	),
];

export const taskIdField: INodeProperties = {
	displayName: 'Task ID',
	name: 'taskId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 436',
	description: 'ID of the task (from Get Many, or mapped from the ID field of an earlier node)',
};

export const descriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
	description: 'What needs to be done',
	routing: { send: { type: 'body', property: 'description' } },
};

export const completedField: INodeProperties = {
	displayName: 'Completed',
	name: 'completed',
	type: 'boolean',
	default: false,
	description: 'Whether the task is done',
	routing: { send: { type: 'body', property: 'completed' } },
};

/** preSend: a description, when sent, must not be blank (RM requires it on create). */
export const checkDescription: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options,
) {
	const body = (options.body ?? {}) as Record<string, unknown>;
	if ('description' in body) {
		const text = String(body.description ?? '').trim();
		if (!text) {
			throw inputError(
				this.getNode(),
				"'Description' is empty",
				'Enter what the task is about.',
				this.getItemIndex(),
			);
		}
		body.description = text;
	}
	return options;
};
