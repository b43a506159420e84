import { NodeApiError } from 'n8n-workflow';
import { FOLDER_SEED } from '../sandbox/smenso/folders';
import { guid, SEED } from '../sandbox/smenso/state';
import {
	ADMIN_AUTH,
	byId,
	callsBesidesPolls,
	FAST_TICKETS,
	jsonOf,
	runSmenso,
	shape,
	SINGLE_WRITE_POLLS,
	SINGLE_WRITE_TICKET,
	statusPolls,
} from '../harness/smenso';
import { expectInputError } from '../harness/errors';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

const P = SEED.mainProjectId;
const API = '/skyisland/api/integration/folders/json';

const PLANNING = {
	id: FOLDER_SEED.planningId,
	projectId: P,
	name: 'Planning',
	priority: 'high',
	startDate: '05.01.2026',
	endDate: '30.01.2026',
	description: '',
	color: '#1E88E5',
	fillRowWithColor: false,
	noNewTasksAllowed: false,
	lockNewTasks: false,
	privateNewTasks: false,
	locked: false,
	taskTemplateId: null,
};

/** A folder put straight into the sandbox state. */
function seedFolder(name: string, fields: Record<string, unknown> = {}): string {
	const id = guid(`test-folder-${name}`);
	sandbox.smenso.folders.set(id, {
		...PLANNING,
		id,
		name,
		priority: 'none',
		color: '#000000',
		...fields,
	});
	return id;
}

