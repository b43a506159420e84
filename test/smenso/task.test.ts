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
	smensoCredential,
	smensoNode,
	statusPolls,
	WRITE_MODE,
} from '../harness/smenso';
import { runListSearch } from '../harness/load-options';
import { expectInputError } from '../harness/errors';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

const P = SEED.mainProjectId;
const DESIGN = guid('task-0');
const BUILD = guid('task-1');
const LAUNCH = guid('task-2');
const WIREFRAMES = guid('task-0-sub-0');
const API = '/skyisland/api/integration/task/json';
const members = () => sandbox.smenso.members.map((m) => String(m.id));

/** Creates a task through the sandbox state, returning its ID. */
function seedTask(fields: Record<string, unknown>): string {
	const id = guid(`test-task-${sandbox.smenso.tasks.size}-${String(fields.title)}`);
	sandbox.smenso.tasks.set(id, {
		id,
		projectId: P,
		parentId: null,
		statusId: 1,
		priority: 2,
		dependencies: [],
		...fields,
	});
	return id;
}

describe('smenso task: reads', () => {
	test('Get Many returns every task of the project as a flat list, subtasks after their parent', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'getAll',
			projectId: byId(P),
			returnAll: true,
			simplify: false,
		});
		const items = jsonOf(result);
		expect(items.map((t) => t.title)).toEqual(['Design', 'Wireframes', 'Build', 'Launch']);
		expect(items[1]).toEqual({
			id: WIREFRAMES,
			projectId: P,
			parentId: DESIGN,
			title: 'Wireframes',
			startDate: '05.01.2026',
			dueDate: '12.01.2026',
			statusId: 1,
			priority: 2,
			dependencies: [],
		});
		expect(sandbox.requests).toHaveLength(1);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: `${API}/${P}`,
			query: {},
			body: undefined,
		});
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(
			true,
		);
	});

	test('Get Many with Limit 2 returns the first two, simplified', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'getAll',
			projectId: byId(P),
			limit: 2,
		});
		expect(jsonOf(result)).toEqual([
			{
				id: DESIGN,
				title: 'Design',
				projectId: P,
				parentId: null,
				startDate: '05.01.2026',
				dueDate: '30.01.2026',
				statusId: 1,
				priority: 2,
			},
			{
				id: WIREFRAMES,
				title: 'Wireframes',
				projectId: P,
				parentId: DESIGN,
				startDate: '05.01.2026',
				dueDate: '12.01.2026',
				statusId: 1,
				priority: 2,
			},
		]);
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Get Many falls back to ?projectId= when the first path answers 404, keeping the filters', async () => {
		sandbox.inject({
			method: 'GET',
			path: `${API}/${P}`,
			response: { status: 404, body: 'Not Found', raw: true },
		});
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'getAll',
			projectId: byId(P),
			returnAll: true,
			filters: { lang: 'de-DE' },
		});
		expect(jsonOf(result).map((t) => t.id)).toEqual([DESIGN, WIREFRAMES, BUILD, LAUNCH]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'GET', path: `${API}/${P}`, query: { lang: 'de-DE' }, body: undefined },
			{ method: 'GET', path: API, query: { lang: 'de-DE', projectId: P }, body: undefined },
		]);
	});

	test('Get Many lifts nested subtasks out when smenso answers with a tree', async () => {
		sandbox.inject({
			method: 'GET',
			path: `${API}/${P}`,
			response: {
				status: 200,
				body: [
					{
						id: 'a',
						title: 'A',
						subTasks: [
							{ id: 'a1', title: 'A1', subTasks: [{ id: 'a11', title: 'A11', subTasks: [] }] },
						],
					},
					{ id: 'b', title: 'B', subTasks: [] },
				],
			},
		});
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'getAll',
			projectId: byId(P),
			returnAll: true,
			simplify: false,
		});
		expect(jsonOf(result)).toEqual([
			{ id: 'a', title: 'A' },
			{ id: 'a1', title: 'A1' },
			{ id: 'a11', title: 'A11' },
			{ id: 'b', title: 'B' },
		]);
	});

	test('Get Many for an unknown project is a 404 error after trying both paths', async () => {
		const unknown = guid('no-such-project');
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'getAll',
			projectId: byId(unknown),
			returnAll: true,
		});
		expect(result.error?.message).toBe('smenso found no such record (404): Project not found');
		expect(sandbox.requests.map((r) => [r.path, r.query])).toEqual([
			[`${API}/${unknown}`, {}],
			[API, { projectId: unknown }],
		]);
	});

	test("The Task picker lists the selected project's tasks from the list endpoint", async () => {
		const found = await runListSearch({
			nodeType: smensoNode,
			credential: smensoCredential(sandbox),
			parameters: { resource: 'task', operation: 'update', projectId: byId(P) },
			path: 'parameters.taskId',
			method: 'searchTasks',
		});
		expect(found.results).toEqual([
			{ name: 'Build', value: BUILD },
			{ name: 'Design', value: DESIGN },
			{ name: 'Launch', value: LAUNCH },
			{ name: 'Wireframes', value: WIREFRAMES },
		]);
		expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${API}/${P}`]);
	});

	test('Get returns the task with its subtasks nested under subTasks', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'get',
			projectId: byId(P),
			taskId: byId(DESIGN),
		});
		expect(jsonOf(result)).toEqual([
			{
				id: DESIGN,
				projectId: P,
				parentId: null,
				title: 'Design',
				startDate: '05.01.2026',
				dueDate: '30.01.2026',
				statusId: 1,
				priority: 2,
				dependencies: [],
				subTasks: [
					{
						id: WIREFRAMES,
						projectId: P,
						parentId: DESIGN,
						title: 'Wireframes',
						startDate: '05.01.2026',
						dueDate: '12.01.2026',
						statusId: 1,
						priority: 2,
						dependencies: [],
						subTasks: [],
					},
				],
			},
		]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'GET', path: `${API}/${P}/${DESIGN}`, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Get falls back to /{taskId}/tree when the first path answers 404', async () => {
		sandbox.inject({
			method: 'GET',
			path: `${API}/${P}/${DESIGN}`,
			response: { status: 404, body: 'Not Found', raw: true },
		});
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'get',
			projectId: byId(P),
			taskId: byId(` ${DESIGN} `),
		});
		const [task] = jsonOf(result);
		expect(task.id).toBe(DESIGN);
		expect((task.subTasks as Array<{ id: string }>).map((s) => s.id)).toEqual([WIREFRAMES]);
		// The tree path knows no project, so the project's task list confirms the task is in it.
		expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${API}/${P}/${DESIGN}`,
			`GET ${API}/${DESIGN}/tree`,
			`GET ${API}/${P}`,
		]);
	});

	test('Get with a project that does not contain the task fails on the tree fallback instead of returning it', async () => {
		const other = [...sandbox.smenso.projects.keys()][5];
		// An answer that names no project (the references document none on tasks): the list decides.
		sandbox.inject({
			method: 'GET',
			path: `${API}/${DESIGN}/tree`,
			response: { status: 200, body: { id: DESIGN, title: 'Design' } },
		});
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'get',
			projectId: byId(other),
			taskId: byId(DESIGN),
		});
		expect(result.error?.message).toBe(`Task ${DESIGN} is not in project ${other}`);
		expect(result.error?.description).toContain("the project's task list does not contain it");
		expect(sandbox.requests.map((r) => r.path)).toEqual([
			`${API}/${other}/${DESIGN}`,
			`${API}/${DESIGN}/tree`,
			`${API}/${other}`,
		]);
	});

	test("Get fails when the first path answers with another project's task, or with another task", async () => {
		const other = [...sandbox.smenso.projects.keys()][5];
		// A first path that ignores its project segment: the answer names the task's real project.
		sandbox.inject({
			method: 'GET',
			path: `${API}/${other}/${DESIGN}`,
			response: { status: 200, body: { id: DESIGN, projectId: P, title: 'Design' } },
		});
		const wrongProject = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'get',
			projectId: byId(other),
			taskId: byId(DESIGN),
		});
		expect(wrongProject.error?.message).toBe(
			`Task ${DESIGN} is not in project ${other} (smenso lists it in project ${P})`,
		);
		sandbox.inject({
			method: 'GET',
			path: `${API}/${P}/${DESIGN}`,
			response: { status: 200, body: { id: BUILD, title: 'Build' } },
		});
		const wrongTask = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'get',
			projectId: byId(P),
			taskId: byId(DESIGN),
		});
		expect(wrongTask.error?.message).toBe(
			`smenso returned task ${BUILD} instead of task ${DESIGN}`,
		);
		expect(sandbox.requests).toHaveLength(2);
	});
});

