/**
 * In-memory smenso workspace: seeded records, tokens, tickets and the shared rules of the
 * Integration API (auth header, date formats, envelope validation, 202 tickets).
 * What the spec marks as documented is enforced; what it marks unknown is modelled on the
 * shapes it suggests (see ../../../README.md, "What the sandbox assumes").
 */
import { createHash } from 'node:crypto';
import type { SandboxRequest, SandboxResponse } from '../server';

export type Rec = Record<string, unknown>;

export const SMENSO_TOKENS = {
	/** Admin user's token: may read and write. */
	admin: 'c21lbnNvLWFkbWluOnNhbmRib3gtc2VjcmV0LTAwMDAwMDAwMDAwMDAwMDA=',
	/** Member's token: may read, writes answer 403. */
	member: 'c21lbnNvLW1lbWJlcjpzYW5kYm94LXNlY3JldC0xMTExMTExMTExMTExMTEx',
};

/** Deterministic GUID from a seed text, so seeded IDs are stable across runs. */
export function guid(seed: string): string {
	const h = createHash('sha1').update(seed).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface Ticket {
	ticketId: string;
	polls: number;
	/** Polls until the ticket reaches its final status (Created → Processing → final). */
	pollsToFinish: number;
	final: 'Completed' | 'Failed';
	items: Rec[];
}

/**
 * How smenso answers a write: the references allow both ("sync or async depending on
 * endpoint", "handle both 200 and 202 everywhere", smenso.md §3.2, §10.3).
 * - `async`: every write answers 202 + ticket (Created → Processing → Completed/Failed).
 * - `sync`: a write of one item answers 200 with its final result; writes of several items
 *   still answer 202 + ticket.
 * The suite runs in both (jest projects `smenso-async` / `smenso-sync`, SANDBOX_SMENSO_WRITES).
 */
export type WriteMode = 'async' | 'sync';

/**
 * Shape of a synchronous answer (sync mode). The references show only the ticket result
 * (`{ticketId, status, items}`, smenso.md §4.3, hypothetical); a synchronous endpoint may as
 * well send that result with no ticket, the bare item result, or an array of item results.
 */
export type SyncShape = 'envelope' | 'item' | 'array';

export function writeModeFromEnv(): WriteMode {
	return process.env.SANDBOX_SMENSO_WRITES === 'sync' ? 'sync' : 'async';
}

export interface SmensoState {
	/** How writes answer (see WriteMode); tests may switch it. */
	writeMode: WriteMode;
	syncShape: SyncShape;
	/**
	 * The name task answers give the due date: `dueDate` (the reference's probable name, what the
	 * node sends) or `endDate` (smenso's node). Input takes both; the live kit's flip test uses it.
	 */
	taskDueField: 'dueDate' | 'endDate';
	projects: Map<string, Rec>;
	tasks: Map<string, Rec>;
	folders: Map<string, Rec>;
	absences: Map<string, Rec>;
	timeRecords: Map<string, Rec>;
	statusReports: Map<string, Rec>;
	comments: Map<string, Rec>;
	members: Rec[];
	absenceTypes: Map<string, Rec>;
	flavors: Rec[];
	timezones: string[];
	projectTemplates: Set<string>;
	taskTemplates: Set<string>;
	statusReportTemplates: Set<string>;
	tickets: Map<string, Ticket>;
	/** Attachments by ID (test/sandbox/smenso/attachments.ts seeds and serves them). */
	attachments: Map<string, Rec>;
	/** Access and privacy settings of projects and tasks, keyed `project:<id>` / `task:<id>` (permissions.ts). */
	permissions: Map<string, Rec>;
	/** Members' working-time periods (daily capacities) by ID (workingTimes.ts). */
	workingTimes: Map<string, Rec>;
	/** Teams of the workspace: `{id, name, members: [member GUIDs]}`; read through the teams export. */
	teams: Rec[];
	/** Invitations sent (settings.ts). */
	invites: Rec[];
	/** Polls a ticket needs before it is final (tests may change it). */
	pollsToFinish: number;
	counter: number;
}

export const SEED = {
	projectCount: 2500,
	/** The project that carries tasks, folders, time records and reports in the seed. */
	mainProjectId: guid('project-0'),
	taskTemplateId: guid('task-template-1'),
	projectTemplateId: guid('project-template-1'),
	statusReportTemplateId: guid('status-report-template-1'),
};

export function seedState(): SmensoState {
	const state: SmensoState = {
		projects: new Map(),
		tasks: new Map(),
		folders: new Map(),
		absences: new Map(),
		timeRecords: new Map(),
		statusReports: new Map(),
		comments: new Map(),
		members: [],
		absenceTypes: new Map(),
		flavors: [],
		timezones: [
			'UTC',
			'W. Europe Standard Time',
			'GMT Standard Time',
			'Eastern Standard Time',
			'Pacific Standard Time',
		],
		projectTemplates: new Set([SEED.projectTemplateId]),
		taskTemplates: new Set([SEED.taskTemplateId]),
		statusReportTemplates: new Set([SEED.statusReportTemplateId]),
		tickets: new Map(),
		attachments: new Map(),
		permissions: new Map(),
		workingTimes: new Map(),
		teams: [],
		invites: [],
		writeMode: writeModeFromEnv(),
		syncShape: 'envelope',
		taskDueField: 'dueDate',
		pollsToFinish: 3,
		counter: 0,
	};
	const names = [
		'Ada Lovelace',
		'Grace Hopper',
		'Alan Turing',
		'Edsger Dijkstra',
		'Barbara Liskov',
	];
	names.forEach((name, i) => {
		const [first, last] = name.split(' ');
		state.members.push({
			id: guid(`member-${i}`),
			firstName: first,
			lastName: last,
			displayName: name,
			email: `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
			role: i === 0 ? 'admin' : 'member',
			active: true,
		});
	});
	['Design', 'Engineering', 'Management'].forEach((name, i) => {
		state.teams.push({
			id: guid(`team-${i}`),
			name,
			members: state.members.filter((_m, m) => m % 3 === i).map((m) => m.id),
		});
	});
	for (let i = 0; i < SEED.projectCount; i++) {
		const id = guid(`project-${i}`);
		state.projects.set(id, {
			id,
			title: i === 0 ? 'Website Relaunch' : `Project ${String(i).padStart(4, '0')}`,
			description: '',
			phaseId: 1 + (i % 3),
			typeId: 1 + (i % 2),
			statusId: 1,
			startDate: '01.01.2026',
			endDate: '31.12.2026',
			externalId: `EXT-${i}`,
			projectManager: state.members[i % names.length].id,
			archived: i % 50 === 49,
			budget: 10000 + i,
			currency: 'EUR',
			flavors: [],
		});
	}
	for (let t = 0; t < 3; t++) {
		const id = guid(`task-${t}`);
		state.tasks.set(id, {
			id,
			projectId: SEED.mainProjectId,
			parentId: null,
			title: ['Design', 'Build', 'Launch'][t],
			startDate: '05.01.2026',
			dueDate: '30.01.2026',
			statusId: 1,
			priority: 2,
			dependencies: [],
		});
	}
	const sub = guid('task-0-sub-0');
	state.tasks.set(sub, {
		id: sub,
		projectId: SEED.mainProjectId,
		parentId: guid('task-0'),
		title: 'Wireframes',
		startDate: '05.01.2026',
		dueDate: '12.01.2026',
		statusId: 1,
		priority: 2,
		dependencies: [],
	});
	['Vacation', 'Sick leave', 'Training'].forEach((title, i) => {
		const id = guid(`absence-type-${i}`);
		state.absenceTypes.set(id, {
			id,
			title,
			type: i === 0 ? 'limited' : 'unlimited',
			isApprovalNecessary: i === 0,
		});
	});
	state.flavors.push(
		{
			id: guid('flavor-0'),
			title: 'Region',
			type: 'SingleSelect',
			target: 'Project',
			values: ['EMEA', 'APAC'],
		},
		{ id: guid('flavor-1'), title: 'Cost Center', type: 'Text', target: 'Project' },
		{ id: guid('flavor-2'), title: 'Score', type: 'Formula', target: 'Task' },
		{ id: guid('flavor-3'), title: 'Story Points', type: 'Number', target: 'Task' },
		{ id: guid('flavor-4'), title: 'Billable', type: 'Boolean', target: 'Project' },
		{ id: guid('flavor-5'), title: 'Go-Live', type: 'Date', target: 'Project' },
		{
			id: guid('flavor-6'),
			title: 'Channels',
			type: 'MultiSelect',
			target: 'Project',
			values: ['Web', 'Mobile', 'Print'],
		},
	);
	return state;
}

// ---------------------------------------------------------------------------------------------
// Shared rules

export function unauthorized(): SandboxResponse {
	return { status: 401, body: { message: 'Authorization has been denied for this request.' } };
}

/** 401 unless `Authorization: Basic <known token>`; returns the caller's role. */
export function authRole(req: SandboxRequest): 'admin' | 'member' | undefined {
	const header = req.headers.authorization;
	if (typeof header !== 'string' || !header.startsWith('Basic ')) return undefined;
	const token = header.slice('Basic '.length);
	if (token === SMENSO_TOKENS.admin) return 'admin';
	if (token === SMENSO_TOKENS.member) return 'member';
	return undefined;
}

export function forbidden(): SandboxResponse {
	return {
		status: 403,
		body: { message: 'Write operations require a token of a workspace administrator.' },
	};
}

export function notFound(what: string): SandboxResponse {
	return { status: 404, body: { message: `${what} not found` } };
}

/** ASP.NET-style validation failure, the shape the spec expects for 400s. */
export function validation(errors: Record<string, string[]>): SandboxResponse {
	return {
		status: 400,
		body: {
			title: 'One or more validation errors occurred.',
			status: 400,
			errors,
		},
	};
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DE_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/** smenso accepts `yyyy-MM-dd` or `dd.MM.yyyy`, never a time or an offset. Returns ISO or undefined. */
export function readDate(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	let y: string, m: string, d: string;
	const iso = ISO_DATE.exec(value);
	const de = DE_DATE.exec(value);
	if (iso) [, y, m, d] = iso;
	else if (de) [, d, m, y] = de;
	else return undefined;
	const date = new Date(Date.UTC(+y, +m - 1, +d));
	if (date.getUTCFullYear() !== +y || date.getUTCMonth() !== +m - 1 || date.getUTCDate() !== +d)
		return undefined;
	return `${y}-${m}-${d}`;
}

/** Output dates come back as dd.MM.yyyy. */
export function outDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${d}.${m}.${y}`;
}

export interface EnvelopeRules {
	/** Name of the item array, e.g. `project`. */
	entity: string;
	/** Allowed item fields; anything else is rejected as unknown. */
	fields: string[];
	required?: string[];
	dates?: string[];
	/** Allowed top-level keys besides the item array. */
	topLevel?: string[];
	/** Top-level keys that must be present. */
	topRequired?: string[];
}

/**
 * Validates a write envelope `{ timezoneId?, <entity>: [ {...} ] }`. Returns a 400 response or
 * the items with dates normalised to ISO.
 */
export function readEnvelope(
	body: unknown,
	rules: EnvelopeRules,
): { error?: SandboxResponse; items: Rec[]; top: Rec } {
	const errors: Record<string, string[]> = {};
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		return { error: validation({ '': ['A JSON object body is required.'] }), items: [], top: {} };
	}
	const top = body as Rec;
	const allowedTop = new Set([
		'timezoneId',
		'noFeed',
		'externalIdReference',
		rules.entity,
		...(rules.topLevel ?? []),
	]);
	for (const key of Object.keys(top))
		if (!allowedTop.has(key)) errors[key] = [`Unknown field '${key}'.`];
	for (const key of rules.topRequired ?? [])
		if (top[key] === undefined || top[key] === '') errors[key] = [`The ${key} field is required.`];
	if (top.timezoneId !== undefined && (typeof top.timezoneId !== 'string' || !top.timezoneId))
		errors.timezoneId = ['Unknown time zone.'];
	const list = top[rules.entity];
	if (!Array.isArray(list) || list.length === 0) {
		errors[rules.entity] = [`The ${rules.entity} field must be a non-empty array.`];
		return { error: validation(errors), items: [], top };
	}
	const allowed = new Set([...rules.fields, 'tempId', 'externalId']);
	const items = list.map((raw, index) => {
		const item = { ...(raw as Rec) };
		const at = `${rules.entity}[${index}]`;
		for (const key of Object.keys(item))
			if (!allowed.has(key)) errors[`${at}.${key}`] = [`Unknown field '${key}'.`];
		for (const key of rules.required ?? []) {
			if (item[key] === undefined || item[key] === null || item[key] === '')
				errors[`${at}.${key}`] = [`The ${key} field is required.`];
		}
		for (const key of rules.dates ?? []) {
			if (item[key] === undefined || item[key] === null) continue;
			const iso = readDate(item[key]);
			if (!iso)
				errors[`${at}.${key}`] = [
					`'${String(item[key])}' is not a valid date. Use yyyy-MM-dd or dd.MM.yyyy without time or offset.`,
				];
			else item[key] = iso;
		}
		return item;
	});
	return { error: Object.keys(errors).length ? validation(errors) : undefined, items, top };
}

/**
 * Answers a write with its item results: 202 + ticket (async mode, or several items), or the
 * final result at once with 200 (sync mode, one item) in the chosen SyncShape.
 */
export function accept(state: SmensoState, items: Rec[]): SandboxResponse {
	const failed = items.some((item) => item.success === false);
	const status = failed ? 'Failed' : 'Completed';
	if (state.writeMode === 'sync' && items.length === 1) {
		const body = { envelope: { ticketId: null, status, items }, item: items[0], array: items }[
			state.syncShape
		];
		return { status: 200, body };
	}
	const ticketId = guid(`ticket-${++state.counter}`);
	state.tickets.set(ticketId, {
		ticketId,
		polls: 0,
		pollsToFinish: state.pollsToFinish,
		final: status,
		items,
	});
	return { status: 202, body: { ticketId } };
}

/** One item result inside a ticket. */
export function itemResult(item: Rec, id: string | null, error?: string): Rec {
	return {
		tempId: item.tempId ?? null,
		id,
		success: !error,
		messages: error ? [{ type: 'Error', text: error }] : [],
	};
}

export function newId(state: SmensoState, kind: string): string {
	return guid(`${kind}-new-${++state.counter}`);
}
