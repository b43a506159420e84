import { RM_TOKEN } from '../sandbox';
import { RM_SEED, type Rec } from '../sandbox/rm/state';
import { ASSIGNMENT_SEED, seededAssignment } from '../sandbox/rm/assignments';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const USER = RM_SEED.firstUserId;
const PROJECT = RM_SEED.firstProjectId;
const PLACEHOLDER = RM_SEED.firstPlaceholderId;
const PHASE = 100_000 + (PROJECT + 1) * 10 + 1;
const FIRST = ASSIGNMENT_SEED.firstId;
const api = '/api/v1';

/** Seeded assignments still in the sandbox, in id order. */
const stored = (keep: (a: Rec) => boolean) =>
	[...sandbox.rm.assignments.values()].filter(keep).sort((a, b) => Number(a.id) - Number(b.id));
const isPhase = (a: Rec) => Boolean(sandbox.rm.projects.get(Number(a.assignable_id))?.parent_id);

describe('Resource Management assignment', () => {
	test('Create for a user on a project sends percent as a fraction and returns the assignment', async () => {
		const result = await runRm(sandbox, {
			resource: 'assignment',
			operation: 'create',
			assignTo: 'user',
			userId: { __rl: true, mode: 'list', value: String(USER) },
			assignOn: 'project',
			projectId: byId(String(PROJECT)),
			starts_at: '2026-03-02T00:00:00',
			ends_at: '2026-03-13T00:00:00',
			allocation_mode: 'percent',
			percent: 50,
			additionalFields: {
				description: 'Wireframes',
				note: 'Half days',
				status_option_id: { __rl: true, mode: 'list', value: '32' },
			},
		});
		const [assignment] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: `${api}/assignments`,
				query: {},
				body: {
					user_id: USER,
					assignable_id: PROJECT,
					starts_at: '2026-03-02',
					ends_at: '2026-03-13',
					allocation_mode: 'percent',
					percent: 0.5,
					description: 'Wireframes',
					note: 'Half days',
					status_option_id: 32,
				},
			},
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
		expect(assignment).toEqual({
			id: expect.any(Number),
			user_id: USER,
			assignable_id: PROJECT,
			starts_at: '2026-03-02',
			ends_at: '2026-03-13',
			allocation_mode: 'percent',
			percent: 0.5,
			bill_rate: null,
			bill_rate_id: null,
			repetition_id: null,
			all_day_assignment: false,
			resource_request_id: null,
			status: null,
			status_option_id: 32,
			description: 'Wireframes',
			note: 'Half days',
			created_at: '2026-01-05T09:00:00Z',
			updated_at: '2026-01-05T09:00:00Z',
		});
		expect(sandbox.rm.assignments.get(Number(assignment.id))).toEqual(assignment);
	});

	test('Create for a placeholder on a phase with tasks: the {data: [...]} answer becomes one item', async () => {
		const result = await runRm(sandbox, {
			resource: 'assignment',
			operation: 'create',
			assignTo: 'placeholder',
			placeholderId: byId(String(PLACEHOLDER)),
			assignOn: 'phase',
			projectId: byId(String(PROJECT + 1)),
			phaseId: byId(String(PHASE)),
			starts_at: '2026-04-01',
			ends_at: '2026-04-30',
			allocation_mode: 'hours_per_day',
			hours_per_day: 6,
			additionalFields: {
				subtasks: { task: [{ description: 'Brief', completed: true }, { description: ' Draft ' }] },
			},
		});
		const items = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: `${api}/assignments`,
				query: {},
				body: {
					user_id: PLACEHOLDER,
					assignable_id: PHASE,
					starts_at: '2026-04-01',
					ends_at: '2026-04-30',
					allocation_mode: 'hours_per_day',
					hours_per_day: 6,
					subtasks: [
						{ description: 'Brief', completed: true },
						{ description: 'Draft', completed: false },
					],
				},
			},
		]);
		expect(items).toHaveLength(1);
		const [assignment] = items;
		expect(assignment).toMatchObject({
			user_id: PLACEHOLDER,
			assignable_id: PHASE,
			allocation_mode: 'hours_per_day',
			hours_per_day: 6,
		});
		expect(assignment).not.toHaveProperty('percent');
		const subtasks = (assignment.subtasks as { data: Rec[] }).data;
		expect(subtasks.map((s) => [s.description, s.completed, s.assignment_id])).toEqual([
			['Brief', true, assignment.id],
			['Draft', false, assignment.id],
		]);
		expect(
			[...sandbox.rm.subtasks.values()].filter((s) => s.assignment_id === assignment.id),
		).toHaveLength(2);

		// The placeholder scope of Get Many lists it (placeholders have no seeded assignments).
		sandbox.clearRequests();
		const listed = jsonOf(
			await runRm(sandbox, {
				resource: 'assignment',
				operation: 'getAll',
				scope: 'placeholder',
				placeholderId: byId(String(PLACEHOLDER)),
				returnAll: true,
				filters: { with_phases: true },
			}),
		);
		expect(listed.map((a) => a.id)).toEqual([assignment.id]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/placeholder_resources/${PLACEHOLDER}/assignments`,
				query: { with_phases: 'true', per_page: '1000' },
				body: undefined,
			},
		]);
	});

	test('Create on a leave type with a fixed total', async () => {
		const result = await runRm(sandbox, {
			resource: 'assignment',
			operation: 'create',
			userId: byId(String(USER + 1)),
			assignOn: 'leaveType',
			leaveTypeId: byId(String(RM_SEED.leaveTypeIds[0])),
			starts_at: '2026-05-04',
			ends_at: '2026-05-08',
			allocation_mode: 'fixed',
			fixed_hours: 20,
		});
		expect(jsonOf(result)[0]).toMatchObject({
			user_id: USER + 1,
			assignable_id: 11,
			allocation_mode: 'fixed',
			fixed_hours: 20,
		});
		expect(shape(sandbox.requests[0]).body).toEqual({
			user_id: USER + 1,
			assignable_id: 11,
			starts_at: '2026-05-04',
			ends_at: '2026-05-08',
			allocation_mode: 'fixed',
			fixed_hours: 20,
		});
	});

	test('Get returns the bare assignment', async () => {
		const id = FIRST + 3;
		const result = await runRm(sandbox, {
			resource: 'assignment',
			operation: 'get',
			assignmentId: byId(String(id)),
		});
		expect(jsonOf(result)).toEqual([seededAssignment(3)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/assignments/${id}`, query: {}, body: undefined },
		]);
	});

	test('Get Many with Return All reads every page of all assignments (phase assignments hidden)', async () => {
		const result = await runRm(sandbox, {
			resource: 'assignment',
			operation: 'getAll',
			returnAll: true,
		});
		const expected = stored((a) => !isPhase(a));
		expect(expected.length).toBeGreaterThan(1000);
		expect(jsonOf(result)).toEqual(expected);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/assignments`, query: { per_page: '1000' }, body: undefined },
			{
				method: 'GET',
				path: `${api}/assignments`,
				query: { per_page: '1000', page: '2' },
				body: undefined,
			},
		]);
	});

	test('Get Many sends the date window, phases and task counts', async () => {
		const result = await runRm(
			sandbox,
			{
				resource: 'assignment',
				operation: 'getAll',
				returnAll: true,
				filters: { from: '2026-01-10T00:00:00', to: '2026-01-31T00:00:00', with_phases: true },
				subtaskCounts: true,
			},
			{ timezone: 'America/New_York' },
		);
		const items = jsonOf(result);
		const expected = stored(
			(a) => String(a.ends_at) >= '2026-01-10' && String(a.starts_at) <= '2026-01-31',
		);
		expect(items.map((a) => a.id)).toEqual(expected.map((a) => a.id));
		expect(items.some((a) => isPhase(a))).toBe(true);
		expect(items.find((a) => a.id === FIRST)?.subtask_counts).toEqual({ completed: 1, total: 3 });
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/assignments`,
				query: {
					from: '2026-01-10',
					to: '2026-01-31',
					with_phases: 'true',
					fields: 'subtasks_counts',
					per_page: '1000',
				},
				body: undefined,
			},
		]);
	});

	test('Get Many of one user with a Limit asks for that many', async () => {
		const user = USER + 2;
		const result = await runRm(sandbox, {
			resource: 'assignment',
			operation: 'getAll',
			scope: 'user',
			userId: byId(String(user)),
			limit: 4,
		});
		expect(jsonOf(result)).toEqual(stored((a) => a.user_id === user && !isPhase(a)).slice(0, 4));
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/users/${user}/assignments`,
				query: { per_page: '4' },
				body: undefined,
			},
		]);
	});

	test('Get Many of one project lists the assignments on it', async () => {
		const project = PROJECT + 4;
		const result = await runRm(sandbox, {
			resource: 'assignment',
			operation: 'getAll',
			scope: 'project',
			projectId: byId(String(project)),
			returnAll: true,
		});
		const items = jsonOf(result);
		expect(items.length).toBeGreaterThan(0);
		expect(items).toEqual(stored((a) => a.assignable_id === project));
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/projects/${project}/assignments`,
				query: { per_page: '1000' },
				body: undefined,
			},
		]);
	});

	test('Update switches the allocation mode by the value that was added', async () => {
		const id = FIRST + 1;
		const result = await runRm(sandbox, {
			resource: 'assignment',
			operation: 'update',
			assignmentId: byId(String(id)),
			updateFields: {
				hours_per_day: 3.5,
				ends_at: '2026-02-27T00:00:00',
				description: 'Renamed',
				status_option_id: byId('34'),
			},
		});
		const [assignment] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'PUT',
				path: `${api}/assignments/${id}`,
				query: {},
				body: {
					description: 'Renamed',
					ends_at: '2026-02-27',
					allocation_mode: 'hours_per_day',
					hours_per_day: 3.5,
					status_option_id: 34,
				},
			},
		]);
		expect(assignment).toMatchObject({
			id,
			allocation_mode: 'hours_per_day',
			hours_per_day: 3.5,
			ends_at: '2026-02-27',
			description: 'Renamed',
			status_option_id: 34,
		});
		expect(assignment).not.toHaveProperty('percent');
		expect(assignment.updated_at).not.toBe('2026-01-05T09:00:00Z');
		expect(sandbox.rm.assignments.get(id)).toEqual(assignment);

		sandbox.clearRequests();
		const back = jsonOf(
			await runRm(sandbox, {
				resource: 'assignment',
				operation: 'update',
				assignmentId: byId(String(id)),
				updateFields: { percent: 25 },
			}),
		);
		expect(shape(sandbox.requests[0]).body).toEqual({ allocation_mode: 'percent', percent: 0.25 });
		expect(back[0]).toMatchObject({ allocation_mode: 'percent', percent: 0.25 });
		expect(back[0]).not.toHaveProperty('hours_per_day');
	});

	test('Delete uses the user route and removes the assignment and its tasks', async () => {
		const result = await runRm(sandbox, {
			resource: 'assignment',
			operation: 'delete',
			userId: byId(String(USER)),
			assignmentId: byId(String(FIRST)),
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'DELETE',
				path: `${api}/users/${USER}/assignments/${FIRST}`,
				query: {},
				body: undefined,
			},
		]);
		expect(sandbox.rm.assignments.has(FIRST)).toBe(false);
		expect([...sandbox.rm.subtasks.values()].some((s) => s.assignment_id === FIRST)).toBe(false);
	});

	test('Delete of a placeholder assignment uses the placeholder route', async () => {
		sandbox.rm.assignments.set(880201, {
			...seededAssignment(5),
			id: 880201,
			user_id: PLACEHOLDER + 1,
		});
		const result = await runRm(sandbox, {
			resource: 'assignment',
			operation: 'delete',
			assignTo: 'placeholder',
			placeholderId: byId(String(PLACEHOLDER + 1)),
			assignmentId: byId('880201'),
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'DELETE',
				path: `${api}/placeholder_resources/${PLACEHOLDER + 1}/assignments/880201`,
				query: {},
				body: undefined,
			},
		]);
		expect(sandbox.rm.assignments.has(880201)).toBe(false);
	});

	test("Delete of another user's assignment is a readable 404 and deletes nothing", async () => {
		const id = FIRST + 2; // belongs to USER + 2
		const result = await runRm(sandbox, {
			resource: 'assignment',
			operation: 'delete',
			userId: byId(String(USER)),
			assignmentId: byId(String(id)),
		});
		expect(result.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(sandbox.rm.assignments.has(id)).toBe(true);
	});

	test('A value the API rejects (403 bad data) names the problem', async () => {
		const result = await runRm(sandbox, {
			resource: 'assignment',
			operation: 'create',
			userId: byId(String(USER)),
			projectId: byId(String(PROJECT)),
			starts_at: '2026-03-02',
			ends_at: '2026-03-03',
			additionalFields: { status_option_id: byId('35') }, // a deleted status option
		});
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: bad data; invalid status_option_id',
		);
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Bad IDs, dates and allocations fail before any request', async () => {
		const create = {
			operation: 'create',
			userId: byId(String(USER)),
			projectId: byId(String(PROJECT)),
			starts_at: '2026-03-02',
			ends_at: '2026-03-06',
		};
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ ...create, userId: byId('abc') }, `'User' is not a valid ID: "abc"`],
			[{ ...create, assignTo: 'placeholder', placeholderId: byId('') }, "'Placeholder' is empty"],
			[{ ...create, projectId: byId(' ') }, "'Project' is empty"],
			[{ ...create, assignOn: 'phase', phaseId: byId('1.5') }, `'Phase' is not a valid ID: "1.5"`],
			[{ ...create, assignOn: 'leaveType', leaveTypeId: byId('') }, "'Leave Type' is empty"],
			[{ ...create, starts_at: '' }, "'Start Date' is empty"],
			[
				{ ...create, ends_at: '2026-03-01' },
				"'End Date' (2026-03-01) is before 'Start Date' (2026-03-02)",
			],
			[{ ...create, ends_at: 'next week' }, `'End Date' is not a valid date: "next week"`],
			[{ ...create, percent: 0 }, "'Percent of Day' must be a number greater than 0: 0"],
			[
				{ ...create, allocation_mode: 'hours_per_day', hours_per_day: 25 },
				"'Hours per Day' must be a number greater than 0 and at most 24: 25",
			],
			[
				{ ...create, allocation_mode: 'fixed', fixed_hours: -2 },
				"'Total Hours' must be a number greater than 0: -2",
			],
			[
				{ ...create, additionalFields: { status_option_id: byId('done') } },
				`'Work Status' is not a valid ID: "done"`,
			],
			[
				{ ...create, additionalFields: { subtasks: { task: [{ description: ' ' }] } } },
				'Task 1 has no description',
			],
			[{ operation: 'get', assignmentId: byId('12a') }, `'Assignment' is not a valid ID: "12a"`],
			[{ operation: 'getAll', scope: 'user', userId: byId('') }, "'User' is empty"],
			[
				{ operation: 'getAll', scope: 'project', projectId: byId('x') },
				`'Project' is not a valid ID: "x"`,
			],
			[
				{ operation: 'getAll', filters: { from: '2026-05-01', to: '2026-04-01' } },
				"'Active To' (2026-04-01) is before 'Active From' (2026-05-01)",
			],
			[
				{ operation: 'update', assignmentId: byId(String(FIRST)), updateFields: {} },
				'No fields to update',
			],
			[
				{
					operation: 'update',
					assignmentId: byId(String(FIRST)),
					updateFields: { percent: 50, fixed_hours: 8 },
				},
				"Set only one of 'Percent of Day', 'Total Hours'",
			],
			[
				{ operation: 'update', assignmentId: byId(''), updateFields: { note: 'x' } },
				"'Assignment' is empty",
			],
			[
				{ operation: 'delete', userId: byId('0'), assignmentId: byId(String(FIRST)) },
				`'User' is not a valid ID: "0"`,
			],
			[
				{ operation: 'delete', userId: byId(String(USER)), assignmentId: byId('') },
				"'Assignment' is empty",
			],
		];
		for (const [parameters, message] of cases) {
			const result = await runRm(sandbox, { resource: 'assignment', ...parameters } as never);
			expect([parameters, result.error?.message]).toEqual([parameters, message]);
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