describe('smenso task: writes', () => {
	test('Create sends the envelope with projectId on top and the probable field names, then waits for the ticket', async () => {
		const [ada, grace] = members();
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'create',
			projectId: byId(P),
			title: 'Write copy',
			additionalFields: {
				description: '<p>Landing page texts</p>',
				startDate: '2026-02-02T00:00:00',
				dueDate: '13.02.2026',
				plannedEffort: 2.5,
				actualEffort: 0.75,
				priority: 3,
				statusId: 2,
				assignees: ` ${ada}, ${grace} `,
				isMilestone: false,
				externalId: 'JIRA-7',
				folder: 'Planning',
			},
			customFields: { flavor: [{ target: 'Story Points', value: '5' }] },
			options: { ...FAST_TICKETS, noFeed: true },
		});
		const [out] = jsonOf(result);
		const post = sandbox.requestsTo(API, 'POST');
		expect(post).toHaveLength(1);
		expect(shape(post[0])).toEqual({
			method: 'POST',
			path: API,
			query: {},
			body: {
				timezoneId: 'W. Europe Standard Time',
				projectId: P,
				noFeed: true,
				task: [
					{
						title: 'Write copy',
						description: '<p>Landing page texts</p>',
						startDate: '2026-02-02',
						dueDate: '2026-02-13',
						plannedDuration: 150,
						duration: 45,
						priority: 3,
						statusId: 2,
						appointedPersons: `${ada},${grace}`,
						isMilestone: false,
						externalId: 'JIRA-7',
						folder: 'Planning',
						flavor: [{ target: 'Story Points', value: 5 }],
						tempId: 'n8n-item-0',
					},
				],
			},
		});
		expect(post[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(out).toEqual({
			ticketId: SINGLE_WRITE_TICKET,
			status: 'Completed',
			tempId: 'n8n-item-0',
			id: expect.any(String),
			success: true,
			messages: [],
		});
		expect(sandbox.smenso.tasks.get(String(out.id))).toMatchObject({
			projectId: P,
			parentId: null,
			title: 'Write copy',
			startDate: '2026-02-02',
			dueDate: '2026-02-13',
			plannedDuration: 150,
			appointedPersons: [ada, grace],
			folder: 'Planning',
		});
	});

	test("Create a subtask with Extra Fields; it shows up in the parent's tree", async () => {
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'create',
			projectId: byId(P),
			title: 'Mobile wireframes',
			additionalFields: {
				parentId: ` ${WIREFRAMES} `,
				extraFields: '{"sortOrder": 3, "plannedCost": 500}',
			},
			options: FAST_TICKETS,
		});
		const [out] = jsonOf(result);
		expect(sandbox.requestsTo(API, 'POST')[0].body).toEqual({
			timezoneId: 'W. Europe Standard Time',
			projectId: P,
			task: [
				{
					title: 'Mobile wireframes',
					parentId: WIREFRAMES,
					sortOrder: 3,
					plannedCost: 500,
					tempId: 'n8n-item-0',
				},
			],
		});
		sandbox.clearRequests();
		const tree = jsonOf(
			await runSmenso(sandbox, {
				resource: 'task',
				operation: 'get',
				projectId: byId(P),
				taskId: byId(DESIGN),
			}),
		)[0];
		const wireframes = (
			tree.subTasks as Array<{ id: string; subTasks: Array<{ id: string; title: string }> }>
		)[0];
		expect(wireframes.subTasks.map((s) => [s.id, s.title])).toEqual([
			[out.id, 'Mobile wireframes'],
		]);
	});

	test("The sandbox also accepts the names smenso's own node uses (sent through Extra Fields)", async () => {
		const [ada] = members();
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'create',
			projectId: byId(P),
			title: 'Variant names',
			additionalFields: {
				extraFields: JSON.stringify({
					endDate: '30.04.2026',
					plannedHours: 2,
					responsibleUserId: ada,
					parentTaskId: BUILD,
				}),
			},
			options: FAST_TICKETS,
		});
		const [out] = jsonOf(result);
		expect(sandbox.smenso.tasks.get(String(out.id))).toMatchObject({
			dueDate: '2026-04-30',
			plannedDuration: 120,
			appointedPersons: [ada],
			parentId: BUILD,
		});
		expect(sandbox.smenso.tasks.get(String(out.id))).not.toHaveProperty('endDate');
	});

	test.each([
		[
			'both variants of one field',
			{ dueDate: '2026-04-30', extraFields: '{"endDate": "2026-04-30"}' },
			'task[0].endDate: Give either dueDate or endDate, not both.',
		],
		[
			'an unknown field',
			{ extraFields: '{"colour": "red"}' },
			"task[0].colour: Unknown field 'colour'.",
		],
		[
			'a date with a time',
			{ extraFields: '{"startDate": "2026-04-01T10:00:00"}' },
			"task[0].startDate: '2026-04-01T10:00:00' is not a valid date",
		],
		[
			'a priority out of range',
			{ extraFields: '{"priority": 9}' },
			'task[0].priority: The priority must be 1, 2, 3 or 4.',
		],
	])(
		'The sandbox rejects %s with a 400 the node shows',
		async (_name, additionalFields, message) => {
			const result = await runSmenso(sandbox, {
				resource: 'task',
				operation: 'create',
				projectId: byId(P),
				title: 'Rejected',
				additionalFields,
				options: FAST_TICKETS,
			});
			expect(result.error?.message).toContain('smenso rejected the request (400)');
			expect(result.error?.message).toContain(message);
			expect(statusPolls(sandbox)).toHaveLength(0);
		},
	);

	test('Create runs one request per input item, each with its own tempId', async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'task',
				operation: 'create',
				projectId: byId(P),
				title: '={{ $json.name }}',
				options: FAST_TICKETS,
			},
			{ items: [{ name: 'First' }, { name: 'Second' }] },
		);
		const out = jsonOf(result);
		expect(out.map((o) => o.tempId)).toEqual(['n8n-item-0', 'n8n-item-1']);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		const bodies = sandbox
			.requestsTo(API, 'POST')
			.map((r) => r.body as { task: Array<{ title: string; tempId: string }> });
		expect(bodies.map((b) => [b.task[0].title, b.task[0].tempId]).sort()).toEqual([
			['First', 'n8n-item-0'],
			['Second', 'n8n-item-1'],
		]);
		expect(out.map((o) => sandbox.smenso.tasks.get(String(o.id))?.title)).toEqual([
			'First',
			'Second',
		]);
	});

	test("Create with an unknown parent task fails with smenso's message from the ticket", async () => {
		const missing = guid('no-such-task');
		const before = sandbox.smenso.tasks.size;
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'create',
			projectId: byId(P),
			title: 'Orphan',
			additionalFields: { parentId: missing },
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			`smenso did not apply the change: Parent task ${missing} was not found in this project.`,
		);
		expect(result.error?.description).toContain(
			WRITE_MODE === 'async' ? 'ended as Failed' : 'answered at once (no ticket) with Failed',
		);
		expect(sandbox.requestsTo(API, 'POST')).toHaveLength(1);
		expect(sandbox.smenso.tasks.size).toBe(before);
	});

	test("Create in an archived project fails with smenso's message", async () => {
		const archived = [...sandbox.smenso.projects.values()].find((p) => p.archived)!.id as string;
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'create',
			projectId: byId(archived),
			title: 'Too late',
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toContain('Archived projects cannot be changed.');
	});

	test("Create with an assignee who is not a member fails with smenso's message", async () => {
		const stranger = guid('stranger');
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'create',
			projectId: byId(P),
			title: 'Nobody',
			additionalFields: { assignees: stranger },
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toContain(`User ${stranger} is not a member of this workspace.`);
	});

	test('Create from Template posts the plain template body', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'createFromTemplate',
			projectId: byId(P),
			templateId: ` ${SEED.taskTemplateId} `,
			additionalFields: { title: 'QA checklist', overrideStatus: true, overridePriority: false },
			options: FAST_TICKETS,
		});
		const [out] = jsonOf(result);
		expect(out).toMatchObject({ status: 'Completed', success: true });
		expect(sandbox.requestsTo(API, 'POST').map(shape)).toEqual([
			{
				method: 'POST',
				path: `${API}/${SEED.taskTemplateId}`,
				query: {},
				body: {
					projectId: P,
					title: 'QA checklist',
					overrideStatus: true,
					overridePriority: false,
				},
			},
		]);
		expect(sandbox.smenso.tasks.get(String(out.id))).toMatchObject({
			title: 'QA checklist',
			projectId: P,
			templateId: SEED.taskTemplateId,
		});
	});

	test("Create from Template into an unknown project fails with smenso's message", async () => {
		const unknown = guid('no-such-project');
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'createFromTemplate',
			projectId: byId(unknown),
			templateId: SEED.taskTemplateId,
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			`smenso did not apply the change: Project ${unknown} was not found.`,
		);
	});

	test('Update sends the task ID on the item, no projectId, only the fields given', async () => {
		const id = seedTask({ title: 'Old', startDate: '2026-03-02', dueDate: '2026-03-06' });
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'update',
			taskId: byId(id),
			updateFields: { title: 'New', dueDate: '2026-03-20T00:00:00', plannedEffort: 1, statusId: 3 },
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
					task: [
						{
							id,
							title: 'New',
							dueDate: '2026-03-20',
							plannedDuration: 60,
							statusId: 3,
							tempId: 'n8n-item-0',
						},
					],
				},
			},
		]);
		expect(sandbox.smenso.tasks.get(id)).toMatchObject({
			title: 'New',
			startDate: '2026-03-02',
			dueDate: '2026-03-20',
			plannedDuration: 60,
			statusId: 3,
		});
	});

	test("Update with a due date before the stored start date fails with smenso's message and changes nothing", async () => {
		const id = seedTask({ title: 'Dated', startDate: '10.03.2026', dueDate: '20.03.2026' });
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'update',
			taskId: byId(id),
			updateFields: { dueDate: '2026-03-01' },
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			'smenso did not apply the change: The due date must not be before the start date.',
		);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(sandbox.smenso.tasks.get(id)?.dueDate).toBe('20.03.2026');
	});

	test('Delete removes the task with its subtasks and answers { deleted: true }', async () => {
		const parent = seedTask({ title: 'Temporary' });
		const child = seedTask({ title: 'Temporary child', parentId: parent });
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'delete',
			taskId: byId(parent),
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'DELETE', path: `${API}/${parent}`, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(sandbox.smenso.tasks.has(parent)).toBe(false);
		expect(sandbox.smenso.tasks.has(child)).toBe(false);
	});

	test('Delete of an unknown task is a 404 error', async () => {
		const missing = guid('no-such-task');
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'delete',
			taskId: byId(missing),
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe('smenso found no such record (404): Task not found');
		expect(sandbox.requests).toHaveLength(1);
	});

	test('A member token may not write: 403 with a clear message', async () => {
		const { SMENSO_TOKENS } = await import('../sandbox');
		const result = await runSmenso(
			sandbox,
			{ resource: 'task', operation: 'delete', taskId: byId(LAUNCH) },
			{ token: SMENSO_TOKENS.member },
		);
		expect(result.error?.message).toContain("The token's user may not do this (403)");
		expect(sandbox.smenso.tasks.has(LAUNCH)).toBe(true);
	});
});

