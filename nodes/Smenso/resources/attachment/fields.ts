import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { urlIdOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { checkId } from '../../../shared/idChecks';
import { writeOptionsField } from '../../shared/writeFields';
import { projectLocator, taskLocator } from '../../shared/locators';

export const attachedToField: INodeProperties = {
	displayName: 'Attached To',
	name: 'attachedTo',
	type: 'options',
	default: 'project',
	description: 'Whether to list the files of a project, of a task or of a status report',
	options: [
		{ name: 'Project', value: 'project', description: "The project's files" },
		{
			name: 'Status Report',
			value: 'statusReport',
			description: 'The files attached to one status report',
		},
		{ name: 'Task', value: 'task', description: 'The files attached to one task' },
	],
};

/** The record whose files are listed, one field per kind of record. */
export const parentFields: INodeProperties[] = [
	{
		...projectLocator('The project whose files to list'),
		displayOptions: { show: { attachedTo: ['project'] } },
	},
	{
		...projectLocator('Only used to list its tasks in the Task picker; not sent to smenso'),
		required: false,
		displayOptions: { show: { attachedTo: ['task'] } },
	},
	{
		...taskLocator(
			'The task whose files to list (the picker shows the tasks of the selected project)',
		),
		displayOptions: { show: { attachedTo: ['task'] } },
	},
	{
		displayName: 'Status Report ID',
		name: 'statusReportId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
		description:
			'GUID of the status report whose files to list: use the ID from the Status Report → Create output (smenso has no list of status reports)',
		displayOptions: { show: { attachedTo: ['statusReport'] } },
	},
];

/**
 * smenso's `projectOnly` query parameter. The node sends what its name says (true = only the
 * project's own files), so this option is sent inverted. smenso documents neither reading, and
 * smenso's own n8n node describes it the other way round (README: "What the sandbox assumes").
 */
export const includeTaskFilesField: INodeProperties = {
	displayName: 'Include Task and Status Report Files',
	name: 'includeTaskFiles',
	type: 'boolean',
	default: true,
	description:
		"Whether to list the files of the project's tasks and status reports too, or only the files attached to the project itself (sent as smenso's projectOnly parameter, the opposite of this option)",
	displayOptions: { show: { attachedTo: ['project'] } },
	routing: { send: { type: 'query', property: 'projectOnly', value: '={{ !$value }}' } },
};

/** The parent chosen in Attached To: its parameter, label, and the path segment smenso uses. */
const PARENTS: Record<string, { name: string; label: string; segment: string }> = {
	project: { name: 'projectId', label: 'Project', segment: 'project' },
	statusReport: { name: 'statusReportId', label: 'Status Report ID', segment: 'statusreport' },
	task: { name: 'taskId', label: 'Task', segment: 'task' },
};

/** URL of the list: `/attachment/<segment>/json/<id>` for the parent chosen in Attached To. */
export const LIST_URL =
	'=/api/integration/attachment/{{ $parameter.attachedTo === "statusReport" ? "statusreport" : $parameter.attachedTo === "task" ? "task" : "project" }}/json/' +
	urlIdOf(
		'$parameter.attachedTo === "statusReport" ? $parameter.statusReportId : $parameter.attachedTo === "task" ? $parameter.taskId : $parameter.projectId',
	);

/** preSend: checks the ID of the parent chosen in Attached To. */
export const requireParent: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) {
	const parent = PARENTS[String(this.getNodeParameter('attachedTo', 'project'))] ?? PARENTS.project;
	checkId(this, parent.name, parent.label, 'guid');
	return options;
};

export const attachmentIdField: INodeProperties = {
	displayName: 'Attachment ID',
	name: 'attachmentId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
	description: 'GUID of the attachment: use the ID from an Attachment → Get Many result',
};

export const binaryPropertyField: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	hint: 'The name of the output binary field to put the file in',
	description:
		'Name of the binary property the downloaded file is written to, for nodes that read files (e.g. Read/Write Files from Disk, Send Email)',
};

/** The binary property name, checked before the request. */
export function binaryPropertyName(ctx: IExecuteSingleFunctions): string {
	const name = String(ctx.getNodeParameter('binaryPropertyName', 'data') ?? '').trim();
	if (!name) {
		throw inputError(
			ctx.getNode(),
			"'Put Output File in Field' is empty",
			"Enter the name of the binary field the file goes to, for example 'data'.",
			ctx.getItemIndex(),
		);
	}
	return name;
}

/** A delete sends no body, so only the options about waiting for smenso's ticket apply. */
export const deleteOptionsField: INodeProperties = {
	...writeOptionsField,
	options: (writeOptionsField.options ?? []).filter(
		(option) => !('name' in option) || !['timezoneId', 'noFeed'].includes(option.name),
	),
};
