import { RM_TOKEN } from '../sandbox';
import { RM_SEED, type Rec } from '../sandbox/rm/state';
import { ASSIGNMENT_SEED } from '../sandbox/rm/assignments';
import { TIME_ENTRY_SEED } from '../sandbox/rm/timeEntries';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const USER = RM_SEED.firstUserId;
const api = '/api/v1';
const LEAVE_NAMES: Record<number, string> = { 11: 'Vacation', 12: 'Sick', 13: 'Holiday' };
const leaveTypesRequest = {
	method: 'GET',
	path: `${api}/leave_types`,
	query: { per_page: '1000' },
	body: undefined,
};

/** Planned absences in the sandbox (assignments on leave types), in id order. */
const plannedIn = (keep: (a: Rec) => boolean = () => true) =>
	[...sandbox.rm.assignments.values()]
		.filter((a) => Number(a.assignable_id) in LEAVE_NAMES && keep(a))
		.sort((a, b) => Number(a.id) - Number(b.id));

/** The absence item the node makes of a planned absence. */
const planned = (a: Rec) => ({
	kind: 'planned',
	id: a.id,
	user_id: a.user_id,
	leave_type_id: a.assignable_id,
	leave_type: LEAVE_NAMES[Number(a.assignable_id)],
	starts_at: a.starts_at,
	ends_at: a.ends_at,
	hours: a.allocation_mode === 'fixed' ? a.fixed_hours : null,
	hours_per_day: a.allocation_mode === 'hours_per_day' ? a.hours_per_day : null,
	percent: a.allocation_mode === 'percent' ? Number(a.percent) * 100 : null,
	note: a.note,
	raw: a,
});

/** The absence item the node makes of a recorded absence (a time entry on a leave type). */
const recorded = (id: number) => {
	const e = sandbox.rm.timeEntries.get(id)!;
	return {
		kind: 'recorded',
		id,
		user_id: e.user_id,
		leave_type_id: e.assignable_id,
		leave_type: LEAVE_NAMES[Number(e.assignable_id)],
		starts_at: e.date,
		ends_at: e.date,
		hours: e.hours,
		hours_per_day: null,
		percent: null,
		note: e.notes,
		raw: e,
	};
};

const inMarch = (a: Rec) =>
	String(a.ends_at) >= '2026-03-01' && String(a.starts_at) <= '2026-03-31';

