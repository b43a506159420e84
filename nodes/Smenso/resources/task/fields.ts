import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { collectionDates } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { flattenTasks } from '../../shared/taskTree';
import { checkId, idList } from '../../../shared/idChecks';
import { extraFieldsField } from '../../shared/writeFields';

/**
 * Task item fields. smenso's JSON names for tasks are not confirmed (three sources disagree);
 * the node sends the names that match the documented XML fields and the dates page
 * (`dueDate`, `parentId`, `plannedDuration` in minutes, `appointedPersons`). Extra Fields
 * (JSON) lets a user send other names without waiting for a node release.
 */
export const taskFields: INodeProperties[] = [
	{
		displayName: 'Actual Effort (Hours)',
		name: 'actualEffort',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description:
			'Effort already spent, in hours (e.g. 1.5). The node sends it to smenso in minutes (duration).',
	},
	{
		displayName: 'Assignee IDs',
		name: 'assignees',
		type: 'string',
		default: '',
		placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301, 6ba7b810-9dad-11d1-80b4-00c04fd430c8',
		description: 'User GUIDs of the people responsible, comma-separated (sent as appointedPersons)',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Task description; simple HTML (p, br, ul, li, a, b, h1–h5) is kept',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'Due Date',
		name: 'dueDate',
		type: 'dateTime',
		default: '',
		description: 'Day the task is due (only the date is sent, in the workflow time zone)',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of this task in another system, for matching records later',
		routing: { send: { type: 'body', property: 'externalId' } },
	},
	extraFieldsField('task'),
	{
		displayName: 'Milestone',
		name: 'isMilestone',
		type: 'boolean',
		default: false,
		description: 'Whether the task is a milestone',
		routing: { send: { type: 'body', property: 'isMilestone' } },
	},
	{
		displayName: 'Parent Task ID',
		name: 'parentId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
		description: 'GUID of the task this one becomes a subtask of (same project)',
	},
	{
		displayName: 'Phase Name',
		name: 'folder',
		type: 'string',
		default: '',
		description: 'Name of the phase (task folder) of the project to put the task in',
		routing: { send: { type: 'body', property: 'folder' } },
	},
	{
		displayName: 'Planned Effort (Hours)',
		name: 'plannedEffort',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description:
			'Planned effort in hours (e.g. 2.5). The node sends it to smenso in minutes (plannedDuration, 2.5 h → 150).',
	},
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 4 },
		default: 2,
		description: "Priority level from 1 to 4, as in smenso's task priority list",
		routing: { send: { type: 'body', property: 'priority' } },
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		description: 'First day of the task (only the date is sent, in the workflow time zone)',
	},
	{
		displayName: 'Status ID',
		name: 'statusId',
		type: 'number',
		default: 1,
		description:
			'Numeric task status ID; the system statuses are usually 1 = Not Started, 2 = In Progress, 3 = Done',
		routing: { send: { type: 'body', property: 'statusId' } },
	},
];

/** The title: required on Create, one of the Update Fields. */
export const taskTitleField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	description: 'Task name',
	routing: { send: { type: 'body', property: 'title' } },
};

/** Date fields of a task collection, converted to yyyy-MM-dd. */
export const taskDates = (collection: string) =>
	collectionDates(collection, { startDate: 'Start Date', dueDate: 'Due Date' });

/** Keys kept by Simplify; both naming variants, since smenso's response names are unconfirmed. */
export const TASK_SIMPLE_KEYS = [
	'id',
	'title',
	'projectId',
	'parentId',
	'parentTaskId',
	'folder',
	'startDate',
	'dueDate',
	'endDate',
	'statusId',
	'priority',
	'appointedPersons',
	'responsibleUserId',
	'isMilestone',
	'externalId',
];

function hoursToMinutes(ctx: IExecuteSingleFunctions, value: unknown, label: string): number {
	const hours = Number(value);
	if (value === '' || !Number.isFinite(hours) || hours < 0) {
		throw inputError(
			ctx.getNode(),
			`'${label}' is not a number of hours: ${JSON.stringify(value)}`,
			'Enter the effort in hours, e.g. 1.5 for 90 minutes.',
			ctx.getItemIndex(),
		);
	}
	return Math.round(hours * 60);
}

/** Comma-separated GUIDs from a parameter, each checked. */
export function guidList(ctx: IExecuteSingleFunctions, parameter: string, label: string): string[] {
	return idList(ctx, parameter, label, 'guid');
}

/**
 * preSend: the task fields that need converting before smensoWrite wraps the item: effort in
 * hours → minutes, assignees → appointedPersons, the parent ID checked (Extra Fields are merged by smensoWrite).
 */
export function taskItem(collection: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const body = { ...((options.body as IDataObject) ?? {}) };
		const values = this.getNodeParameter(collection, {}) as IDataObject;
		if ('plannedEffort' in values)
			body.plannedDuration = hoursToMinutes(this, values.plannedEffort, 'Planned Effort (Hours)');
		if ('actualEffort' in values)
			body.duration = hoursToMinutes(this, values.actualEffort, 'Actual Effort (Hours)');
		if ('assignees' in values) {
			const ids = guidList(this, `${collection}.assignees`, 'Assignee IDs');
			// The XML API documents a comma-separated list of GUIDs; the JSON form is assumed to match.
			if (ids.length) body.appointedPersons = ids.join(',');
		}
		if ('parentId' in values)
			body.parentId = checkId(this, `${collection}.parentId`, 'Parent Task ID', 'guid');
		options.body = body;
		return options;
	};
}

/**
 * postReceive for the task list: one item per task. The sandbox (and probably smenso) sends a
 * flat list; should a response nest subtasks, they are lifted out so every task is one item.
 */
export const flattenTaskTree: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.flatMap((item) => flattenTasks([item.json]).map((json) => ({ ...item, json })));
};
