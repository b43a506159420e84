import type { IDataObject, INodeProperties } from 'n8n-workflow';

/**
 * The event types Resource Management lets an organization subscribe to (API docs, Webhooks).
 * RM also emits `assignment.deleted` (when an assignment changes hands), but does not list it as
 * subscribable, so it is not offered: a registration RM refuses would stop the activation.
 */
const RM_WEBHOOK_EVENTS = [
	{
		name: 'Assignment Created',
		value: 'assignment.created',
		description: 'Work or leave was scheduled for a person or placeholder',
	},
	{
		name: 'Assignment Updated',
		value: 'assignment.updated',
		description: 'An assignment changed (dates, allocation, status, note …)',
	},
	{
		name: 'Project Created',
		value: 'project.created',
		description: 'A project was created. RM sends this for new phases too (see Phase Events).',
	},
	{
		name: 'Project Updated',
		value: 'project.updated',
		description:
			"A project's basic properties changed (name, dates, state …); not tags, custom fields, budgets or bill rates. RM sends this for phases too (see Phase Events).",
	},
	{
		name: 'Time Entry Created',
		value: 'time.entry.created',
		description: 'Time was logged on a timesheet',
	},
	{
		name: 'Time Entry Updated',
		value: 'time.entry.updated',
		description: 'A time entry changed (hours, notes, task …)',
	},
	{ name: 'User Created', value: 'user.created', description: 'A person was added to the account' },
	{
		name: 'User Updated',
		value: 'user.updated',
		description:
			'A person changed: profile, role, discipline, location, availability, bill rate, tags or custom fields',
	},
] as const;

export const RM_EVENT_TYPES: readonly string[] = RM_WEBHOOK_EVENTS.map((event) => event.value);

/** RM keeps at most this many webhooks per event type and organization. */
export const RM_WEBHOOKS_PER_EVENT = 10;

/** The query parameter that carries the trigger's secret in the registered URL. */
export const SECRET_PARAMETER = 'token';

const PROJECT_EVENTS = ['project.created', 'project.updated'];

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: [],
		options: RM_WEBHOOK_EVENTS.map((event) => ({ ...event })),
		description:
			'What starts the workflow. One webhook per event is registered in Resource Management when the workflow is activated, and removed when it is deactivated. RM allows 10 webhooks per event in an organization.',
	},
	{
		displayName: 'Phase Events',
		name: 'phases',
		type: 'options',
		default: 'ignore',
		displayOptions: { show: { events: PROJECT_EVENTS } },
		options: [
			{
				name: 'Ignore Phases',
				value: 'ignore',
				description: 'Only projects start the workflow',
			},
			{
				name: 'Include Phases',
				value: 'include',
				description: 'Projects and phases start the workflow; is_phase tells them apart',
			},
			{
				name: 'Only Phases',
				value: 'only',
				description: 'Only phases start the workflow',
			},
		],
		description:
			'Resource Management sends project events for phases too (a phase is a project with a parent_id). Whether phases start the workflow.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Output',
				name: 'output',
				type: 'options',
				default: 'record',
				options: [
					{
						name: 'Record With Event Name',
						value: 'record',
						description:
							"The record's fields (as the Resource Management node's Get returns them) plus event, and is_phase for project events",
					},
					{
						name: 'Raw Payload',
						value: 'raw',
						description: 'Exactly what Resource Management sent: {type, data}',
					},
				],
				description: 'Shape of the item each event becomes',
			},
		],
	},
];

export type PhaseFilter = 'ignore' | 'include' | 'only';

/** Whether a project event is about a phase: RM models phases as projects with a parent. */
function isPhaseEvent(type: string, data: IDataObject): boolean {
	return PROJECT_EVENTS.includes(type) && data.parent_id !== null && data.parent_id !== undefined;
}

/** Whether a delivery passes the Phase Events setting (events other than project ones always do). */
export function passesPhaseFilter(type: string, data: IDataObject, filter: PhaseFilter): boolean {
	if (!PROJECT_EVENTS.includes(type)) return true;
	const phase = isPhaseEvent(type, data);
	if (filter === 'only') return phase;
	if (filter === 'include') return true;
	return !phase;
}

/**
 * The item for one delivery. By default the record itself, so expressions read `$json.id`,
 * `$json.hours` … exactly as after a Get in the Resource Management node; `event` names what
 * happened (RM records already use `type` for the kind of record, e.g. "Project").
 */
export function eventItem(type: string, data: IDataObject, output: 'record' | 'raw'): IDataObject {
	if (output === 'raw') return { type, data };
	const item: IDataObject = { event: type };
	if (PROJECT_EVENTS.includes(type)) item.is_phase = isPhaseEvent(type, data);
	// Event first for reading, and it wins should a record ever carry a field of that name.
	return { ...item, ...data, ...item };
}
