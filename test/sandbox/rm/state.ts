/**
 * In-memory Resource Management account and the shared rules of its API v1: the `auth`
 * header, `{data, paging}` lists with relative next links that keep the filters, bare objects
 * on get/create/update, an empty body on delete, and "bad data" validation failures (403).
 */
import type { Handler, Route, SandboxRequest, SandboxResponse } from '../server';

export type Rec = Record<string, unknown>;

export const RM_TOKEN = 'rm-sandbox-token-7f3a9c2e5b1d4f60a8e2c3b4d5e6f708';

/** Every RM path starts here (relative to the sandbox origin). */
export const RM_PREFIX = '/api/v1';

export interface RmState {
	projects: Map<number, Rec>;
	users: Map<number, Rec>;
	placeholders: Map<number, Rec>;
	leaveTypes: Map<number, Rec>;
	assignments: Map<number, Rec>;
	subtasks: Map<number, Rec>;
	timeEntries: Map<number, Rec>;
	tags: Map<number, Rec>;
	/** owner key (`project:1` / `user:2`) → attached tag ids */
	tagLinks: Map<string, Set<number>>;
	customFields: Map<number, Rec>;
	customFieldValues: Map<number, Rec>;
	approvals: Map<number, Rec>;
	statusOptions: Map<number, Rec>;
	nextId: number;
}

export const RM_SEED = {
	projectCount: 400,
	phasesPerProject: 2,
	userCount: 60,
	placeholderCount: 5,
	/** Time entries of the account; the paging tests read them all. */
	timeEntryCount: 6000,
	firstProjectId: 1001,
	firstUserId: 501,
	firstPlaceholderId: 901,
	firstTimeEntryId: 3_000_000_001,
	leaveTypeIds: [11, 12, 13],
};

const NOW = '2026-01-05T09:00:00Z';

/**
 * The instant stamp() hands out: the seed instant, so tests can assert exact records. Tests of
 * change detection (the polling trigger) move it with setRmClock, so that records created or
 * changed later carry later (or deliberately equal) created_at / updated_at; without an
 * argument it goes back to the seed instant. `'wall'` stamps with the current time, as RM does
 * (the live kit checks that updated_at moves).
 */
let clock: string = NOW;
export function setRmClock(instant: string = NOW): void {
	clock = instant;
}

export function stamp(): { created_at: string; updated_at: string } {
	const now = clock === 'wall' ? `${new Date().toISOString().slice(0, 19)}Z` : clock;
	return { created_at: now, updated_at: now };
}