describe('smenso task: dependencies', () => {
	test('Add Dependencies PATCHes a JSON array of predecessors', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'addDependencies',
			taskId: byId(LAUNCH),
			predecessors: {
				predecessor: [
					{ taskId: DESIGN, type: 'FS', lag: 0 },
					{ taskId: ` ${BUILD} `, type: 'SS', lag: 2 },
				],
			},
			options: FAST_TICKETS,
		});
		const expected = [
			{ taskId: DESIGN, type: 'FS', lag: 0 },
			{ taskId: BUILD, type: 'SS', lag: 2 },
		];
		expect(jsonOf(result)).toEqual([
			{
				id: LAUNCH,
				success: true,
				messages: [],
				ticketId: SINGLE_WRITE_TICKET,
				status: 'Completed',
				tempId: null,
			},
		]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'PATCH', path: `${API}/${LAUNCH}/dependencies`, query: {}, body: expected },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(sandbox.smenso.tasks.get(LAUNCH)?.dependencies).toEqual(expected);
	});

	test('Add Dependencies changes the type and lag of an existing link', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'addDependencies',
			taskId: byId(LAUNCH),
			predecessors: { predecessor: [{ taskId: BUILD, type: 'FF', lag: -1 }] },
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)[0]).toMatchObject({ id: LAUNCH, success: true });
		expect(sandbox.smenso.tasks.get(LAUNCH)?.dependencies).toEqual([
			{ taskId: DESIGN, type: 'FS', lag: 0 },
			{ taskId: BUILD, type: 'FF', lag: -1 },
		]);
	});

	test('Add Dependencies on itself is rejected by smenso with its message', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'addDependencies',
			taskId: byId(BUILD),
			predecessors: { predecessor: [{ taskId: BUILD, type: 'FS', lag: 0 }] },
		});
		expect(result.error?.message).toBe(
			'smenso rejected the request (400): One or more validation errors occurred.; [0].taskId: A task cannot depend on itself.',
		);
	});

	test('Remove Dependencies sends the IDs as a repeated taskIds parameter', async () => {
		const other = seedTask({ title: 'Unlinked' });
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'removeDependencies',
			taskId: byId(LAUNCH),
			predecessorIds: `${DESIGN}, ${other}`,
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([
			{
				id: LAUNCH,
				success: true,
				messages: [],
				ticketId: SINGLE_WRITE_TICKET,
				status: 'Completed',
				tempId: null,
			},
		]);
		expect(sandbox.smenso.tasks.get(LAUNCH)?.dependencies).toEqual([
			{ taskId: BUILD, type: 'FF', lag: -1 },
		]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{
				method: 'DELETE',
				path: `${API}/${LAUNCH}/dependencies`,
				query: { taskIds: [DESIGN, other] },
				body: undefined,
			},
		]);
	});

	test('Remove Dependencies with one ID sends taskIds once', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'task',
			operation: 'removeDependencies',
			taskId: byId(LAUNCH),
			predecessorIds: BUILD,
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([
			{
				id: LAUNCH,
				success: true,
				messages: [],
				ticketId: SINGLE_WRITE_TICKET,
				status: 'Completed',
				tempId: null,
			},
		]);
		expect(sandbox.smenso.tasks.get(LAUNCH)?.dependencies).toEqual([]);
		expect(sandbox.requests[0].query).toEqual({ taskIds: BUILD });
	});
});