describe('Resource Management absence', () => {
	test('Create Planned Absence schedules full days on a leave type', async () => {
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'createPlanned',
			userId: byId(String(USER + 1)),
			leaveTypeId: { __rl: true, mode: 'list', value: '11' },
			starts_at: '2026-08-03T00:00:00',
			ends_at: '2026-08-14T00:00:00',
			additionalFields: { note: 'Summer' },
		});
		const [assignment] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: `${api}/users/${USER + 1}/assignments`,
				query: {},
				body: { assignable_id: 11, starts_at: '2026-08-03', ends_at: '2026-08-14', note: 'Summer' },
			},
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
		expect(assignment).toMatchObject({
			user_id: USER + 1,
			assignable_id: 11,
			starts_at: '2026-08-03',
			ends_at: '2026-08-14',
			allocation_mode: 'percent',
			percent: 1,
			note: 'Summer',
		});
		expect(sandbox.rm.assignments.get(Number(assignment.id))).toEqual(assignment);
	});

	test('Create Planned Absence for part of each day sends percent or hours per day', async () => {
		const base = {
			resource: 'absence',
			operation: 'createPlanned',
			userId: byId(String(USER + 2)),
			leaveTypeId: byId('12'),
			starts_at: '2026-09-07',
			ends_at: '2026-09-11',
		};
		const half = jsonOf(await runRm(sandbox, { ...base, coverage: 'percent', percent: 50 }));
		const hours = jsonOf(
			await runRm(sandbox, { ...base, coverage: 'hours_per_day', hours_per_day: 2.5 }),
		);
		expect(sandbox.requests.map((r) => r.body)).toEqual([
			{
				assignable_id: 12,
				starts_at: '2026-09-07',
				ends_at: '2026-09-11',
				allocation_mode: 'percent',
				percent: 0.5,
			},
			{
				assignable_id: 12,
				starts_at: '2026-09-07',
				ends_at: '2026-09-11',
				allocation_mode: 'hours_per_day',
				hours_per_day: 2.5,
			},
		]);
		expect(half[0]).toMatchObject({ allocation_mode: 'percent', percent: 0.5 });
		expect(hours[0]).toMatchObject({ allocation_mode: 'hours_per_day', hours_per_day: 2.5 });
	});

	test('Record Absence Time logs a time entry on the leave type', async () => {
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'createRecorded',
			userId: byId(String(USER + 2)),
			leaveTypeId: byId('12'),
			date: '2026-09-14T00:00:00',
			hours: 4,
			additionalFields: { notes: 'Doctor' },
		});
		const [entry] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: `${api}/users/${USER + 2}/time_entries`,
				query: {},
				body: { assignable_id: 12, date: '2026-09-14', hours: 4, notes: 'Doctor' },
			},
		]);
		expect(entry).toMatchObject({
			user_id: USER + 2,
			assignable_id: 12,
			assignable_type: 'LeaveType',
			date: '2026-09-14',
			hours: 4,
			notes: 'Doctor',
			is_suggestion: false,
		});
		expect(sandbox.rm.timeEntries.get(Number(entry.id))).toEqual(entry);
	});

	test('Get Many planned for one user keeps only the assignments on leave types', async () => {
		const user = USER + 9; // every seeded assignment of this user with i % 10 === 9 is leave
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			kind: 'planned',
			scope: 'user',
			userId: byId(String(user)),
			returnAll: true,
			filters: { from: '2026-01-01', to: '2026-06-30' },
		});
		const window = (a: Rec) =>
			String(a.ends_at) >= '2026-01-01' && String(a.starts_at) <= '2026-06-30';
		const expected = plannedIn((a) => a.user_id === user && window(a)).map(planned);
		expect(expected.length).toBeGreaterThan(3);
		const workAssignments = [...sandbox.rm.assignments.values()].filter(
			(a) => a.user_id === user && !(Number(a.assignable_id) in LEAVE_NAMES) && window(a),
		);
		expect(workAssignments.length).toBeGreaterThan(0);
		expect(jsonOf(result)).toEqual(expected);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/users/${user}/assignments`,
				query: { from: '2026-01-01', to: '2026-06-30', per_page: '1000' },
				body: undefined,
			},
			leaveTypesRequest,
		]);
	});

	test('Get Many recorded keeps the time entries on leave types', async () => {
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			kind: 'recorded',
			returnAll: true,
			filters: { from: '2026-02-20', to: '2026-04-30' },
		});
		// February's 6,000 project entries are read (days 20–28) and dropped; suggestions are not listed.
		const ids = TIME_ENTRY_SEED.leave.map((e) => e.id);
		expect(jsonOf(result)).toEqual(ids.map(recorded));
		// The leave types are looked up once, while the first page is filtered.
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/time_entries`,
				query: { from: '2026-02-20', to: '2026-04-30', per_page: '1000' },
				body: undefined,
			},
			leaveTypesRequest,
			{
				method: 'GET',
				path: `${api}/time_entries`,
				query: { from: '2026-02-20', to: '2026-04-30', per_page: '1000', page: '2' },
				body: undefined,
			},
		]);
	});

	test('Get Many both lists planned absences first, then recorded absence time, in one shape', async () => {
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			kind: 'both',
			returnAll: true,
			filters: { from: '2026-03-01T00:00:00', to: '2026-03-31T00:00:00' },
		});
		const recordedIds = TIME_ENTRY_SEED.leave
			.filter((e) => e.date.startsWith('2026-03'))
			.map((e) => e.id);
		const expected = [...plannedIn(inMarch).map(planned), ...recordedIds.map(recorded)];
		expect(expected.filter((a) => a.kind === 'planned').length).toBeGreaterThan(3);
		expect(jsonOf(result)).toEqual(expected);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/assignments`,
				query: { from: '2026-03-01', to: '2026-03-31', per_page: '1000' },
				body: undefined,
			},
			leaveTypesRequest,
			{
				method: 'GET',
				path: `${api}/time_entries`,
				query: { from: '2026-03-01', to: '2026-03-31', per_page: '1000' },
				body: undefined,
			},
		]);
		expect(sandbox.requests.every((r) => r.headers.auth === RM_TOKEN)).toBe(true);
	});

	test('Get Many both for one user reads both lists of that user', async () => {
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			scope: 'user',
			userId: byId(String(USER)),
			returnAll: true,
			filters: { from: '2026-03-01', to: '2026-03-31' },
		});
		const expected = [
			...plannedIn((a) => a.user_id === USER && inMarch(a)).map(planned),
			...TIME_ENTRY_SEED.leave
				.filter((e) => e.user_id === USER && e.date.startsWith('2026-03'))
				.map((e) => recorded(e.id)),
		];
		expect(jsonOf(result)).toEqual(expected);
		expect(expected.filter((a) => a.kind === 'recorded')).toHaveLength(2);
		expect(sandbox.requests.map((r) => r.path)).toEqual([
			`${api}/users/${USER}/assignments`,
			`${api}/leave_types`,
			`${api}/users/${USER}/time_entries`,
		]);
	});

	test('An empty first page still leads to the recorded absences of "both"', async () => {
		sandbox.rm.timeEntries.set(3_100_000_099, {
			...sandbox.rm.timeEntries.get(TIME_ENTRY_SEED.leave[0].id)!,
			id: 3_100_000_099,
			date: '2027-01-04',
		});
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: { from: '2027-01-01', to: '2027-01-31' },
		});
		expect(jsonOf(result)).toEqual([recorded(3_100_000_099)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/assignments`,
				query: { from: '2027-01-01', to: '2027-01-31', per_page: '1000' },
				body: undefined,
			},
			leaveTypesRequest,
			{
				method: 'GET',
				path: `${api}/time_entries`,
				query: { from: '2027-01-01', to: '2027-01-31', per_page: '1000' },
				body: undefined,
			},
		]);
		sandbox.rm.timeEntries.delete(3_100_000_099);
	});

	test('Limit counts absences, not records: full pages are read until enough absences are found', async () => {
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			kind: 'planned',
			limit: 3,
		});
		expect(jsonOf(result)).toEqual(plannedIn().slice(0, 3).map(planned));
		// per_page stays 1000 (a page of 3 assignments would rarely hold 3 absences) and the first
		// page holds enough, so the second page is not read.
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/assignments`, query: { per_page: '1000' }, body: undefined },
			leaveTypesRequest,
		]);

		// More absences than the first page holds: the runner keeps paging, and stops at the Limit.
		sandbox.clearRequests();
		const firstPage = [...sandbox.rm.assignments.values()]
			.filter((a) => !sandbox.rm.projects.get(Number(a.assignable_id))?.parent_id)
			.sort((a, b) => Number(a.id) - Number(b.id))
			.slice(0, 1000);
		const onFirstPage = firstPage.filter((a) => Number(a.assignable_id) in LEAVE_NAMES).length;
		const more = await runRm(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			kind: 'planned',
			limit: onFirstPage + 2,
		});
		expect(jsonOf(more)).toEqual(
			plannedIn()
				.slice(0, onFirstPage + 2)
				.map(planned),
		);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/assignments`, query: { per_page: '1000' }, body: undefined },
			leaveTypesRequest,
			{
				method: 'GET',
				path: `${api}/assignments`,
				query: { per_page: '1000', page: '2' },
				body: undefined,
			},
		]);
	});

	test('With both, recorded absences are read only while the Limit is not reached', async () => {
		const march = plannedIn(inMarch);
		const enough = await runRm(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			limit: 2,
			filters: { from: '2026-03-01', to: '2026-03-31' },
		});
		expect(jsonOf(enough)).toEqual(march.slice(0, 2).map(planned));
		expect(sandbox.requests.map((r) => r.path)).toEqual([
			`${api}/assignments`,
			`${api}/leave_types`,
		]);

		sandbox.clearRequests();
		const more = await runRm(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			limit: march.length + 1,
			filters: { from: '2026-03-01', to: '2026-03-31' },
		});
		expect(jsonOf(more)).toEqual([...march.map(planned), recorded(TIME_ENTRY_SEED.leave[0].id)]);
		expect(sandbox.requests.map((r) => r.path)).toEqual([
			`${api}/assignments`,
			`${api}/leave_types`,
			`${api}/time_entries`,
		]);
	});

	test('Delete Planned Absence checks that the assignment is on a leave type, then deletes it', async () => {
		const [absence] = plannedIn();
		const user = Number(absence.user_id);
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'deletePlanned',
			userId: byId(String(user)),
			assignmentId: byId(String(absence.id)),
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/users/${user}/assignments/${String(absence.id)}`,
				query: {},
				body: undefined,
			},
			leaveTypesRequest,
			{
				method: 'DELETE',
				path: `${api}/users/${user}/assignments/${String(absence.id)}`,
				query: {},
				body: undefined,
			},
		]);
		expect(sandbox.requests.every((r) => r.headers.auth === RM_TOKEN)).toBe(true);
		expect(sandbox.rm.assignments.has(Number(absence.id))).toBe(false);
	});

	test('Delete Planned Absence refuses a work assignment and deletes nothing', async () => {
		const id = ASSIGNMENT_SEED.firstId + 1; // on a project, user USER + 1
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'deletePlanned',
			userId: byId(String(USER + 1)),
			assignmentId: byId(String(id)),
		});
		expect(result.error?.message).toBe(`Assignment ${id} is not an absence`);
		expect(result.error?.description).toContain('Assignment → Delete');
		expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${api}/users/${USER + 1}/assignments/${id}`,
			`GET ${api}/leave_types`,
		]);
		expect(sandbox.rm.assignments.has(id)).toBe(true);
	});

	test("Delete Planned Absence of another user's assignment is a readable 404", async () => {
		const [absence] = plannedIn();
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'deletePlanned',
			userId: byId(String(Number(absence.user_id) + 1)),
			assignmentId: byId(String(absence.id)),
		});
		expect(result.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(sandbox.requests).toHaveLength(1);
		expect(sandbox.rm.assignments.has(Number(absence.id))).toBe(true);
	});

	test('A failing leave-type look-up is reported like any other failure', async () => {
		sandbox.inject({
			method: 'GET',
			path: `${api}/leave_types`,
			response: { status: 500, body: { message: 'internal error' } },
		});
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			kind: 'planned',
			scope: 'user',
			userId: byId(String(USER)),
			returnAll: true,
			filters: { from: '2026-03-01', to: '2026-03-31' },
		});
		expect(result.error?.message).toBe(
			'Resource Management could not process the request (500): internal error',
		);
		expect(result.error?.httpCode).toBe('500');
		expect(sandbox.requests).toHaveLength(2);
	});

	test('The time entries of "both" are read with the same guards as the runner', async () => {
		let calls = 0;
		sandbox.inject({
			method: 'GET',
			path: `${api}/time_entries`,
			times: 5,
			respond: () => {
				calls++;
				// A next link that never advances, with fresh records each time.
				const data = [
					{
						id: calls,
						user_id: USER,
						assignable_id: 11,
						assignable_type: 'LeaveType',
						date: '2026-03-02',
						hours: 8,
					},
				];
				return {
					status: 200,
					body: { data, paging: { next: `${api}/time_entries?per_page=1000&page=2` } },
				};
			},
		});
		const result = await runRm(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: { from: '2026-03-01', to: '2026-03-31' },
		});
		expect(result.error?.message).toBe('The next-page link points back to a page already read');
		expect(sandbox.requests.map((r) => `${r.path} ${r.query.page ?? '1'}`)).toEqual([
			`${api}/assignments 1`,
			`${api}/leave_types 1`,
			`${api}/time_entries 1`,
			`${api}/time_entries 2`,
		]);
	});

	test('Bad IDs, dates and amounts fail before any request', async () => {
		const planned = {
			operation: 'createPlanned',
			userId: byId(String(USER)),
			leaveTypeId: byId('11'),
			starts_at: '2026-08-03',
			ends_at: '2026-08-07',
		};
		const recordedTime = {
			operation: 'createRecorded',
			userId: byId(String(USER)),
			leaveTypeId: byId('11'),
			date: '2026-08-03',
			hours: 8,
		};
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ ...planned, userId: byId('x') }, `'User' is not a valid ID: "x"`],
			[{ ...planned, leaveTypeId: byId('') }, "'Leave Type' is empty"],
			[
				{ ...planned, ends_at: '2026-08-01' },
				"'End Date' (2026-08-01) is before 'Start Date' (2026-08-03)",
			],
			[{ ...planned, starts_at: '' }, "'Start Date' is empty"],
			[
				{ ...planned, coverage: 'percent', percent: 0 },
				"'Percent of Day' must be a number greater than 0: 0",
			],
			[
				{ ...planned, coverage: 'hours_per_day', hours_per_day: 30 },
				"'Hours per Day' must be a number greater than 0 and at most 24: 30",
			],
			[{ ...recordedTime, hours: 0 }, "'Hours' must be a number greater than 0 and at most 24: 0"],
			[{ ...recordedTime, date: '' }, "'Date' is empty"],
			[{ ...recordedTime, leaveTypeId: byId('sick') }, `'Leave Type' is not a valid ID: "sick"`],
			[{ operation: 'getAll', scope: 'user', userId: byId('') }, "'User' is empty"],
			[
				{ operation: 'getAll', filters: { from: '2026-03-31', to: '2026-03-01' } },
				"'To' (2026-03-01) is before 'From' (2026-03-31)",
			],
			[
				{ operation: 'deletePlanned', userId: byId(String(USER)), assignmentId: byId('') },
				"'Planned Absence' is empty",
			],
			[
				{ operation: 'deletePlanned', userId: byId('1e3'), assignmentId: byId('700010') },
				`'User' is not a valid ID: "1e3"`,
			],
		];
		for (const [parameters, message] of cases) {
			const result = await runRm(sandbox, { resource: 'absence', ...parameters } as never);
			expect([parameters, result.error?.message]).toEqual([parameters, message]);
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
