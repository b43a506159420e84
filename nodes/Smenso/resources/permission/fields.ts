import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { urlIdOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { checkId, isValidId } from '../../../shared/idChecks';
import { writeOptionsField } from '../../shared/writeFields';
import { projectLocator, taskLocator } from '../../shared/locators';

/**
 * Access and privacy of projects and tasks (smenso.md §5.11 [NODE-B]): *access* says who may
 * change the record, *privacy* who may see it. Every path is
 * `/api/integration/permissions/{project|task}/[access|private/]json/{id}`.
 */
export type PermissionKind = 'access' | 'private';

const TARGET_SEGMENT = '{{ $parameter.target === "task" ? "task" : "project" }}';
const TARGET_ID = urlIdOf(
	'$parameter.target === "task" ? $parameter.taskId : $parameter.projectId',
);

/** URL of the settings (`kind` omitted) or of their access or privacy part, for the chosen target. */
export function permissionUrl(kind?: PermissionKind): string {
	return `=/api/integration/permissions/${TARGET_SEGMENT}/${kind ? `${kind}/` : ''}json/${TARGET_ID}`;
}

export const targetField: INodeProperties = {
	displayName: 'Target',
	name: 'target',
	type: 'options',
	default: 'project',
	description: 'Whether the permissions belong to a project or to a task',
	options: [
		{ name: 'Project', value: 'project' },
		{ name: 'Task', value: 'task' },
	],
};

/** Target, then the project (the record itself, or only the source of the task list) and the task. */
export function targetFields(what: string): INodeProperties[] {
	return [
		targetField,
		{ ...projectLocator(`The project ${what}`), displayOptions: { show: { target: ['project'] } } },
		{
			...projectLocator('Only used to list its tasks in the Task picker; not sent to smenso'),
			required: false,
			displayOptions: { show: { target: ['task'] } },
		},
		{
			...taskLocator(`The task ${what} (the list shows the tasks of the selected project)`),
			displayOptions: { show: { target: ['task'] } },
		},
	];
}

/** Checks the ID of the project or task the Target names. */
function checkTarget(ctx: IExecuteSingleFunctions): string {
	return ctx.getNodeParameter('target', 'project') === 'task'
		? checkId(ctx, 'taskId', 'Task', 'guid')
		: checkId(ctx, 'projectId', 'Project', 'guid');
}

/** preSend: the project or task ID must be a GUID before anything is sent. */
export const requireTarget: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) {
	checkTarget(this);
	return options;
};

/** Permission writes send no envelope, so only the ticket handling of the write options applies. */
export const permissionWriteOptionsField: INodeProperties = {
	...writeOptionsField,
	options: (writeOptionsField.options ?? []).filter(
		(option) => !('name' in option) || !['timezoneId', 'noFeed'].includes(option.name),
	),
};

const EXPRESSION_HINT =
	'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

interface ListSpec {
	/** Parameter name. */
	name: string;
	displayName: string;
	/** Body path: `add` or `remove`, then `users` or `teams`. */
	change: 'add' | 'remove';
	who: 'users' | 'teams';
}

const LISTS: ListSpec[] = [
	{ name: 'addUsers', displayName: 'Add User Names or IDs', change: 'add', who: 'users' },
	{ name: 'addTeams', displayName: 'Add Team Names or IDs', change: 'add', who: 'teams' },
	{ name: 'removeUsers', displayName: 'Remove User Names or IDs', change: 'remove', who: 'users' },
	{ name: 'removeTeams', displayName: 'Remove Team Names or IDs', change: 'remove', who: 'teams' },
];

