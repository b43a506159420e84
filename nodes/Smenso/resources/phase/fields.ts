import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeExecutionData,
	type INodeProperties,
	type JsonObject,
	type PreSendAction,
} from 'n8n-workflow';
import { collectionDates } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { checkId, idValue } from '../../../shared/idChecks';

/**
 * Phase = task folder of a project. The spec does not say whether folder IDs are GUIDs (like
 * every other smenso entity) or numbers, so both are accepted.
 */
export function checkPhaseId(ctx: IExecuteSingleFunctions): string {
	return checkId(ctx, 'phaseId', 'Phase ID', 'guidOrInteger');
}

export const phaseIdField: INodeProperties = {
	displayName: 'Phase ID',
	name: 'phaseId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
	description: 'ID of the phase (task folder), as returned by Phase → Get Many',
};

export const phaseNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	description: 'Name of the phase as shown in the project',
	routing: { send: { type: 'body', property: 'name' } },
};

/** Phase fields shared by Create (as additional fields) and Update. */
export const phaseFields: INodeProperties[] = [
	{
		displayName: 'Color',
		name: 'color',
		type: 'color',
		default: '#1E88E5',
		description: 'Colour of the phase as #RRGGBB',
		routing: { send: { type: 'body', property: 'color' } },
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Description of the phase; simple HTML (p, br, ul, li, a, b, h1–h5) is kept',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		description: 'Last day of the phase (only the date is sent, in the workflow time zone)',
	},
	{
		displayName: 'Fill Row With Color',
		name: 'fillRowWithColor',
		type: 'boolean',
		default: false,
		description: "Whether the phase's whole row is shaded in its colour",
		routing: { send: { type: 'body', property: 'fillRowWithColor' } },
	},
	{
		displayName: 'Lock New Tasks',
		name: 'lockNewTasks',
		type: 'boolean',
		default: false,
		description: 'Whether tasks added to the phase later start locked',
		routing: { send: { type: 'body', property: 'lockNewTasks' } },
	},
	{
		displayName: 'Locked',
		name: 'locked',
		type: 'boolean',
		default: false,
		description: 'Whether the phase is locked against changes',
		routing: { send: { type: 'body', property: 'locked' } },
	},
	{
		displayName: 'No New Tasks Allowed',
		name: 'noNewTasksAllowed',
		type: 'boolean',
		default: false,
		description: 'Whether no further tasks may be added to the phase',
		routing: { send: { type: 'body', property: 'noNewTasksAllowed' } },
	},
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'options',
		default: 'none',
		options: [
			{ name: 'High', value: 'high' },
			{ name: 'Highest', value: 'highest' },
			{ name: 'Low', value: 'low' },
			{ name: 'Medium', value: 'medium' },
			{ name: 'None', value: 'none' },
		],
		description: 'Priority of the phase',
		routing: { send: { type: 'body', property: 'priority' } },
	},
	{
		displayName: 'Private New Tasks',
		name: 'privateNewTasks',
		type: 'boolean',
		default: false,
		description: 'Whether tasks added to the phase later start as private',
		routing: { send: { type: 'body', property: 'privateNewTasks' } },
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		description: 'First day of the phase (only the date is sent, in the workflow time zone)',
	},
	{
		displayName: 'Task Template ID',
		name: 'taskTemplateId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
		description: 'GUID of the task template that new tasks in this phase are based on',
		routing: { send: { type: 'body', property: 'taskTemplateId' } },
	},
];

/** Date fields of a phase collection, converted to yyyy-MM-dd. */
export const phaseDates = (collection: string) =>
	collectionDates(collection, { startDate: 'Start Date', endDate: 'End Date' });

/** preSend: checks what smenso would reject with a less helpful message (colour, template GUID). */
export function phaseItem(collection: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const values = this.getNodeParameter(collection, {}) as IDataObject;
		if ('color' in values && !/^#[0-9a-f]{6}$/i.test(String(values.color).trim())) {
			throw inputError(
				this.getNode(),
				`'Color' is not a #RRGGBB colour: ${JSON.stringify(values.color)}`,
				'Pick a colour or enter one such as #1E88E5.',
				this.getItemIndex(),
			);
		}
		const body = options.body as IDataObject | undefined;
		if ('taskTemplateId' in values) {
			const template = checkId(this, `${collection}.taskTemplateId`, 'Task Template ID', 'guid');
			if (body?.taskTemplateId !== undefined) body.taskTemplateId = template;
		}
		if (body && typeof body.color === 'string') body.color = body.color.trim();
		return options;
	};
}

/**
 * postReceive for Phase → Get: smenso has no endpoint for one folder, so the node reads the
 * project's folders and keeps the one asked for.
 */
export async function pickPhase(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const wanted = idValue(this, 'phaseId').toLowerCase();
	const found = items.find((item) => String(item.json.id ?? '').toLowerCase() === wanted);
	if (found) return [found];
	const projectId = idValue(this, 'projectId');
	const message = `smenso found no such record (404): the project has no phase ${idValue(this, 'phaseId')}`;
	throw new NodeApiError(this.getNode(), { httpCode: '404', message } as JsonObject, {
		message,
		description: `Project ${projectId} has ${items.length} phase(s), none with this ID. Check the ID with Phase → Get Many, and that the phase belongs to the selected project.`,
		httpCode: '404',
		itemIndex: this.getItemIndex(),
	});
}
