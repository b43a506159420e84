/**
 * smenso Trigger through n8n-core's real PollContext against the sandbox. Records are created
 * and changed through the sandbox's Integration API between polls; the sandbox stamps every
 * write with its clock (setReportClock), which the tests fix so that several records share one
 * second, or land exactly on the second the trigger's cursor stands at. The Reporting API
 * exports carry those stamps as "Created On" / "Updated On".
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { SmensoTrigger } from '../../nodes/Smenso/SmensoTrigger.node';
import { ADMIN_AUTH, shape, smensoCredential } from '../harness/smenso';
import { createPoller, type Poller, type PollResult } from '../harness/run-poll';
import { useSandbox } from '../harness/sandbox';
import { SMENSO_TOKENS } from '../sandbox';
import type { SandboxRequest } from '../sandbox/server';
import { REPORT_VIEWS, setReportClock } from '../sandbox/smenso/reports';
import { SEED, type Rec } from '../sandbox/smenso/state';

const node = new SmensoTrigger();
const P = SEED.mainProjectId;

const sandbox = useSandbox();
afterEach(() => setReportClock(sandbox.smenso));

/** An ISO instant, and the same instant as the exports show it in UTC. */
const at = (time: string, day = '2026-02-10') => `${day}T${time}Z`;
const shown = (time: string, day = '10.02.2026') => `${day} ${time}`;

function poller(parameters: INodeParameters, token?: string): Poller {
	return createPoller({ nodeType: node, parameters, credential: smensoCredential(sandbox, token) });
}

async function poll(
	trigger: Poller,
	how: 'poll' | 'fetchTestEvent' = 'poll',
): Promise<PollResult & { requests: SandboxRequest[] }> {
	sandbox.clearRequests();
	const result = await trigger[how]();
	return { ...result, requests: [...sandbox.requests] };
}