/** The four user and team lists of Set Access and Set Privacy; `grant` words what being on the list means. */
export function changeFields(grant: string): INodeProperties[] {
	const text: Record<string, string> = {
		addUsers: `Members who get ${grant}. As an expression: member e-mail addresses or user GUIDs, as an array or comma-separated.`,
		addTeams: `Teams whose members get ${grant}. As an expression: team names or GUIDs, as an array or comma-separated.`,
		removeUsers: `Members whose ${grant} is taken away. As an expression: member e-mail addresses or user GUIDs, as an array or comma-separated.`,
		removeTeams: `Teams whose ${grant} is taken away. As an expression: team names or GUIDs, as an array or comma-separated.`,
	};
	return LISTS.map((list) => ({
		displayName: list.displayName,
		name: list.name,
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: list.who === 'users' ? 'getMembers' : 'getTeams' },
		default: [],
		description: `${text[list.name]} ${EXPRESSION_HINT}`,
	}));
}

/** Users are e-mail addresses or GUIDs, so they may also be separated by semicolons (as mail programs copy them). */
const SEPARATORS = { users: /[,;\r\n]+/, teams: /[,\r\n]+/ };

/** A list parameter as entries: from the picker (array), or an expression (array or comma-separated text). */
function readList(ctx: IExecuteSingleFunctions, list: ListSpec): string[] {
	const raw = ctx.getNodeParameter(list.name, []) as unknown;
	const values = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
	const entries: string[] = [];
	for (const value of values) {
		if (value === undefined || value === null) continue;
		if (typeof value !== 'string' && typeof value !== 'number') {
			throw inputError(
				ctx.getNode(),
				`'${list.displayName}' contains a value that is not text: ${JSON.stringify(value)}`,
				list.who === 'users'
					? "Map each member's e-mail address or user GUID (e.g. {{ $json.email }}), not the whole record."
					: "Map each team's name or GUID (e.g. {{ $json.Name }}), not the whole record.",
				ctx.getItemIndex(),
			);
		}
		entries.push(
			...String(value)
				.split(SEPARATORS[list.who])
				.map((entry) => entry.trim())
				.filter(Boolean),
		);
	}
	const unique = entries.filter(
		(entry, index) =>
			entries.findIndex((other) => other.toLowerCase() === entry.toLowerCase()) === index,
	);
	if (list.who === 'users') {
		const bad = unique.find((entry) => !isValidId(entry, 'guidOrEmail'));
		if (bad !== undefined) {
			throw inputError(
				ctx.getNode(),
				`'${list.displayName}' contains an invalid user: ${JSON.stringify(bad)}`,
				"Each user must be a member's e-mail address such as jane.doe@example.com or their user GUID: pick members from the list, or map their e-mail or ID. Separate several with commas.",
				ctx.getItemIndex(),
			);
		}
	}
	return unique;
}

/**
 * preSend of Set Access and Set Privacy: `{ add: { users, teams }, remove: { users, teams } }`
 * with each list as comma-separated text, empty lists left out (the shape smenso's node sends,
 * smenso.md §5.11). At least one user or team must be given.
 */
export const permissionChanges: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) {
	checkTarget(this);
	const lists = LISTS.map((list) => ({ list, entries: readList(this, list) }));
	if (lists.every(({ entries }) => entries.length === 0)) {
		throw inputError(
			this.getNode(),
			'No users or teams given',
			`Choose at least one member or team in ${LISTS.map((list) => `'${list.displayName}'`).join(', ')}.`,
			this.getItemIndex(),
		);
	}
	for (const who of ['users', 'teams'] as const) {
		const [added, removed] = (['add', 'remove'] as const).map(
			(change) => lists.find(({ list }) => list.change === change && list.who === who)!,
		);
		const both = added.entries.find((entry) =>
			removed.entries.some((other) => other.toLowerCase() === entry.toLowerCase()),
		);
		if (both !== undefined) {
			throw inputError(
				this.getNode(),
				`${JSON.stringify(both)} is in both '${added.list.displayName}' and '${removed.list.displayName}'`,
				'Keep each member or team in only one of the two lists.',
				this.getItemIndex(),
			);
		}
	}
	const body: IDataObject = { add: {}, remove: {} };
	for (const { list, entries } of lists) {
		if (entries.length) (body[list.change] as IDataObject)[list.who] = entries.join(',');
	}
	options.body = body;
	return options;
};