export function seedRmState(): RmState {
	const state: RmState = {
		projects: new Map(),
		users: new Map(),
		placeholders: new Map(),
		leaveTypes: new Map(),
		assignments: new Map(),
		subtasks: new Map(),
		timeEntries: new Map(),
		tags: new Map(),
		tagLinks: new Map(),
		customFields: new Map(),
		customFieldValues: new Map(),
		approvals: new Map(),
		statusOptions: new Map(),
		nextId: 50_000,
	};
	['Vacation', 'Sick', 'Holiday'].forEach((name, i) => {
		const id = RM_SEED.leaveTypeIds[i];
		state.leaveTypes.set(id, {
			id,
			name,
			description: null,
			guid: `lt-${id}`,
			deleted_at: null,
			type: 'LeaveType',
			...stamp(),
		});
	});
	for (let i = 0; i < RM_SEED.userCount; i++) {
		const id = RM_SEED.firstUserId + i;
		const first = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald'][i % 6];
		const last = `Tester${String(i).padStart(2, '0')}`;
		state.users.set(id, {
			id,
			first_name: first,
			last_name: last,
			display_name: `${first} ${last}`,
			email: `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
			user_type_id: 3,
			billable: true,
			hire_date: null,
			termination_date: null,
			mobile_phone: null,
			office_phone: null,
			archived: i === RM_SEED.userCount - 1,
			archived_at: null,
			deleted: false,
			deleted_at: null,
			account_owner: i === 0,
			invitation_pending: false,
			user_settings: 0,
			guid: `user-${id}`,
			employee_number: `E-${id}`,
			role: 'Consultant',
			discipline: 'Engineering',
			location: 'Berlin',
			type: 'User',
			license_type: 'licensed',
			billability_target: 100,
			billrate: -1,
			has_login: true,
			login_type: 'default',
			thumbnail: '',
			approver_user_ids: [],
			approvee_user_ids: [],
			last_login_time: NOW,
			...stamp(),
		});
	}
	for (let i = 0; i < RM_SEED.placeholderCount; i++) {
		const id = RM_SEED.firstPlaceholderId + i;
		state.placeholders.set(id, {
			id,
			title: `Designer ${i + 1}`,
			role: 'Designer',
			discipline: 'Design',
			location: null,
			type: 'PlaceholderResource',
			...stamp(),
		});
	}
	for (let i = 0; i < RM_SEED.projectCount; i++) {
		const id = RM_SEED.firstProjectId + i;
		state.projects.set(
			id,
			projectRecord(id, {
				name: i === 0 ? 'Website Relaunch' : `Project ${String(i).padStart(3, '0')}`,
				client: i % 2 ? 'ACME' : 'Globex',
				project_code: `P-${id}`,
				project_state: ['Confirmed', 'Tentative', 'Internal'][i % 3],
				starts_at: '2026-01-01',
				ends_at: i % 4 === 0 ? '2026-03-31' : '2026-12-31',
				archived: i % 40 === 39,
			}),
		);
		for (let p = 0; p < RM_SEED.phasesPerProject; p++) {
			const phaseId = 100_000 + id * 10 + p;
			state.projects.set(
				phaseId,
				projectRecord(phaseId, {
					name: `Project ${id}`,
					parent_id: id,
					phase_name: ['Discovery', 'Delivery'][p],
					starts_at: '2026-01-01',
					ends_at: '2026-06-30',
					use_parent_bill_rates: true,
				}),
			);
		}
	}
	for (let i = 0; i < RM_SEED.timeEntryCount; i++) {
		const id = RM_SEED.firstTimeEntryId + i;
		const day = 1 + (i % 28);
		state.timeEntries.set(id, {
			id,
			user_id: RM_SEED.firstUserId + (i % 10),
			assignable_id: RM_SEED.firstProjectId + (i % 7),
			assignable_type: 'Project',
			date: `2026-02-${String(day).padStart(2, '0')}`,
			hours: 1 + (i % 8),
			scheduled_hours: null,
			is_suggestion: false,
			task: null,
			notes: null,
			bill_rate: 100,
			bill_rate_id: 1,
			...stamp(),
		});
	}
	return state;
}

/** A project or phase with every field the API returns. */
export function projectRecord(id: number, fields: Rec): Rec {
	return {
		id,
		name: '',
		description: null,
		guid: `project-${id}`,
		parent_id: null,
		phase_name: null,
		project_code: '',
		client: '',
		project_state: 'Confirmed',
		starts_at: null,
		ends_at: null,
		archived: false,
		archived_at: null,
		deleted_at: null,
		settings: 0,
		timeentry_lockout: -1,
		use_parent_bill_rates: false,
		thumbnail: null,
		secureurl: null,
		secureurl_expiration: null,
		type: 'Project',
		has_pending_updates: false,
		...stamp(),
		...fields,
	};
}

// ---------------------------------------------------------------------------------------------
// Shared rules

export function unauthorized(): SandboxResponse {
	return { status: 401, body: { message: 'Invalid or missing API token' } };
}

/** The token comes in the `auth` header (documented) or, less safely, as `?auth=`. */
export function isAuthorized(req: SandboxRequest): boolean {
	return req.headers.auth === RM_TOKEN || req.query.auth === RM_TOKEN;
}

/** RM reports validation failures as 403 "bad data" with a list of errors. */
export function badData(...errors: string[]): SandboxResponse {
	return { status: 403, body: { message: 'bad data', errors } };
}

export function notFound(): SandboxResponse {
	return { status: 404, body: { message: 'not found' } };
}

export function ok(body: unknown): SandboxResponse {
	return { status: 200, body };
}

/** DELETE answers 200 with an empty body. */
export function deleted(): SandboxResponse {
	return { status: 200 };
}

/** A route of the RM API: auth checked first. */
export function route(method: string, path: string, handler: Handler): Route {
	return {
		method,
		pattern: RM_PREFIX + path,
		handler: (req, params) => (isAuthorized(req) ? handler(req, params) : unauthorized()),
	};
}

export type RmRouteModule = (state: RmState) => Route[];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real `YYYY-MM-DD` date. */
export function isDate(value: unknown): boolean {
	if (typeof value !== 'string') return false;
	const m = DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Checks a request body against the writable fields; returns a "bad data" response or undefined. */
export function checkBody(
	body: unknown,
	rules: { allowed: string[]; required?: string[]; dates?: string[]; readOnly?: string[] },
): SandboxResponse | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		return { status: 400, body: { message: 'The request body had invalid json' } };
	}
	const data = body as Rec;
	for (const key of rules.readOnly ?? []) {
		if (key in data) return { status: 403, body: { message: `cannot assign attributes: ${key}` } };
	}
	const errors: string[] = [];
	for (const key of Object.keys(data))
		if (!rules.allowed.includes(key)) errors.push(`unknown attribute: ${key}`);
	for (const key of rules.required ?? []) {
		if (data[key] === undefined || data[key] === null || data[key] === '')
			errors.push(`${key.replace(/_/g, ' ')} can't be blank`);
	}
	for (const key of rules.dates ?? []) {
		if (data[key] !== undefined && data[key] !== null && !isDate(data[key]))
			errors.push(`${key} must be a valid date (yyyy-mm-dd)`);
	}
	return errors.length ? badData(...errors) : undefined;
}

/** Checks `from`/`to` query dates ("must be valid yyyy-mm-dd"). */
export function checkQueryDates(
	req: SandboxRequest,
	keys = ['from', 'to'],
): SandboxResponse | undefined {
	for (const key of keys) {
		const value = req.query[key];
		if (value !== undefined && !isDate(value))
			return { status: 400, body: { message: `${key} must be a valid date in yyyy-mm-dd format` } };
	}
	return undefined;
}

export function newId(state: RmState): number {
	return ++state.nextId;
}

/**
 * A `{data, paging}` answer for one page of `records`. `per_page` defaults to 20 and is capped at
 * 1000; `next`/`previous`/`self` are paths relative to the host that keep every query parameter.
 */
export function page(req: SandboxRequest, records: Rec[]): SandboxResponse {
	const perPage = Math.min(Math.max(Number(req.query.per_page ?? 20) || 20, 1), 1000);
	const pageNo = Math.max(Number(req.query.page ?? 1) || 1, 1);
	const start = (pageNo - 1) * perPage;
	const data = records.slice(start, start + perPage);
	const link = (n: number) => {
		const params = new URLSearchParams();
		for (const [key, value] of Object.entries(req.query)) {
			if (key === 'page' || key === 'per_page' || key === 'auth') continue;
			for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
		}
		params.set('per_page', String(perPage));
		params.set('page', String(n));
		return `${req.path}?${params.toString()}`;
	};
	return ok({
		data,
		paging: {
			self: link(pageNo),
			next: start + perPage < records.length ? link(pageNo + 1) : null,
			previous: pageNo > 1 ? link(pageNo - 1) : null,
			page: pageNo,
			per_page: perPage,
		},
	});
}

/** A 429 as RM sends it: rate-limit headers, reset as an epoch second. */
export function rateLimited(resetInSeconds = 1): SandboxResponse {
	return {
		status: 429,
		headers: {
			'X-RateLimit-Limit': '120',
			'X-RateLimit-Remaining': '0',
			'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds),
		},
		body: { message: 'Too Many Requests' },
	};
}