/** A write through the sandbox's Integration API at `instant`; answers the IDs it created in `map`. */
async function write(
	instant: string,
	map: Map<string, Rec>,
	method: string,
	path: string,
	body: unknown,
): Promise<string[]> {
	setReportClock(sandbox.smenso, instant);
	const before = new Set(map.keys());
	const response = await fetch(`${sandbox.smensoBaseUrl}/api${path}`, {
		method,
		headers: { Authorization: ADMIN_AUTH, 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
	if (response.status >= 300)
		throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
	return [...map.keys()].filter((id) => !before.has(id));
}

const createTasks = async (instant: string, ...titles: string[]) =>
	await write(instant, sandbox.smenso.tasks, 'POST', '/integration/task/json', {
		projectId: P,
		task: titles.map((title) => ({ title, startDate: '2026-03-02', dueDate: '2026-03-06' })),
	});

const ids = (items: IDataObject[] | null) => (items ?? []).map((item) => String(item.Id));

const exportRequest = (path: string, query: Record<string, string>) => ({
	method: 'GET',
	path: `/skyisland/api/reports${path}`,
	query: { format: 'JSON', lang: 'en-US', timezone: 'UTC', ...query },
	body: undefined,
});

describe('tasks, event New', () => {
	test('three successive polls emit exactly the new tasks, oldest first, one export each', async () => {
		const trigger = poller({ resource: 'task', event: 'created' });
		const [first] = await createTasks(at('08:00:00'), 'Before activation');

		const activation = await poll(trigger);
		expect(activation.error).toBeUndefined();
		expect(activation.items).toBeNull();
		expect(activation.requests.map(shape)).toEqual([
			exportRequest('/tasks/filtered', { globalProjectsFilter: 'all' }),
		]);
		const [request] = activation.requests;
		expect(request.headers.authorization).toBe(ADMIN_AUTH);
		expect(request.headers.timezone).toBe('UTC');
		expect(request.headers.accept).toBe('application/json');
		expect(trigger.staticData().pollCursor).toEqual({
			key: 'task|created|all|',
			at: '2026-02-10T08:00:00.000Z',
			ids: [first],
		});

		const idle = await poll(trigger);
		expect(idle.items).toBeNull();
		expect(idle.requests).toHaveLength(1);

		// One task in the second the cursor stands at, three in one later second (one request), and
		// a change to an old task (not new, so not reported by this event).
		const [b] = await createTasks(at('08:00:00'), 'Same second as the cursor');
		const [c, d, e] = await createTasks(at('08:00:07'), 'C', 'D', 'E');
		await write(at('08:00:08'), sandbox.smenso.tasks, 'PUT', '/integration/task/json', {
			task: [{ id: first, title: 'Renamed' }],
		});
		const second = await poll(trigger);
		expect(new Set(ids(second.items))).toEqual(new Set([b, c, d, e]));
		expect(ids(second.items)[0]).toBe(b);
		expect(second.items![0]).toEqual({
			Id: b,
			Project: 'Website Relaunch',
			Title: 'Same second as the cursor',
			'Parent Task': '',
			'Start date': '02.03.2026',
			'Due date': '06.03.2026',
			'Created On': shown('08:00:00'),
			'Updated On': shown('08:00:00'),
		});
		expect(second.requests).toHaveLength(1);

		// Created after poll 2 in the second poll 2 stopped at, and a later one.
		const [f] = await createTasks(at('08:00:07'), 'F');
		const [g] = await createTasks(at('08:00:30'), 'G');
		const third = await poll(trigger);
		expect(ids(third.items)).toEqual([f, g]);
		expect(third.requests).toHaveLength(1);

		expect((await poll(trigger)).items).toBeNull();
		const all = [...ids(second.items), ...ids(third.items)];
		expect(new Set(all).size).toBe(all.length);
		expect(new Set(all)).toEqual(new Set([b, c, d, e, f, g]));
	});
});

describe('projects, event New or Updated', () => {
	test('changes through the API move "Updated On"; ties and a change in the cursor\'s second', async () => {
		const trigger = poller({ resource: 'project', event: 'updated', projects: 'active' });
		const project = (i: number) => [...sandbox.smenso.projects.keys()][i];
		await write(at('09:00:00'), sandbox.smenso.projects, 'PUT', '/integration/project/json', {
			project: [{ id: project(1), budget: 1 }],
		});
		const activation = await poll(trigger);
		expect(activation.items).toBeNull();
		expect(activation.requests.map(shape)).toEqual([
			exportRequest('/projects', { filter: 'active' }),
		]);
		expect(trigger.staticData().pollCursor).toMatchObject({
			at: '2026-02-10T09:00:00.000Z',
			ids: [project(1)],
		});

		await write(at('09:00:00'), sandbox.smenso.projects, 'PUT', '/integration/project/json', {
			project: [{ id: project(2), budget: 2 }],
		});
		await write(at('09:00:04'), sandbox.smenso.projects, 'PUT', '/integration/project/json', {
			project: [
				{ id: project(3), budget: 3 },
				{ id: project(4), budget: 4 },
			],
		});
		const [created] = await write(
			at('09:00:04'),
			sandbox.smenso.projects,
			'POST',
			'/integration/project/json',
			{
				project: [{ title: 'Polling demo', phaseId: 1, typeId: 1 }],
			},
		);
		const second = await poll(trigger);
		expect(new Set(ids(second.items))).toEqual(
			new Set([project(2), project(3), project(4), created]),
		);
		expect(ids(second.items)[0]).toBe(project(2));
		expect(second.items![0]).toMatchObject({
			Budget: '2',
			'Created On': shown('23:30:00', '01.12.2025'),
			'Updated On': shown('09:00:00'),
		});
		expect(second.requests).toHaveLength(1);

		// Project 1 changes again in the second the cursor stands at: reported again.
		await write(at('09:00:04'), sandbox.smenso.projects, 'PUT', '/integration/project/json', {
			project: [{ id: project(1), budget: 11 }],
		});
		const third = await poll(trigger);
		expect(ids(third.items)).toEqual([project(1)]);
		expect(third.items![0]).toMatchObject({ Budget: '11', 'Updated On': shown('09:00:04') });
		expect((await poll(trigger)).items).toBeNull();
	});
});

describe('absences and time records', () => {
	test('absences of the token user, New or Updated: a rewrite of the record counts as a change', async () => {
		const trigger = poller({ resource: 'absence', event: 'updated', mode: 'my' });
		const activation = await poll(trigger);
		expect(activation.requests.map(shape)).toEqual([exportRequest('/absences/my', {})]);
		const ada = sandbox.smenso.members[0];
		const [mine] = await write(
			at('10:00:00'),
			sandbox.smenso.absences,
			'POST',
			'/integration/absence/json',
			{
				absence: [
					{
						userId: ada.email,
						absenceTypeId: 'Training',
						startDate: '2026-06-01',
						endDate: '2026-06-01',
					},
				],
			},
		);
		await write(at('10:00:00'), sandbox.smenso.absences, 'POST', '/integration/absence/json', {
			absence: [
				{
					userId: sandbox.smenso.members[1].email,
					absenceTypeId: 'Training',
					startDate: '2026-06-02',
					endDate: '2026-06-02',
				},
			],
		});
		const first = await poll(trigger);
		expect(ids(first.items)).toEqual([mine]);
		expect(first.items![0]).toMatchObject({
			Member: 'Ada Lovelace',
			'Absence Type': 'Training',
			'Created On': shown('10:00:00'),
		});

		await write(at('10:00:09'), sandbox.smenso.absences, 'PUT', '/integration/absence/json', {
			absence: [{ id: mine, comment: 'Room 4' }],
		});
		const second = await poll(trigger);
		expect(ids(second.items)).toEqual([mine]);
		expect(second.items![0]).toMatchObject({
			Comment: 'Room 4',
			'Created On': shown('10:00:00'),
			'Updated On': shown('10:00:09'),
		});
		expect(second.requests).toHaveLength(1);
	});

	test('time records of everyone, New', async () => {
		const trigger = poller({ resource: 'timeRecord', event: 'created' });
		const activation = await poll(trigger);
		expect(activation.requests.map(shape)).toEqual([exportRequest('/times/all', {})]);
		const task = [...sandbox.smenso.tasks.values()].find((t) => t.projectId === P)!;
		const created = await write(
			at('11:00:00'),
			sandbox.smenso.timeRecords,
			'POST',
			'/integration/timerecord/json',
			{
				projectId: P,
				timeRecord: [
					{
						taskId: task.id,
						userId: sandbox.smenso.members[0].email,
						date: '2026-02-10',
						duration: 60,
					},
					{
						taskId: task.id,
						userId: sandbox.smenso.members[1].email,
						date: '2026-02-10',
						duration: 30,
					},
				],
			},
		);
		const result = await poll(trigger);
		expect(new Set(ids(result.items))).toEqual(new Set(created));
		expect(result.items).toHaveLength(2);
		expect(result.items![0]).toMatchObject({ 'Created On': shown('11:00:00'), Task: task.title });
	});
});

describe('first activation, Start From, Fetch Test Event', () => {
	test('Start From emits the rows created from that date-time on; Fetch Test Event shows the newest and keeps the cursor', async () => {
		const [early] = await createTasks(at('12:00:00'), 'Early');
		const [late] = await createTasks(at('12:00:30'), 'Late');
		// 13:00:10 in Europe/Berlin (the workflow's zone) is 12:00:10 UTC.
		const trigger = poller({
			resource: 'task',
			event: 'created',
			options: { startFrom: '2026-02-10T13:00:10' },
		});

		const sample = await poll(trigger, 'fetchTestEvent');
		expect(ids(sample.items)).toEqual([late]);
		expect(sample.requests).toHaveLength(1);
		expect(trigger.staticData()).toEqual({});

		const first = await poll(trigger);
		expect(ids(first.items)).toEqual([late]);
		expect(ids(first.items)).not.toContain(early);
		const cursor = JSON.parse(JSON.stringify(trigger.staticData()));
		expect((await poll(trigger, 'fetchTestEvent')).items).toHaveLength(1);
		expect(trigger.staticData()).toEqual(cursor);
		expect((await poll(trigger)).items).toBeNull();
	});
});

describe('columns the trigger cannot work without', () => {
	const viewFix = (columns: string) =>
		` Or set 'View ID' to a list view that includes ${columns} (in smenso: the view's column settings, then copy its API link)`;

	test('a view without "Created On": a clear error that says how to fix it', async () => {
		const trigger = poller({
			resource: 'project',
			event: 'created',
			viewId: REPORT_VIEWS.projects,
		});
		const result = await poll(trigger);
		expect(result.error?.message).toBe(
			'The smenso projects export has no column "Created On". Its columns: Id, Title, Status, End date',
		);
		expect(result.error?.description).toBe(
			"Set Options → 'Created On Column' to the export's column that holds when a record was created (one of those listed)." +
				`${viewFix('"Created On"')}, or clear 'View ID' to use the export's default columns.`,
		);
		expect(result.requests.map(shape)).toEqual([
			exportRequest('/projects', { filter: 'all', view: REPORT_VIEWS.projects }),
		]);
		expect(trigger.staticData()).toEqual({});
	});

	test('an export without "Updated On" and no view to choose: no check while it is empty, then an error that names the alternatives', async () => {
		const trigger = poller({ resource: 'absence', event: 'updated' });
		// An empty export has no columns to check: activation succeeds and stands at the start of time.
		sandbox.inject({
			method: 'GET',
			path: '/reports/absences/all',
			response: { status: 200, body: [] },
		});
		const activation = await poll(trigger);
		expect(activation.error).toBeUndefined();
		expect(trigger.staticData().pollCursor).toEqual({
			key: 'absence|updated|all|',
			at: '1970-01-01T00:00:00.000Z',
			ids: [],
		});

		sandbox.inject({
			method: 'GET',
			path: '/reports/absences/all',
			response: { status: 200, body: [{ Id: 'a1', 'Created On': '01.02.2026 10:00:00' }] },
		});
		const result = await poll(trigger);
		expect(result.error?.message).toBe(
			'The smenso absences export has no column "Updated On". Its columns: Id, Created On',
		);
		expect(result.error?.description).toBe(
			"Set Options → 'Updated On Column' to the export's column that holds when a record was last changed (one of those listed)." +
				' This export takes no list view, so it cannot be given more columns here.' +
				` Or use the event 'New': the export has "Created On".`,
		);
		expect(trigger.staticData().pollCursor).toMatchObject({
			at: '1970-01-01T00:00:00.000Z',
			ids: [],
		});
	});

	test('custom column names from Options: the ID, Created On and Updated On columns are read by those names', async () => {
		// Typed with another case and a trailing space, as people (and agents) do: still found.
		const options = {
			idColumn: 'Absence ID',
			createdOnColumn: 'Entered',
			updatedOnColumn: 'last change ',
		};
		const trigger = poller({ resource: 'absence', event: 'updated', options });
		const row = (id: string, entered: string, changed: string) => ({
			'Absence ID': id,
			Member: 'Ada Lovelace',
			Entered: `01.02.2026 ${entered}`,
			'Last Change': changed && `01.02.2026 ${changed}`,
		});
		const serve = (...rows: IDataObject[]) =>
			sandbox.inject({
				method: 'GET',
				path: '/reports/absences/all',
				response: { status: 200, body: rows },
			});

		serve(row('a1', '10:00:00', ''), row('a2', '10:00:00', '11:00:00'));
		const activation = await poll(trigger);
		expect(activation.error).toBeUndefined();
		// Other columns, another cursor: the key names them, so changing them starts over.
		expect(trigger.staticData().pollCursor).toEqual({
			key: 'absence|updated|all||["Absence ID","last change","Entered"]',
			at: '2026-02-01T11:00:00.000Z',
			ids: ['a2'],
		});

		// a3 was never changed: it counts from "Entered", the cursor's second, and is unseen.
		serve(
			row('a1', '10:00:00', '11:30:00'),
			row('a2', '10:00:00', '11:00:00'),
			row('a3', '11:00:00', ''),
		);
		const next = await poll(trigger);
		expect(next.error).toBeUndefined();
		expect(next.items).toEqual([row('a3', '11:00:00', ''), row('a1', '10:00:00', '11:30:00')]);
		expect(trigger.staticData().pollCursor).toMatchObject({
			at: '2026-02-01T11:30:00.000Z',
			ids: ['a1'],
		});

		serve(row('a1', '10:00:00', '11:30:00'), row('a4', '11:45:00', ''));
		const sample = await poll(trigger, 'fetchTestEvent');
		expect(sample.items).toEqual([row('a4', '11:45:00', '')]);
		expect(trigger.staticData().pollCursor).toMatchObject({
			at: '2026-02-01T11:30:00.000Z',
			ids: ['a1'],
		});
	});

	test('a column the export lacks: the error names it and lists the columns it has, at activation and in Fetch Test Event', async () => {
		const task = [...sandbox.smenso.tasks.values()].find((t) => t.projectId === P)!;
		await write(
			at('14:00:00'),
			sandbox.smenso.timeRecords,
			'POST',
			'/integration/timerecord/json',
			{
				projectId: P,
				timeRecord: [
					{
						taskId: task.id,
						userId: sandbox.smenso.members[0].email,
						date: '2026-02-10',
						duration: 15,
					},
				],
			},
		);
		const trigger = poller({
			resource: 'timeRecord',
			event: 'created',
			options: { createdOnColumn: 'Entered' },
		});
		const message =
			'The smenso time records export has no column "Entered". Its columns: ' +
			'Id, Date, Member, Member E-Mail, Project, Task, Duration (minutes), Description, Created On, Updated On';
		const description =
			"Set Options → 'Created On Column' to the export's column that holds when a record was created (one of those listed)." +
			`${viewFix('"Entered"')}.`;
		for (const how of ['poll', 'fetchTestEvent'] as const) {
			const result = await poll(trigger, how);
			expect(result.error?.message).toBe(message);
			expect(result.error?.description).toBe(description);
			expect(result.requests.map(shape)).toEqual([exportRequest('/times/all', {})]);
		}
		expect(trigger.staticData()).toEqual({});

		// A view with neither the ID nor the Created On column: both are named.
		const viewed = await poll(
			poller({ resource: 'timeRecord', event: 'created', viewId: REPORT_VIEWS.times }),
		);
		expect(viewed.error?.message).toBe(
			'The smenso time records export has no columns "Id" and "Created On". Its columns: Date, Member, Duration (minutes)',
		);
		expect(viewed.error?.description).toBe(
			"Set Options → 'ID Column' to the export's column that holds each record's unique ID and Options → 'Created On Column' to the export's column that holds when a record was created (one of those listed)." +
				`${viewFix('"Id" and "Created On"')}, or clear 'View ID' to use the export's default columns.`,
		);
	});

	test('an empty "Updated On" counts from "Created On"; an unreadable date-time fails', async () => {
		const trigger = poller({ resource: 'absence', event: 'updated' });
		const rows = (updated: string) => [
			{ Id: 'a1', 'Created On': '01.02.2026 10:00:00', 'Updated On': '' },
			{ Id: 'a2', 'Created On': '01.02.2026 10:00:00', 'Updated On': updated },
		];
		sandbox.inject({
			method: 'GET',
			path: '/reports/absences/all',
			response: { status: 200, body: rows('01.02.2026 11:00:00') },
		});
		await poll(trigger);
		expect(trigger.staticData().pollCursor).toMatchObject({
			at: '2026-02-01T11:00:00.000Z',
			ids: ['a2'],
		});

		sandbox.inject({
			method: 'GET',
			path: '/reports/absences/all',
			response: { status: 200, body: rows('2026-02-01 12:00') },
		});
		const result = await poll(trigger);
		expect(result.error?.message).toBe(
			'smenso sent a "Updated On" the trigger cannot read: "2026-02-01 12:00" (row a2)',
		);
		expect(trigger.staticData().pollCursor).toMatchObject({ at: '2026-02-01T11:00:00.000Z' });
	});
});

describe('failures', () => {
	test('a token smenso rejects: the 401 message, the cursor untouched', async () => {
		const trigger = poller({ resource: 'task', event: 'created' }, 'bm90LWEtdG9rZW4=');
		const result = await poll(trigger);
		expect(result.error?.message).toBe('smenso did not accept the API token (401)');
		expect(result.error?.description).toContain('Admin Center');
		expect(result.requests).toHaveLength(1);
		expect(result.requests[0].headers.authorization).toBe('Basic bm90LWEtdG9rZW4=');
		expect(trigger.staticData()).toEqual({});
	});

	test("a member's token may read the exports", async () => {
		const result = await poll(
			poller({ resource: 'timeRecord', event: 'created', mode: 'my' }, SMENSO_TOKENS.member),
		);
		expect(result.error).toBeUndefined();
		expect(result.requests.map(shape)).toEqual([exportRequest('/times/my', {})]);
	});

	test('an export that keeps sending a next-page link to the same rows stops instead of looping', async () => {
		const trigger = poller({ resource: 'task', event: 'created' });
		const self = `${sandbox.smensoBaseUrl}/api/reports/tasks/filtered?format=JSON&lang=en-US&timezone=UTC&globalProjectsFilter=all`;
		sandbox.inject({
			method: 'GET',
			path: '/reports/tasks/filtered',
			times: 5,
			response: {
				status: 200,
				headers: { Link: `<${self}>; rel="next"` },
				body: [
					{ Id: 't1', 'Created On': '01.02.2026 10:00:00', 'Updated On': '01.02.2026 10:00:00' },
				],
			},
		});
		const result = await poll(trigger);
		expect(result.error?.message).toBe('The service returned the same page twice');
		expect(result.items).toBeNull();
		expect(result.requests).toHaveLength(2);
		expect(trigger.staticData()).toEqual({});
	});
});
