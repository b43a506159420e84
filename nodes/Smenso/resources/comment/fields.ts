import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { checkId } from '../../../shared/idChecks';
import { type IdSpec } from '../../shared/envelope';
import { bulkWriteOptionsField, writeOptionsField } from '../../shared/writeFields';
import { projectLocator, taskLocator } from '../../shared/locators';

/** Path segment smenso uses for each kind of commented record. */
export const TARGET_SEGMENT =
	'{{ $parameter.commentOn === "statusReport" ? "statusreport" : "task" }}';

export const commentOnField: INodeProperties = {
	displayName: 'Comment On',
	name: 'commentOn',
	type: 'options',
	default: 'task',
	description: 'Whether the comment belongs to a task or to a status report',
	options: [
		{ name: 'Status Report', value: 'statusReport' },
		{ name: 'Task', value: 'task' },
	],
};

/** Task or status report, depending on Comment On; `send` adds the ID to the item. */
export function targetFields(send: boolean): INodeProperties[] {
	return [
		{
			...projectLocator('Only used to list its tasks in the Task picker; not sent to smenso'),
			required: false,
			displayOptions: { show: { commentOn: ['task'] } },
		},
		{
			...taskLocator('The task (the list shows the tasks of the selected project)'),
			displayOptions: { show: { commentOn: ['task'] } },
			...(send ? { routing: { send: { type: 'body', property: 'taskId' } } } : {}),
		},
		{
			displayName: 'Status Report ID',
			name: 'statusReportId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
			description: 'GUID of the status report: use the ID from the Status Report → Create output',
			displayOptions: { show: { commentOn: ['statusReport'] } },
			...(send ? { routing: { send: { type: 'body', property: 'statusReportId' } } } : {}),
		},
	];
}

/** The ID of the task or status report chosen in Comment On. */
export function targetIds(ctx: IExecuteSingleFunctions): IdSpec[] {
	return ctx.getNodeParameter('commentOn', 'task') === 'statusReport'
		? [{ name: 'statusReportId', label: 'Status Report ID', kind: 'guid' }]
		: [{ name: 'taskId', label: 'Task', kind: 'guid' }];
}

/** preSend: checks the ID of the task or status report chosen in Comment On. */
export const requireTarget: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) {
	for (const id of targetIds(this)) checkId(this, id.name, id.label, id.kind);
	return options;
};

export const commentIdField: INodeProperties = {
	displayName: 'Comment ID',
	name: 'commentId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
	description: 'GUID of the comment: use the ID from a Get Many result',
};

export const internalField: INodeProperties = {
	displayName: 'Internal',
	name: 'isInternal',
	type: 'boolean',
	default: false,
	description: 'Whether the comment is hidden from guests of the workspace',
	routing: { send: { type: 'body', property: 'isInternal' } },
};

/** Comment envelopes carry no timezoneId, so the Time Zone option is left out. */
export const commentWriteOptionsField: INodeProperties = {
	...writeOptionsField,
	options: (writeOptionsField.options ?? []).filter(
		(option) => !('name' in option) || option.name !== 'timezoneId',
	),
};

/** The same with Send in Bulk, for Create and Update. */
export const commentBulkOptionsField: INodeProperties = {
	...bulkWriteOptionsField,
	options: (bulkWriteOptionsField.options ?? []).filter(
		(option) => !('name' in option) || option.name !== 'timezoneId',
	),
};
