import { RM_TOKEN } from '../sandbox';
import { RM_SEED } from '../sandbox/rm/state';
import { ASSIGNMENT_SEED, seededAssignment } from '../sandbox/rm/assignments';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const PROJECT = RM_SEED.firstProjectId;
const ASSIGNMENT = ASSIGNMENT_SEED.firstId; // on PROJECT, with three seeded tasks
const TASK = ASSIGNMENT_SEED.firstSubtaskId;
const tasksPath = (project = PROJECT, assignment = ASSIGNMENT) =>
	`/api/v1/projects/${project}/assignments/${assignment}/subtasks`;
const parents = {
	projectId: byId(String(PROJECT)),
	assignmentId: { __rl: true, mode: 'list', value: String(ASSIGNMENT) },
};

const seededTask = (i: number) => ({
	id: TASK + i,
	assignment_id: ASSIGNMENT,
	assignable_id: PROJECT,
	description: ASSIGNMENT_SEED.subtasks[i].description,
	completed: ASSIGNMENT_SEED.subtasks[i].completed,
	updated_by: RM_SEED.firstUserId,
	created_at: '2026-01-05T09:00:00Z',
	updated_at: '2026-01-05T09:00:00Z',
});

describe('Resource Management task (assignment subtask)', () => {
	test("Get Many with Return All lists the assignment's task list", async () => {
		const result = await runRm(sandbox, {
			resource: 'task',
			operation: 'getAll',
			...parents,
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([seededTask(0), seededTask(1), seededTask(2)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: tasksPath(), query: { per_page: '1000' }, body: undefined },
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});

	test('Get Many with a Limit asks for that many', async () => {
		const result = await runRm(sandbox, {
			resource: 'task',
			operation: 'getAll',
			...parents,
			limit: 2,
		});
		expect(jsonOf(result)).toEqual([seededTask(0), seededTask(1)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: tasksPath(), query: { per_page: '2' }, body: undefined },
		]);
	});

	test('A phase assignment is reached through the project of the phase', async () => {
		const index = Array.from({ length: 50 }, (_, i) => i).find(
			(i) => Number(seededAssignment(i).assignable_id) >= 100_000,
		)!;
		const phaseAssignment = seededAssignment(index);
		const phase = sandbox.rm.projects.get(Number(phaseAssignment.assignable_id))!;
		const result = await runRm(sandbox, {
			resource: 'task',
			operation: 'create',
			projectId: byId(String(phase.parent_id)),
			assignmentId: byId(String(phaseAssignment.id)),
			description: 'Phase task',
		});
		expect(jsonOf(result)[0]).toMatchObject({
			assignment_id: phaseAssignment.id,
			assignable_id: phase.id,
			description: 'Phase task',
		});
		expect(sandbox.requests.map((r) => r.path)).toEqual([
			tasksPath(Number(phase.parent_id), Number(phaseAssignment.id)),
		]);
	});

	test('Get returns the bare task', async () => {
		const result = await runRm(sandbox, {
			resource: 'task',
			operation: 'get',
			...parents,
			taskId: ` ${TASK + 1} `,
		});
		expect(jsonOf(result)).toEqual([seededTask(1)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${tasksPath()}/${TASK + 1}`, query: {}, body: undefined },
		]);
	});

	test('Create sends description and completed and returns the task', async () => {
		const result = await runRm(sandbox, {
			resource: 'task',
			operation: 'create',
			...parents,
			description: '  Write tests ',
		});
		const [task] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: tasksPath(),
				query: {},
				body: { description: 'Write tests', completed: false },
			},
		]);
		expect(task).toEqual({
			id: expect.any(Number),
			assignment_id: ASSIGNMENT,
			assignable_id: PROJECT,
			description: 'Write tests',
			completed: false,
			updated_by: RM_SEED.firstUserId,
			created_at: '2026-01-05T09:00:00Z',
			updated_at: '2026-01-05T09:00:00Z',
		});
		expect(sandbox.rm.subtasks.get(Number(task.id))).toEqual(task);
	});

	test('Update sends only the added fields', async () => {
		const result = await runRm(sandbox, {
			resource: 'task',
			operation: 'update',
			...parents,
			taskId: String(TASK + 2),
			updateFields: { description: 'Final review', completed: true },
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'PUT',
				path: `${tasksPath()}/${TASK + 2}`,
				query: {},
				body: { description: 'Final review', completed: true },
			},
		]);
		expect(jsonOf(result)[0]).toMatchObject({
			id: TASK + 2,
			description: 'Final review',
			completed: true,
		});
		expect(sandbox.rm.subtasks.get(TASK + 2)).toMatchObject({
			description: 'Final review',
			completed: true,
		});
	});

	test('Complete marks the task done', async () => {
		const result = await runRm(sandbox, {
			resource: 'task',
			operation: 'complete',
			...parents,
			taskId: String(TASK + 1),
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'PUT', path: `${tasksPath()}/${TASK + 1}`, query: {}, body: { completed: true } },
		]);
		expect(jsonOf(result)[0]).toMatchObject({
			id: TASK + 1,
			description: 'Wireframes',
			completed: true,
		});
		expect(sandbox.rm.subtasks.get(TASK + 1)?.completed).toBe(true);
	});

	test('Delete answers { deleted: true } and removes the task', async () => {
		const result = await runRm(sandbox, {
			resource: 'task',
			operation: 'delete',
			...parents,
			taskId: String(TASK),
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'DELETE', path: `${tasksPath()}/${TASK}`, query: {}, body: undefined },
		]);
		expect(sandbox.rm.subtasks.has(TASK)).toBe(false);
	});

	test('An assignment that is not on the chosen project is a readable 404', async () => {
		const result = await runRm(sandbox, {
			resource: 'task',
			operation: 'getAll',
			projectId: byId(String(PROJECT + 1)),
			assignmentId: byId(String(ASSIGNMENT)),
			returnAll: true,
		});
		expect(result.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(result.error?.description).toContain('must belong to the parent');
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Bad IDs and empty texts fail before any request', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[
				{ operation: 'getAll', projectId: byId('abc'), assignmentId: byId(String(ASSIGNMENT)) },
				`'Project' is not a valid ID: "abc"`,
			],
			[
				{ operation: 'getAll', projectId: byId(String(PROJECT)), assignmentId: byId('') },
				"'Assignment' is empty",
			],
			[{ operation: 'get', ...parents, taskId: '' }, "'Task ID' is empty"],
			[{ operation: 'get', ...parents, taskId: '0' }, `'Task ID' is not a valid ID: "0"`],
			[
				{ operation: 'complete', ...parents, taskId: 'next' },
				`'Task ID' is not a valid ID: "next"`,
			],
			[{ operation: 'delete', ...parents, taskId: '-4' }, `'Task ID' is not a valid ID: "-4"`],
			[{ operation: 'create', ...parents, description: '   ' }, "'Description' is empty"],
			[
				{ operation: 'update', ...parents, taskId: String(TASK), updateFields: {} },
				'No fields to update',
			],
			[
				{
					operation: 'update',
					...parents,
					taskId: String(TASK),
					updateFields: { description: '' },
				},
				"'Description' is empty",
			],
		];
		for (const [parameters, message] of cases) {
			const result = await runRm(sandbox, { resource: 'task', ...parameters } as never);
			expect([parameters, result.error?.message]).toEqual([parameters, message]);
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