describe('smenso phase', () => {
	test('Get Many lists the phases of the project', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'getAll',
			projectId: byId(P),
			returnAll: true,
		});
		const items = jsonOf(result);
		expect(items).toHaveLength(2);
		expect(items[0]).toEqual(PLANNING);
		expect(items[1]).toMatchObject({
			id: FOLDER_SEED.executionId,
			name: 'Execution',
			startDate: '02.02.2026',
			endDate: '30.06.2026',
		});
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'GET', path: `${API}/${P}`, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Get Many with Limit 1 and a language', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'getAll',
			projectId: byId(P),
			limit: 1,
			filters: { lang: 'de-DE' },
		});
		expect(jsonOf(result)).toEqual([PLANNING]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'GET', path: `${API}/${P}`, query: { lang: 'de-DE' }, body: undefined },
		]);
	});

	test('Get Many of a project without phases returns nothing', async () => {
		const other = [...sandbox.smenso.projects.keys()][7];
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'getAll',
			projectId: byId(other),
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([]);
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Get reads the phase list and returns the one phase asked for', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'get',
			projectId: byId(P),
			phaseId: ` ${FOLDER_SEED.executionId.toUpperCase()} `,
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ id: FOLDER_SEED.executionId, name: 'Execution', color: '#43A047' }),
		]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'GET', path: `${API}/${P}`, query: {}, body: undefined },
		]);
	});

	test('Get of a phase that is not in the project is a 404-style error', async () => {
		const missing = guid('no-such-folder');
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'get',
			projectId: byId(P),
			phaseId: missing,
		});
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toBe(
			`smenso found no such record (404): the project has no phase ${missing}`,
		);
		expect(result.error?.description).toContain(`Project ${P} has 2 phase(s), none with this ID`);
		expect(result.error?.httpCode).toBe('404');
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Create sends the folder envelope with projectId on top and waits for the ticket', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'create',
			projectId: byId(P),
			name: 'Rollout',
			additionalFields: {
				priority: 'highest',
				startDate: '2026-07-01T00:00:00',
				endDate: '31.07.2026',
				description: '<p>Go live</p>',
				color: '#ff9800',
				fillRowWithColor: true,
				lockNewTasks: false,
				locked: false,
				noNewTasksAllowed: false,
				privateNewTasks: true,
				taskTemplateId: SEED.taskTemplateId,
			},
			options: FAST_TICKETS,
		});
		const [out] = jsonOf(result);
		expect(sandbox.requestsTo(API, 'POST').map(shape)).toEqual([
			{
				method: 'POST',
				path: API,
				query: {},
				body: {
					timezoneId: 'W. Europe Standard Time',
					projectId: P,
					folder: [
						{
							name: 'Rollout',
							priority: 'highest',
							startDate: '2026-07-01',
							endDate: '2026-07-31',
							description: '<p>Go live</p>',
							color: '#ff9800',
							fillRowWithColor: true,
							lockNewTasks: false,
							locked: false,
							noNewTasksAllowed: false,
							privateNewTasks: true,
							taskTemplateId: SEED.taskTemplateId,
							tempId: 'n8n-item-0',
						},
					],
				},
			},
		]);
		expect(sandbox.requestsTo(API, 'POST')[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(out).toEqual({
			ticketId: SINGLE_WRITE_TICKET,
			status: 'Completed',
			tempId: 'n8n-item-0',
			id: expect.any(String),
			success: true,
			messages: [],
		});
		expect(sandbox.smenso.folders.get(String(out.id))).toMatchObject({
			projectId: P,
			name: 'Rollout',
			startDate: '2026-07-01',
			color: '#ff9800',
		});
	});

	test("Create with a name the project already uses fails with smenso's message", async () => {
		const before = sandbox.smenso.folders.size;
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'create',
			projectId: byId(P),
			name: 'planning',
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			"smenso did not apply the change: A folder named 'planning' already exists in this project.",
		);
		expect(sandbox.smenso.folders.size).toBe(before);
	});

	test("Create in an unknown project fails with smenso's message", async () => {
		const unknown = guid('no-such-project');
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'create',
			projectId: byId(unknown),
			name: 'X',
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			`smenso did not apply the change: Project ${unknown} was not found.`,
		);
		expect(sandbox.requestsTo(API, 'POST')[0].body).toMatchObject({ projectId: unknown });
	});

	test('Update sends the phase ID on the item and the project on top; a rename carries over to its tasks', async () => {
		const id = seedFolder('QA', { startDate: '2026-08-01', endDate: '2026-08-31' });
		const task = guid('qa-task');
		sandbox.smenso.tasks.set(task, {
			id: task,
			projectId: P,
			parentId: null,
			title: 'Test plan',
			folder: 'QA',
			dependencies: [],
		});
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'update',
			projectId: byId(P),
			phaseId: id,
			updateFields: { name: 'Quality', endDate: '2026-09-15T00:00:00', priority: 'low' },
			options: { ...FAST_TICKETS, timezoneId: 'UTC' },
		});
		expect(jsonOf(result)).toEqual([
			{
				ticketId: SINGLE_WRITE_TICKET,
				status: 'Completed',
				tempId: 'n8n-item-0',
				id,
				success: true,
				messages: [],
			},
		]);
		expect(sandbox.requestsTo(API, 'PUT').map(shape)).toEqual([
			{
				method: 'PUT',
				path: API,
				query: {},
				body: {
					timezoneId: 'UTC',
					projectId: P,
					folder: [
						{ id, name: 'Quality', endDate: '2026-09-15', priority: 'low', tempId: 'n8n-item-0' },
					],
				},
			},
		]);
		expect(sandbox.smenso.folders.get(id)).toMatchObject({
			name: 'Quality',
			startDate: '2026-08-01',
			endDate: '2026-09-15',
			priority: 'low',
		});
		expect(sandbox.smenso.tasks.get(task)?.folder).toBe('Quality');
	});

	test("Update with an end date before the stored start date fails with smenso's message and changes nothing", async () => {
		const id = seedFolder('Late', { startDate: '2026-10-01', endDate: '2026-10-31' });
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'update',
			projectId: byId(P),
			phaseId: id,
			updateFields: { endDate: '2026-09-01' },
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			'smenso did not apply the change: The end date must not be before the start date.',
		);
		expect(sandbox.smenso.folders.get(id)?.endDate).toBe('2026-10-31');
	});

	test('Update accepts a numeric phase ID and sends it as a number', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'update',
			projectId: byId(P),
			phaseId: '42',
			updateFields: { locked: true },
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			'smenso did not apply the change: Folder 42 was not found in this project.',
		);
		expect((sandbox.requestsTo(API, 'PUT')[0].body as { folder: unknown[] }).folder).toEqual([
			{ id: 42, locked: true, tempId: 'n8n-item-0' },
		]);
	});

	test('Delete removes the phase and answers { deleted: true }', async () => {
		const id = seedFolder('Obsolete');
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'delete',
			projectId: byId(P),
			phaseId: id,
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'DELETE', path: `${API}/${P}/${id}`, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(sandbox.smenso.folders.has(id)).toBe(false);
	});

	test('Delete of a phase of another project is a 404 error', async () => {
		const other = [...sandbox.smenso.projects.keys()][8];
		const result = await runSmenso(sandbox, {
			resource: 'phase',
			operation: 'delete',
			projectId: byId(other),
			phaseId: FOLDER_SEED.planningId,
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe('smenso found no such record (404): Folder not found');
		expect(sandbox.smenso.folders.has(FOLDER_SEED.planningId)).toBe(true);
	});

	describe('input checks before any request', () => {
		const base = {
			resource: 'phase',
			projectId: byId(P),
			phaseId: FOLDER_SEED.planningId,
			name: 'X',
		};
		test.each([
			[
				'an impossible start date',
				{ ...base, operation: 'create', additionalFields: { startDate: '2026-13-01' } },
				"'Start Date' is not a valid date",
			],
			[
				'an end date before the start date',
				{
					...base,
					operation: 'create',
					additionalFields: { startDate: '2026-05-10', endDate: '2026-05-09' },
				},
				"'End Date' (2026-05-09) is before 'Start Date' (2026-05-10)",
			],
			[
				'an empty project',
				{ ...base, operation: 'create', projectId: byId('') },
				"'Project' is empty",
			],
			[
				'a malformed project',
				{ ...base, operation: 'getAll', projectId: byId('P-1') },
				"'Project' is not a valid ID",
			],
			[
				'a short colour',
				{ ...base, operation: 'create', additionalFields: { color: '#12345' } },
				"'Color' is not a #RRGGBB colour",
			],
			[
				'a malformed task template',
				{ ...base, operation: 'create', additionalFields: { taskTemplateId: 'tpl' } },
				"'Task Template ID' is not a valid ID",
			],
			[
				'an empty phase on Get',
				{ ...base, operation: 'get', phaseId: '  ' },
				"'Phase ID' is empty",
			],
			[
				'a malformed phase on Get',
				{ ...base, operation: 'get', phaseId: '12ab' },
				"'Phase ID' is not a valid ID",
			],
			[
				'a malformed project on Get',
				{ ...base, operation: 'get', projectId: byId('x') },
				"'Project' is not a valid ID",
			],
			[
				'a malformed phase on Update',
				{ ...base, operation: 'update', phaseId: 'a/b' },
				"'Phase ID' is not a valid ID",
			],
			[
				'an invalid date on Update',
				{ ...base, operation: 'update', updateFields: { endDate: '30.02.2026' } },
				"'End Date' is not a valid date",
			],
			[
				'an empty phase on Delete',
				{ ...base, operation: 'delete', phaseId: '' },
				"'Phase ID' is empty",
			],
			[
				'a zero phase ID on Delete',
				{ ...base, operation: 'delete', phaseId: '0' },
				"'Phase ID' is not a valid ID",
			],
		])('%s', async (_name, parameters, message) => {
			expectInputError(sandbox, await runSmenso(sandbox, parameters), message);
		});
	});
});
