/**
 * Resource Management Polling Trigger through n8n-core's real PollContext against the sandbox.
 * Records are created and changed through the sandbox's API between polls, with the sandbox clock
 * (setRmClock) set so that several records share one second, or land exactly on the second the
 * trigger's cursor stands at. Every poll's requests are asserted one by one.
 */
import { DateTime } from 'luxon';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { ResourceManagementPollingTrigger } from '../../nodes/ResourceManagement/ResourceManagementPollingTrigger.node';
import { PROBE_PAGE_SIZE } from '../../nodes/ResourceManagement/triggers/pollSource';
import { rmCredential, shape } from '../harness/rm';
import { createPoller, type Poller, type PollResult } from '../harness/run-poll';
import { useSandbox } from '../harness/sandbox';
import { RM_TOKEN } from '../sandbox';
import type { SandboxRequest } from '../sandbox/server';
import { ASSIGNMENT_SEED } from '../sandbox/rm/assignments';
import { newId, RM_SEED, setRmClock, type Rec } from '../sandbox/rm/state';
import { timeEntryRecord } from '../sandbox/rm/timeEntries';

const node = new ResourceManagementPollingTrigger();

const sandbox = useSandbox();
afterEach(() => setRmClock());

/** An instant on the sandbox's day (the seed is stamped 2026-01-05T09:00:00Z). */
const at = (time: string, day = '2026-01-05') => `${day}T${time}Z`;

function poller(parameters: INodeParameters, token?: string): Poller {
	return createPoller({ nodeType: node, parameters, credential: rmCredential(sandbox, token) });
}

/** One poll and the requests it made. */
async function poll(
	trigger: Poller,
	how: 'poll' | 'fetchTestEvent' = 'poll',
): Promise<PollResult & { requests: SandboxRequest[] }> {
	sandbox.clearRequests();
	const result = await trigger[how]();
	return { ...result, requests: [...sandbox.requests] };
}