describe('smenso task: input checks before any request', () => {
	const valid = { resource: 'task', projectId: byId(P), title: 'X' };

	test.each([
		[
			'an impossible start date',
			{ ...valid, operation: 'create', additionalFields: { startDate: '2026-02-30' } },
			'\'Start Date\' is not a valid date: "2026-02-30"',
		],
		[
			'a due date that is no date',
			{ ...valid, operation: 'create', additionalFields: { dueDate: 'next week' } },
			"'Due Date' is not a valid date",
		],
		[
			'a due date before the start date',
			{
				...valid,
				operation: 'create',
				additionalFields: { startDate: '2026-05-10', dueDate: '2026-05-01' },
			},
			"'Due Date' (2026-05-01) is before 'Start Date' (2026-05-10)",
		],
		[
			'an empty project',
			{ ...valid, operation: 'create', projectId: byId('  ') },
			"'Project' is empty",
		],
		[
			'a malformed project',
			{ ...valid, operation: 'create', projectId: byId('project-1') },
			'\'Project\' is not a valid ID: "project-1"',
		],
		[
			'a malformed parent task',
			{ ...valid, operation: 'create', additionalFields: { parentId: '42' } },
			'\'Parent Task ID\' is not a valid ID: "42"',
		],
		[
			'a malformed assignee',
			{
				...valid,
				operation: 'create',
				additionalFields: { assignees: `${SEED.mainProjectId}, jane` },
			},
			'\'Assignee IDs\' contains an invalid ID: "jane"',
		],
		[
			'negative planned effort',
			{ ...valid, operation: 'create', additionalFields: { plannedEffort: -1 } },
			"'Planned Effort (Hours)' is not a number of hours",
		],
		[
			'extra fields that are not JSON',
			{ ...valid, operation: 'create', additionalFields: { extraFields: '{sortOrder: 1}' } },
			"'Extra Fields (JSON)' is not valid JSON",
		],
		[
			'extra fields that are a list',
			{ ...valid, operation: 'create', additionalFields: { extraFields: '[1]' } },
			"'Extra Fields (JSON)' must be a JSON object",
		],
		[
			'an empty template ID',
			{ ...valid, operation: 'createFromTemplate', templateId: '' },
			"'Template ID' is empty",
		],
		['an empty task on Get', { ...valid, operation: 'get', taskId: byId('') }, "'Task' is empty"],
		[
			'a malformed task on Get',
			{ ...valid, operation: 'get', taskId: byId('abc/../x') },
			"'Task' is not a valid ID",
		],
		[
			'a malformed project on Get Many',
			{ ...valid, operation: 'getAll', projectId: byId('nope') },
			"'Project' is not a valid ID",
		],
		[
			'an empty task on Update',
			{ ...valid, operation: 'update', taskId: byId('') },
			"'Task' is empty",
		],
		[
			'an invalid date on Update',
			{
				...valid,
				operation: 'update',
				taskId: byId(DESIGN),
				updateFields: { startDate: '31.02.2026' },
			},
			"'Start Date' is not a valid date",
		],
		[
			'a malformed task on Delete',
			{ ...valid, operation: 'delete', taskId: byId('123') },
			"'Task' is not a valid ID",
		],
		[
			'no predecessors',
			{ ...valid, operation: 'addDependencies', taskId: byId(LAUNCH), predecessors: {} },
			'No predecessor given',
		],
		[
			'a malformed predecessor',
			{
				...valid,
				operation: 'addDependencies',
				taskId: byId(LAUNCH),
				predecessors: { predecessor: [{ taskId: 'x', type: 'FS', lag: 0 }] },
			},
			"'Predecessor 1: Task ID' is not a valid ID",
		],
		[
			'a fractional lag',
			{
				...valid,
				operation: 'addDependencies',
				taskId: byId(LAUNCH),
				predecessors: { predecessor: [{ taskId: DESIGN, type: 'FS', lag: 1.5 }] },
			},
			"'Predecessor 1: Lag' must be a whole number",
		],
		[
			'a malformed successor',
			{ ...valid, operation: 'removeDependencies', taskId: byId('x'), predecessorIds: DESIGN },
			"'Task' is not a valid ID",
		],
		[
			'no predecessor IDs',
			{ ...valid, operation: 'removeDependencies', taskId: byId(LAUNCH), predecessorIds: ' , ' },
			"'Predecessor Task IDs' is empty",
		],
		[
			'a malformed predecessor ID',
			{
				...valid,
				operation: 'removeDependencies',
				taskId: byId(LAUNCH),
				predecessorIds: `${DESIGN},b`,
			},
			'\'Predecessor Task IDs\' contains an invalid ID: "b"',
		],
	])('%s', async (_name, parameters, message) => {
		expectInputError(sandbox, await runSmenso(sandbox, parameters), message);
	});
});
