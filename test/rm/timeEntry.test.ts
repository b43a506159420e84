import { RM_TOKEN } from '../sandbox';
import { RM_SEED, type Rec } from '../sandbox/rm/state';
import { TIME_ENTRY_SEED } from '../sandbox/rm/timeEntries';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const USER = RM_SEED.firstUserId;
const PROJECT = RM_SEED.firstProjectId;
const FIRST = RM_SEED.firstTimeEntryId;
const api = '/api/v1';
const entries = (keep: (e: Rec) => boolean) =>
	[...sandbox.rm.timeEntries.values()].filter(keep).sort((a, b) => Number(a.id) - Number(b.id));

/** The first seeded entry as the API returns it. */
const firstEntry = {
	id: FIRST,
	user_id: USER,
	assignable_id: PROJECT,
	assignable_type: 'Project',
	date: '2026-02-01',
	hours: 1,
	scheduled_hours: null,
	is_suggestion: false,
	task: null,
	notes: null,
	bill_rate: 100,
	bill_rate_id: 1,
	created_at: '2026-01-05T09:00:00Z',
	updated_at: '2026-01-05T09:00:00Z',
};

/** A raw request to the sandbox, for its own rules that the node never lets through. */
async function raw(method: string, path: string, body?: unknown) {
	const response = await fetch(`${sandbox.rmBaseUrl}${api}${path}`, {
		method,
		headers: { auth: RM_TOKEN, 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as unknown };
}

describe('Resource Management time entry', () => {
	test('Create logs hours on a project for a user and returns the entry', async () => {
		const result = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'create',
			userId: { __rl: true, mode: 'list', value: String(USER + 3) },
			assignOn: 'project',
			projectId: byId(String(PROJECT + 1)),
			date: '2026-03-10T00:00:00',
			hours: 1.5,
			additionalFields: { task: 'Travel', notes: 'Client visit' },
		});
		const [entry] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: `${api}/users/${USER + 3}/time_entries`,
				query: {},
				body: {
					assignable_id: PROJECT + 1,
					date: '2026-03-10',
					hours: 1.5,
					task: 'Travel',
					notes: 'Client visit',
				},
			},
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
		expect(entry).toEqual({
			id: expect.any(Number),
			user_id: USER + 3,
			assignable_id: PROJECT + 1,
			assignable_type: 'Project',
			date: '2026-03-10',
			hours: 1.5,
			scheduled_hours: null,
			is_suggestion: false,
			task: 'Travel',
			notes: 'Client visit',
			bill_rate: 100,
			bill_rate_id: 1,
			created_at: '2026-01-05T09:00:00Z',
			updated_at: '2026-01-05T09:00:00Z',
		});
		expect(sandbox.rm.timeEntries.get(Number(entry.id))).toEqual(entry);
	});

	test('Create on a phase or a leave type sends that id as assignable_id', async () => {
		const phase = 100_000 + PROJECT * 10 + 1;
		const onPhase = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'create',
			userId: byId(String(USER)),
			assignOn: 'phase',
			projectId: byId(String(PROJECT)),
			phaseId: byId(String(phase)),
			date: '2026-03-11',
			hours: 2,
		});
		const onLeave = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'create',
			userId: byId(String(USER)),
			assignOn: 'leaveType',
			leaveTypeId: byId('12'),
			date: '2026-03-12',
			hours: 8,
		});
		expect(jsonOf(onPhase)[0]).toMatchObject({
			assignable_id: phase,
			assignable_type: 'Project',
			hours: 2,
		});
		expect(jsonOf(onLeave)[0]).toMatchObject({
			assignable_id: 12,
			assignable_type: 'LeaveType',
			hours: 8,
		});
		expect(sandbox.requests.map((r) => r.body)).toEqual([
			{ assignable_id: phase, date: '2026-03-11', hours: 2 },
			{ assignable_id: 12, date: '2026-03-12', hours: 8 },
		]);
	});

	test('A placeholder cannot log time: the 403 bad data is shown', async () => {
		const result = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'create',
			userId: byId(String(RM_SEED.firstPlaceholderId)),
			projectId: byId(String(PROJECT)),
			date: '2026-03-10',
			hours: 4,
		});
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: bad data; Placeholders cannot have time entries',
		);
		expect(result.error?.httpCode).toBe('403');
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Get returns the bare entry', async () => {
		const result = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'get',
			timeEntryId: String(FIRST),
		});
		expect(jsonOf(result)).toEqual([firstEntry]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/time_entries/${FIRST}`, query: {}, body: undefined },
		]);
	});

	test('Get Many sends the dates, suggestions, sort and approvals and asks for Limit entries', async () => {
		const result = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'getAll',
			limit: 3,
			filters: { from: '2026-03-01T00:00:00', to: '2026-03-31T00:00:00', with_suggestions: true },
			sort: { sort_field: 'updated', sort_order: 'descending' },
			includeApprovals: true,
		});
		const items = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/time_entries`,
				query: {
					from: '2026-03-01',
					to: '2026-03-31',
					with_suggestions: 'true',
					sort_field: 'updated',
					sort_order: 'descending',
					fields: 'approvals',
					per_page: '3',
				},
				body: undefined,
			},
		]);
		const march = entries((e) => String(e.date).startsWith('2026-03'));
		const expected = [...march]
			.sort(
				(a, b) =>
					String(a.updated_at).localeCompare(String(b.updated_at)) || Number(a.id) - Number(b.id),
			)
			.reverse()
			.slice(0, 3);
		expect(items.map((e) => e.id)).toEqual(expected.map((e) => e.id));
		expect(items.every((e) => (e.approvals as { data: unknown[] }).data.length === 0)).toBe(true);
		expect(march.some((e) => e.is_suggestion)).toBe(true);
	});

	test('Get Many of one user with Return All and without suggestions', async () => {
		const result = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'getAll',
			scope: 'user',
			userId: byId(String(USER)),
			returnAll: true,
			filters: { from: '2026-03-01', to: '2026-03-31' },
		});
		const expected = entries(
			(e) => e.user_id === USER && String(e.date).startsWith('2026-03') && !e.is_suggestion,
		);
		expect(expected.map((e) => e.id)).toEqual(
			expect.arrayContaining(
				TIME_ENTRY_SEED.leave.filter((e) => e.user_id === USER).map((e) => e.id),
			),
		);
		expect(jsonOf(result)).toEqual(expected);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/users/${USER}/time_entries`,
				query: { from: '2026-03-01', to: '2026-03-31', per_page: '1000' },
				body: undefined,
			},
		]);
	});

	test('Get Many of one project', async () => {
		const project = PROJECT + 6;
		const result = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'getAll',
			scope: 'project',
			projectId: byId(String(project)),
			limit: 1000,
			filters: { from: '2026-02-14', to: '2026-02-14' },
		});
		const expected = entries((e) => e.assignable_id === project && e.date === '2026-02-14');
		expect(expected.length).toBeGreaterThan(0);
		expect(jsonOf(result)).toEqual(expected);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/projects/${project}/time_entries`,
				query: { from: '2026-02-14', to: '2026-02-14', per_page: '1000' },
				body: undefined,
			},
		]);
	});

	test('Update uses the user route and sends only the added fields', async () => {
		const id = FIRST + 10; // user USER + 0
		const result = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'update',
			userId: byId(String(USER)),
			timeEntryId: String(id),
			updateFields: { hours: 6, notes: 'Corrected', date: '2026-02-12T00:00:00' },
		});
		const [entry] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'PUT',
				path: `${api}/users/${USER}/time_entries/${id}`,
				query: {},
				body: { date: '2026-02-12', hours: 6, notes: 'Corrected' },
			},
		]);
		expect(entry).toMatchObject({ id, hours: 6, notes: 'Corrected', date: '2026-02-12' });
		expect(entry.updated_at).not.toBe(firstEntry.updated_at);
		expect(sandbox.rm.timeEntries.get(id)).toEqual(entry);
	});

	test("Update and Delete of another user's entry are a readable 404", async () => {
		const id = FIRST + 1; // belongs to USER + 1
		const update = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'update',
			userId: byId(String(USER)),
			timeEntryId: String(id),
			updateFields: { hours: 2 },
		});
		const remove = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'delete',
			userId: byId(String(USER)),
			timeEntryId: String(id),
		});
		expect(update.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(remove.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(sandbox.rm.timeEntries.get(id)).toMatchObject({
			hours: 2,
			updated_at: firstEntry.updated_at,
		});
		expect(sandbox.requests).toHaveLength(2);
	});

	test('Delete answers { deleted: true } and removes the entry', async () => {
		const id = FIRST + 20;
		const result = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'delete',
			userId: byId(String(USER)),
			timeEntryId: String(id),
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'DELETE',
				path: `${api}/users/${USER}/time_entries/${id}`,
				query: {},
				body: undefined,
			},
		]);
		expect(sandbox.rm.timeEntries.has(id)).toBe(false);
	});

	test('Bad IDs, dates and hours fail before any request', async () => {
		const create = {
			operation: 'create',
			userId: byId(String(USER)),
			projectId: byId(String(PROJECT)),
			date: '2026-03-10',
			hours: 2,
		};
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ ...create, hours: 0 }, "'Hours' must be a number greater than 0 and at most 24: 0"],
			[{ ...create, hours: -1.5 }, "'Hours' must be a number greater than 0 and at most 24: -1.5"],
			[{ ...create, hours: 25 }, "'Hours' must be a number greater than 0 and at most 24: 25"],
			[{ ...create, date: '' }, "'Date' is empty"],
			[{ ...create, date: '31/02/2026' }, `'Date' is not a valid date: "31/02/2026"`],
			[{ ...create, userId: byId('abc') }, `'User' is not a valid ID: "abc"`],
			[{ ...create, projectId: byId('') }, "'Project' is empty"],
			[
				{ ...create, assignOn: 'leaveType', leaveTypeId: byId('Vacation') },
				`'Leave Type' is not a valid ID: "Vacation"`,
			],
			[{ operation: 'get', timeEntryId: '' }, "'Time Entry ID' is empty"],
			[{ operation: 'get', timeEntryId: '3e9' }, `'Time Entry ID' is not a valid ID: "3e9"`],
			[{ operation: 'getAll', scope: 'user', userId: byId('') }, "'User' is empty"],
			[
				{ operation: 'getAll', filters: { from: '2026-03-31', to: '2026-03-01' } },
				"'To' (2026-03-01) is before 'From' (2026-03-31)",
			],
			[
				{ operation: 'getAll', filters: { from: 'yesterday' } },
				`'From' is not a valid date: "yesterday"`,
			],
			[
				{
					operation: 'update',
					userId: byId(String(USER)),
					timeEntryId: String(FIRST),
					updateFields: {},
				},
				'No fields to update',
			],
			[
				{
					operation: 'update',
					userId: byId(String(USER)),
					timeEntryId: String(FIRST),
					updateFields: { hours: 0 },
				},
				"'Hours' must be a number greater than 0 and at most 24: 0",
			],
			[
				{
					operation: 'update',
					userId: byId(''),
					timeEntryId: String(FIRST),
					updateFields: { notes: 'x' },
				},
				"'User' is empty",
			],
			[
				{ operation: 'delete', userId: byId(String(USER)), timeEntryId: 'abc' },
				`'Time Entry ID' is not a valid ID: "abc"`,
			],
		];
		for (const [parameters, message] of cases) {
			const result = await runRm(sandbox, { resource: 'timeEntry', ...parameters } as never);
			expect([parameters, result.error?.message]).toEqual([parameters, message]);
		}
		expect(sandbox.requests).toHaveLength(0);
	});

	test('The sandbox enforces RM rules the node never breaks: hours, dates, ownership', async () => {
		expect(
			await raw('POST', `/users/${USER}/time_entries`, {
				assignable_id: PROJECT,
				date: '2026-03-10',
			}),
		).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['Hours is required when is_suggestion is false'] },
		});
		expect(
			await raw('POST', `/users/${USER}/time_entries`, {
				assignable_id: PROJECT,
				date: '2026-03-10',
				hours: 0,
			}),
		).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['Hours must be greater than 0'] },
		});
		expect(
			await raw('POST', `/users/${USER}/time_entries`, {
				assignable_id: 999,
				date: '2026-03-10',
				hours: 1,
			}),
		).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['invalid assignable_id'] },
		});
		expect(await raw('GET', '/time_entries?from=03/01/2026')).toEqual({
			status: 400,
			body: { message: 'from must be a valid date in yyyy-mm-dd format' },
		});
		expect(await raw('GET', `/users/${USER + 1}/time_entries/${FIRST}`)).toEqual({
			status: 404,
			body: { message: 'not found' },
		});
	});
});