/** A call to the sandbox's RM API, as someone working in RM would make it. */
async function api(method: string, path: string, body?: unknown): Promise<Rec> {
	const response = await fetch(`${sandbox.rmBaseUrl}/api/v1${path}`, {
		method,
		headers: { auth: RM_TOKEN, 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
	return text ? (JSON.parse(text) as Rec) : {};
}

/** Logs time at `instant` (the sandbox stamps created_at and updated_at with it); answers the id. */
async function logTime(instant: string, fields: Rec = {}): Promise<number> {
	setRmClock(instant);
	const entry = await api('POST', '/users/501/time_entries', {
		assignable_id: 1001,
		date: '2026-03-02',
		hours: 1,
		...fields,
	});
	return Number(entry.id);
}

const ids = (items: IDataObject[] | null) => (items ?? []).map((item) => Number(item.id));

const probe = (path: string, query: Record<string, string>) => ({
	method: 'GET',
	path: `/api/v1${path}`,
	query: { ...query, sort_order: 'descending', per_page: String(PROBE_PAGE_SIZE) },
	body: undefined,
});

describe('time entries, event New', () => {
	test('three successive polls emit exactly the new entries, oldest first, one request each', async () => {
		const trigger = poller({ resource: 'timeEntry', event: 'created' });
		const a = await logTime(at('10:00:00'));

		// Activation: the cursor marks the newest entry; nothing is emitted.
		const activation = await poll(trigger);
		expect(activation.error).toBeUndefined();
		expect(activation.items).toBeNull();
		expect(activation.requests.map(shape)).toEqual([
			probe('/time_entries', { sort_field: 'created' }),
		]);
		expect(activation.requests[0].headers.auth).toBe(RM_TOKEN);
		expect(trigger.staticData().pollCursor).toEqual({
			key: 'timeEntry|created|',
			at: '2026-01-05T10:00:00.000Z',
			ids: [String(a)],
		});

		// Poll 1: nothing changed.
		const first = await poll(trigger);
		expect(first.items).toBeNull();
		expect(first.requests.map(shape)).toEqual([probe('/time_entries', { sort_field: 'created' })]);

		// One entry in the very second the cursor stands at, three sharing a later second, and a
		// change to an old entry (not new, so not reported by this event).
		const b = await logTime(at('10:00:00'));
		const [c, d, e] = [
			await logTime(at('10:00:05')),
			await logTime(at('10:00:05')),
			await logTime(at('10:00:05')),
		];
		await api('PUT', `/users/501/time_entries/${RM_SEED.firstTimeEntryId}`, { hours: 7 });
		const second = await poll(trigger);
		expect(ids(second.items)).toEqual([b, c, d, e]);
		expect(second.items![0]).toEqual(sandbox.rm.timeEntries.get(b));
		expect(second.requests.map(shape)).toEqual([probe('/time_entries', { sort_field: 'created' })]);
		expect(trigger.staticData().pollCursor).toEqual({
			key: 'timeEntry|created|',
			at: '2026-01-05T10:00:05.000Z',
			ids: [String(c), String(d), String(e)],
		});

		// Poll 3: an entry created after poll 2 in the second poll 2 stopped at, and a later one.
		const f = await logTime(at('10:00:05'));
		const g = await logTime(at('10:00:09'));
		const third = await poll(trigger);
		expect(ids(third.items)).toEqual([f, g]);
		expect(third.requests).toHaveLength(1);

		const idle = await poll(trigger);
		expect(idle.items).toBeNull();
		expect(idle.requests).toHaveLength(1);
		// None missed, none twice.
		expect([...ids(second.items), ...ids(third.items)]).toEqual([b, c, d, e, f, g]);
	});

	test(`a burst larger than the first page: ${PROBE_PAGE_SIZE} records, then full pages of 1,000 from the top`, async () => {
		const trigger = poller({ resource: 'timeEntry', event: 'created' });
		await logTime(at('10:30:00'));
		await poll(trigger);

		// 1,200 entries in 400 seconds, three per second.
		const created: number[] = [];
		for (let i = 0; i < 1200; i++) {
			const id = newId(sandbox.rm);
			const instant = new Date(Date.parse(at('10:30:01')) + Math.floor(i / 3) * 1000)
				.toISOString()
				.replace('.000Z', 'Z');
			sandbox.rm.timeEntries.set(id, {
				...timeEntryRecord(sandbox.rm, {
					id,
					user_id: 502,
					assignable_id: 1002,
					date: '2026-03-03',
					hours: 2,
				}),
				created_at: instant,
				updated_at: instant,
			});
			created.push(id);
		}
		const burst = await poll(trigger);
		expect(ids(burst.items)).toEqual(created);
		const base = { sort_field: 'created', sort_order: 'descending' };
		expect(burst.requests.map((request) => request.query)).toEqual([
			{ ...base, per_page: String(PROBE_PAGE_SIZE) },
			{ ...base, per_page: '1000', page: '1' },
			{ ...base, per_page: '1000', page: '2' },
		]);
		expect(
			burst.requests.every(
				(request) => request.path === '/api/v1/time_entries' && request.headers.auth === RM_TOKEN,
			),
		).toBe(true);

		const idle = await poll(trigger);
		expect(idle.items).toBeNull();
		expect(idle.requests).toHaveLength(1);
	});

	test('Kind "Leave Only": only recorded absences start the workflow; the cursor still passes the work entries', async () => {
		const trigger = poller({ resource: 'timeEntry', event: 'created', kind: 'leave' });
		await logTime(at('11:00:00'));
		await poll(trigger);

		const work = await logTime(at('11:00:01'));
		const leave = await logTime(at('11:00:01'), { assignable_id: 12, hours: 8 });
		const result = await poll(trigger);
		expect(ids(result.items)).toEqual([leave]);
		expect(result.items![0]).toMatchObject({ assignable_type: 'LeaveType', assignable_id: 12 });
		expect(trigger.staticData().pollCursor).toMatchObject({ ids: [String(work), String(leave)] });
		expect((await poll(trigger)).items).toBeNull();
	});
});

describe('time entries, event New or Updated', () => {
	test('a change bumps updated_at: the entry is reported again, and the query sorts by updated', async () => {
		const trigger = poller({ resource: 'timeEntry', event: 'updated' });
		const activation = await poll(trigger);
		expect(activation.items).toBeNull();
		expect(activation.requests.map(shape)).toEqual([
			probe('/time_entries', { sort_field: 'updated' }),
		]);

		// The sandbox gives every time entry change a new, later updated_at.
		const id = RM_SEED.firstTimeEntryId + 5;
		const user = Number(sandbox.rm.timeEntries.get(id)!.user_id);
		await api('PUT', `/users/${user}/time_entries/${id}`, { notes: 'Corrected' });
		const changed = await poll(trigger);
		expect(ids(changed.items)).toEqual([id]);
		expect(changed.items![0]).toMatchObject({ notes: 'Corrected' });
		expect(changed.requests).toHaveLength(1);
		expect((await poll(trigger)).items).toBeNull();
	});
});

describe('projects and users', () => {
	test("projects New or Updated with phases: ties and a second change in the cursor's second", async () => {
		const trigger = poller({
			resource: 'project',
			event: 'updated',
			options: { includePhases: true },
		});
		setRmClock(at('12:00:00'));
		const created = Number((await api('POST', '/projects', { name: 'Polling demo' })).id);
		const activation = await poll(trigger);
		expect(activation.items).toBeNull();
		expect(activation.requests.map(shape)).toEqual([
			probe('/projects', { sort_field: 'updated', with_phases: 'true' }),
		]);
		expect(trigger.staticData().pollCursor).toMatchObject({
			at: '2026-01-05T12:00:00.000Z',
			ids: [String(created)],
		});

		// Changed in the cursor's second; two changes and a new phase sharing a later second.
		await api('PUT', '/projects/1001', { name: 'Renamed' });
		setRmClock(at('12:00:30'));
		await api('PUT', '/projects/1002', { client: 'ACME' });
		await api('PUT', '/projects/1003', { client: 'ACME' });
		const phase = Number((await api('POST', '/projects/1004/phases', { phase_name: 'Launch' })).id);
		const second = await poll(trigger);
		expect(ids(second.items)).toEqual([1001, 1002, 1003, phase]);
		expect(second.items![0]).toMatchObject({ name: 'Renamed', updated_at: at('12:00:00') });
		expect(second.items![3]).toMatchObject({ parent_id: 1004, phase_name: 'Launch' });
		expect(second.requests).toHaveLength(1);

		// 1001 changes again, in the very second the cursor stands at: reported again.
		await api('PUT', '/projects/1001', { name: 'Renamed twice' });
		const third = await poll(trigger);
		expect(ids(third.items)).toEqual([1001]);
		expect(third.items![0]).toMatchObject({ name: 'Renamed twice' });
		expect(third.requests).toHaveLength(1);
		expect((await poll(trigger)).items).toBeNull();
	});

	test('users with placeholders and archived users: the query asks for both, archiving is reported', async () => {
		const trigger = poller({
			resource: 'user',
			event: 'updated',
			options: { includeArchived: true, includePlaceholders: true },
		});
		// The 60 seeded users (and 5 placeholders) share one second: more than the first page holds,
		// so finding where that second ends takes a full page as well.
		const query = {
			sort_field: 'updated',
			sort_order: 'descending',
			with_archived: 'true',
			include_placeholders: 'true',
		};
		const activation = await poll(trigger);
		expect(activation.requests.map((request) => request.query)).toEqual([
			{ ...query, per_page: String(PROBE_PAGE_SIZE) },
			{ ...query, per_page: '1000', page: '1' },
		]);
		setRmClock(at('13:00:00'));
		const person = Number(
			(await api('POST', '/users', { first_name: 'Ada', last_name: 'Polling' })).id,
		);
		const placeholder = Number(
			(await api('POST', '/placeholder_resources', { title: 'Polling designer' })).id,
		);
		setRmClock(at('13:00:01'));
		await api('PUT', '/users/510', { archived: true });
		const result = await poll(trigger);
		expect(ids(result.items)).toEqual([person, placeholder, 510]);
		expect(result.items![2]).toMatchObject({ archived: true });
		// The cursor stood in the seeded second, so that second is read to its end once more.
		expect(result.requests.map((request) => request.query.per_page)).toEqual([
			String(PROBE_PAGE_SIZE),
			'1000',
		]);
		// Now the newest second holds one user: an idle poll is one page of 50.
		const idle = await poll(trigger);
		expect(idle.items).toBeNull();
		expect(idle.requests.map(shape)).toEqual([
			probe('/users', {
				sort_field: 'updated',
				with_archived: 'true',
				include_placeholders: 'true',
			}),
		]);
	});

	test('users, New, without options: no archived or placeholder parameters', async () => {
		const trigger = poller({ resource: 'user', event: 'created' });
		await poll(trigger);
		const idle = await poll(trigger);
		expect(idle.requests.map(shape)).toEqual([probe('/users', { sort_field: 'created' })]);
	});
});

describe('assignments (no sort in the API: the date window is read in full)', () => {
	function windowOf(back: number, ahead: number) {
		const today = DateTime.now().setZone('Europe/Berlin').startOf('day');
		return {
			from: today.minus({ days: back }).toFormat('yyyy-MM-dd'),
			to: today.plus({ days: ahead }).toFormat('yyyy-MM-dd'),
		};
	}
	const inWindow = (window: { from: string; to: string }) =>
		[...sandbox.rm.assignments.values()].filter(
			(a) => String(a.ends_at) >= window.from && String(a.starts_at) <= window.to,
		);

	test('Leave Only over a wide window: every page of the window plus the leave types, each poll', async () => {
		const trigger = poller({
			resource: 'assignment',
			event: 'created',
			kind: 'leave',
			daysBack: 3650,
			daysAhead: 3650,
		});
		const window = windowOf(3650, 3650);
		const activation = await poll(trigger);
		expect(activation.items).toBeNull();
		const list = { method: 'GET', path: '/api/v1/assignments', body: undefined };
		const query = { ...window, with_phases: 'true', per_page: '1000' };
		const pages = Math.ceil(inWindow(window).length / 1000);
		expect(inWindow(window).length).toBeGreaterThanOrEqual(ASSIGNMENT_SEED.count);
		expect(activation.requests.map(shape)).toEqual([
			{ ...list, query },
			...Array.from({ length: pages - 1 }, (_v, i) => ({
				...list,
				query: { ...query, page: String(i + 2) },
			})),
			{ method: 'GET', path: '/api/v1/leave_types', query: { per_page: '1000' }, body: undefined },
		]);
		expect(activation.requests.every((request) => request.headers.auth === RM_TOKEN)).toBe(true);

		setRmClock(at('14:00:00'));
		const start = DateTime.now().toFormat('yyyy-MM-dd');
		await api('POST', '/users/502/assignments', {
			assignable_id: 1001,
			starts_at: start,
			ends_at: start,
		});
		const vacation = Number(
			(
				await api('POST', '/users/502/assignments', {
					assignable_id: 11,
					starts_at: start,
					ends_at: start,
				})
			).id,
		);
		const result = await poll(trigger);
		expect(ids(result.items)).toEqual([vacation]);
		// The cost does not shrink when nothing changed: the whole window again.
		expect(result.requests).toHaveLength(pages + 1);
	});

	test('New or Updated over the default window: a change is reported, an assignment outside the window is not seen', async () => {
		const trigger = poller({ resource: 'assignment', event: 'updated' });
		const window = windowOf(30, 365);
		const activation = await poll(trigger);
		expect(activation.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: '/api/v1/assignments',
				query: { ...window, with_phases: 'true', per_page: '1000' },
				body: undefined,
			},
		]);

		setRmClock(at('15:00:00'));
		const today = DateTime.now().toFormat('yyyy-MM-dd');
		const farAway = DateTime.now().plus({ years: 3 }).toFormat('yyyy-MM-dd');
		const inside = Number(
			(
				await api('POST', '/users/503/assignments', {
					assignable_id: 1003,
					starts_at: today,
					ends_at: today,
				})
			).id,
		);
		await api('POST', '/users/503/assignments', {
			assignable_id: 1003,
			starts_at: farAway,
			ends_at: farAway,
		});
		await api('PUT', `/users/503/assignments/${inside}`, { note: 'Moved to the morning' });
		const result = await poll(trigger);
		expect(ids(result.items)).toEqual([inside]);
		expect(result.items![0]).toMatchObject({ note: 'Moved to the morning' });
		expect(result.requests).toHaveLength(1);
	});
});

describe('first activation, Start From, Fetch Test Event', () => {
	test('Start From: the first poll emits what was created from that date-time on (workflow time zone)', async () => {
		const first = await logTime(at('16:00:00'));
		const second = await logTime(at('16:00:10'));
		const third = await logTime(at('16:00:20'));
		// 17:00:10 in Europe/Berlin is 16:00:10 UTC.
		const trigger = poller({
			resource: 'timeEntry',
			event: 'created',
			options: { startFrom: '2026-01-05T17:00:10' },
		});
		const result = await poll(trigger);
		expect(ids(result.items)).toEqual([second, third]);
		expect(result.requests).toHaveLength(1);
		expect((await poll(trigger)).items).toBeNull();

		// Changing Start From restarts the trigger from the new date-time.
		trigger.parameters.options = { startFrom: '2026-01-05T17:00:00' };
		expect(ids((await poll(trigger)).items)).toEqual([first, second, third]);
		// Removing it restarts as a first activation: nothing emitted.
		trigger.parameters.options = {};
		expect((await poll(trigger)).items).toBeNull();
	});

	test('Fetch Test Event returns the newest record and leaves the cursor alone', async () => {
		const trigger = poller({ resource: 'timeEntry', event: 'created' });
		// Without any cursor: a sample, and still no cursor afterwards.
		const newestBefore = await logTime(at('17:00:00'));
		const early = await poll(trigger, 'fetchTestEvent');
		expect(ids(early.items)).toEqual([newestBefore]);
		expect(trigger.staticData()).toEqual({});

		await poll(trigger);
		const cursor = JSON.parse(JSON.stringify(trigger.staticData()));
		const newer = await logTime(at('17:00:01'));
		const sample = await poll(trigger, 'fetchTestEvent');
		expect(ids(sample.items)).toEqual([newer]);
		expect(sample.requests.map(shape)).toEqual([probe('/time_entries', { sort_field: 'created' })]);
		expect(trigger.staticData()).toEqual(cursor);
		// The sample was not consumed: the next poll reports it.
		expect(ids((await poll(trigger)).items)).toEqual([newer]);
	});

	test('Fetch Test Event with nothing to show says so', async () => {
		const trigger = poller({
			resource: 'assignment',
			event: 'created',
			kind: 'leave',
			daysBack: 0,
			daysAhead: 0,
		});
		sandbox.inject({
			method: 'GET',
			path: '/api/v1/assignments',
			response: { status: 200, body: { data: [], paging: { next: null } } },
		});
		const result = await poll(trigger, 'fetchTestEvent');
		expect(result.error?.message).toBe('No assignments found to show as a sample');
	});
});

describe('failures', () => {
	test('a token RM rejects: the 401 message, the cursor untouched', async () => {
		const trigger = poller({ resource: 'timeEntry', event: 'created' }, 'not-the-token');
		const result = await poll(trigger);
		expect(result.error?.message).toBe('Resource Management did not accept the API token (401)');
		expect(result.error?.description).toContain('Developer API');
		expect(result.error?.message).not.toContain('not-the-token');
		expect(result.requests).toHaveLength(1);
		expect(result.requests[0].headers.auth).toBe('not-the-token');
		expect(trigger.staticData()).toEqual({});
	});

	test('an empty token fails before any request', async () => {
		const result = await poll(poller({ resource: 'timeEntry', event: 'created' }, ' '));
		expect(result.error?.message).toBe('The Resource Management credential has no API token');
		expect(result.requests).toHaveLength(0);
	});

	test('a 429 is waited out and retried through the shared sender', async () => {
		const trigger = poller({ resource: 'timeEntry', event: 'created' });
		sandbox.inject({
			method: 'GET',
			path: '/api/v1/time_entries',
			response: {
				status: 429,
				headers: { 'Retry-After': '0' },
				body: { message: 'Too Many Requests' },
			},
		});
		const result = await poll(trigger);
		expect(result.error).toBeUndefined();
		expect(result.requests.map((request) => request.path)).toEqual([
			'/api/v1/time_entries',
			'/api/v1/time_entries',
		]);
	});

	/** Entries newer than any real one, newest first. */
	const synthetic = (count: number, firstId: number) =>
		Array.from({ length: count }, (_v, i) => ({
			id: firstId + i,
			assignable_type: 'Project',
			created_at: at('23:59:59', '2026-12-31'),
			updated_at: at('23:59:59', '2026-12-31'),
		}));

	test('a server that repeats a page: the poll stops with an error, emits nothing, keeps its cursor', async () => {
		const trigger = poller({ resource: 'timeEntry', event: 'created' });
		await poll(trigger);
		const cursor = JSON.parse(JSON.stringify(trigger.staticData()));
		const page = (body: unknown) => ({ status: 200, body });
		const next = (n: number) =>
			`/api/v1/time_entries?sort_field=created&sort_order=descending&per_page=1000&page=${n}`;
		sandbox.inject({
			method: 'GET',
			path: '/api/v1/time_entries',
			when: (req) => req.query.per_page === String(PROBE_PAGE_SIZE),
			response: page({ data: synthetic(PROBE_PAGE_SIZE, 9_000_000), paging: { next: next(2) } }),
		});
		const full = { data: synthetic(1000, 9_000_000), paging: { next: next(2) } };
		sandbox.inject({
			method: 'GET',
			path: '/api/v1/time_entries',
			times: 2,
			when: (req) => req.query.per_page === '1000',
			response: page(full),
		});
		const result = await poll(trigger);
		expect(result.error?.message).toBe('The service returned the same page twice');
		expect(result.items).toBeNull();
		expect(result.requests.map((request) => request.query.page)).toEqual([undefined, '1', '2']);
		expect(trigger.staticData()).toEqual(cursor);
	});

	test('a list that is not sorted as asked fails loudly instead of guessing', async () => {
		const trigger = poller({ resource: 'project', event: 'created' });
		sandbox.inject({
			method: 'GET',
			path: '/api/v1/projects',
			response: {
				status: 200,
				body: {
					data: [
						{ id: 1, created_at: at('09:00:00'), updated_at: at('09:00:00') },
						{ id: 2, created_at: at('09:00:05'), updated_at: at('09:00:05') },
					],
					paging: { next: null },
				},
			},
		});
		const result = await poll(trigger);
		expect(result.error?.message).toBe(
			'Resource Management did not sort the projects by created_at',
		);
		expect(trigger.staticData()).toEqual({});
	});
});
