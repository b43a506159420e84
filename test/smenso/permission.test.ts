import type { INodeParameters } from 'n8n-workflow';
import { SMENSO_TOKENS } from '../sandbox';
import { PERMISSION_SEED } from '../sandbox/smenso/permissions';
import { guid, SEED } from '../sandbox/smenso/state';
import { runListSearch, runLoadOptions } from '../harness/load-options';
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
} from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

const BASE = '/skyisland/api/integration/permissions';
const P = SEED.mainProjectId;
const { projectId: RESTRICTED, taskId: DESIGN, subtaskId: WIREFRAMES } = PERMISSION_SEED;
const BUILD = guid('task-1');
const LAUNCH = guid('task-2');
const GHOST = '00000000-0000-4000-8000-00000000abcd';

const member = (i: number) => String(sandbox.smenso.members[i].id);
const email = (i: number) => String(sandbox.smenso.members[i].email);
const team = (name: string) => String(sandbox.smenso.teams.find((t) => t.name === name)!.id);
const stored = (key: string) => sandbox.smenso.permissions.get(key);
const project = (i: number) => guid(`project-${i}`);

/** The uniform result of a permission write on `id`. */
const written = (id: string) => ({
	tempId: null,
	id,
	success: true,
	messages: [],
	ticketId: SINGLE_WRITE_TICKET,
	status: 'Completed',
});

const onProject = (operation: string, id: string, more: INodeParameters = {}): INodeParameters => ({
	resource: 'permission',
	operation,
	target: 'project',
	projectId: byId(id),
	...more,
});
const onTask = (operation: string, id: string, more: INodeParameters = {}): INodeParameters => ({
	resource: 'permission',
	operation,
	target: 'task',
	projectId: byId(P),
	taskId: byId(id),
	...more,
});

/** The only request a run sent besides ticket polls, with the admin token. */
function onlyCall() {
	const calls = callsBesidesPolls(sandbox);
	expect(calls).toHaveLength(1);
	expect(calls[0].headers.authorization).toBe(ADMIN_AUTH);
	expect(statusPolls(sandbox)).toHaveLength(calls[0].method === 'GET' ? 0 : SINGLE_WRITE_POLLS);
	return shape(calls[0]);
}

describe('smenso permission: Get', () => {
	test('of a project reads its access and privacy', async () => {
		const result = await runSmenso(sandbox, onProject('get', RESTRICTED));
		expect(jsonOf(result)).toEqual([
			{
				access: { users: [member(1)], teams: [team('Design')] },
				privacy: { users: [member(2)], teams: [] },
			},
		]);
		expect(onlyCall()).toEqual({
			method: 'GET',
			path: `${BASE}/project/json/${RESTRICTED}`,
			query: {},
			body: undefined,
		});
	});

	test('of a task reads its settings, with language and time zone as query parameters', async () => {
		const result = await runSmenso(
			sandbox,
			onTask('get', WIREFRAMES, {
				options: { lang: 'de-DE', timezone: 'W. Europe Standard Time' },
			}),
		);
		expect(jsonOf(result)).toEqual([
			{
				access: { users: [member(3)], teams: [team('Engineering')] },
				privacy: { users: [member(0)], teams: [] },
			},
		]);
		expect(onlyCall()).toEqual({
			method: 'GET',
			path: `${BASE}/task/json/${WIREFRAMES}`,
			query: { lang: 'de-DE', timezone: 'W. Europe Standard Time' },
			body: undefined,
		});
	});

	test("of an unknown project fails with smenso's 404", async () => {
		const result = await runSmenso(sandbox, onProject('get', GHOST));
		expect(result.error?.message).toBe('smenso found no such record (404): Project not found');
	});

	test('refuses a malformed or empty ID before any request', async () => {
		const projectResult = await runSmenso(sandbox, onProject('get', 'Website'));
		expect(projectResult.error?.message).toBe('\'Project\' is not a valid ID: "Website"');
		const taskResult = await runSmenso(sandbox, onTask('get', ''));
		expect(taskResult.error?.message).toBe("'Task' is empty");
		expect(taskResult.error?.description).toMatch(/GUID/);
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('smenso permission: Set Access and Set Privacy', () => {
	test('Set Access on a project adds and removes users and teams, lists as comma-separated text', async () => {
		const id = project(3);
		const result = await runSmenso(
			sandbox,
			onProject('setAccess', id, {
				addUsers: [member(0), member(4)],
				addTeams: [team('Design'), team('Management')],
				options: FAST_TICKETS,
			}),
		);
		expect(jsonOf(result)).toEqual([written(id)]);
		expect(onlyCall()).toEqual({
			method: 'POST',
			path: `${BASE}/project/access/json/${id}`,
			query: {},
			body: {
				add: {
					users: `${member(0)},${member(4)}`,
					teams: `${team('Design')},${team('Management')}`,
				},
				remove: {},
			},
		});
		expect(stored(`project:${id}`)).toEqual({
			access: { users: [member(0), member(4)], teams: [team('Design'), team('Management')] },
			privacy: { users: [], teams: [] },
		});

		sandbox.clearRequests();
		const removed = await runSmenso(
			sandbox,
			onProject('setAccess', id, {
				removeUsers: [member(4)],
				removeTeams: [team('Design')],
				options: FAST_TICKETS,
			}),
		);
		expect(jsonOf(removed)).toEqual([written(id)]);
		expect(onlyCall().body).toEqual({
			add: {},
			remove: { users: member(4), teams: team('Design') },
		});
		expect(stored(`project:${id}`)).toMatchObject({
			access: { users: [member(0)], teams: [team('Management')] },
		});
	});

	test('Set Access on a task posts to the task path', async () => {
		const result = await runSmenso(
			sandbox,
			onTask('setAccess', BUILD, {
				addUsers: [member(2)],
				removeTeams: [team('Design')],
				options: FAST_TICKETS,
			}),
		);
		expect(jsonOf(result)).toEqual([written(BUILD)]);
		expect(onlyCall()).toEqual({
			method: 'POST',
			path: `${BASE}/task/access/json/${BUILD}`,
			query: {},
			body: { add: { users: member(2) }, remove: { teams: team('Design') } },
		});
		expect(stored(`task:${BUILD}`)).toEqual({
			access: { users: [member(2)], teams: [] },
			privacy: { users: [], teams: [] },
		});
	});

	test('Set Privacy on a project posts to the private path and changes only the privacy', async () => {
		const result = await runSmenso(
			sandbox,
			onProject('setPrivacy', RESTRICTED, {
				addTeams: [team('Engineering')],
				removeUsers: [member(2)],
				options: FAST_TICKETS,
			}),
		);
		expect(jsonOf(result)).toEqual([written(RESTRICTED)]);
		expect(onlyCall()).toEqual({
			method: 'POST',
			path: `${BASE}/project/private/json/${RESTRICTED}`,
			query: {},
			body: { add: { teams: team('Engineering') }, remove: { users: member(2) } },
		});
		expect(stored(`project:${RESTRICTED}`)).toEqual({
			access: { users: [member(1)], teams: [team('Design')] },
			privacy: { users: [], teams: [team('Engineering')] },
		});
	});

	test("Set Privacy on a task posts to the task's private path", async () => {
		const result = await runSmenso(
			sandbox,
			onTask('setPrivacy', LAUNCH, { addUsers: [member(1)], options: FAST_TICKETS }),
		);
		expect(jsonOf(result)).toEqual([written(LAUNCH)]);
		expect(onlyCall()).toEqual({
			method: 'POST',
			path: `${BASE}/task/private/json/${LAUNCH}`,
			query: {},
			body: { add: { users: member(1) }, remove: {} },
		});
		expect(stored(`task:${LAUNCH}`)).toMatchObject({ privacy: { users: [member(1)], teams: [] } });
	});

	test('expressions may give arrays or comma-separated text of e-mails, GUIDs and team names', async () => {
		const id = project(5);
		const result = await runSmenso(
			sandbox,
			onProject('setAccess', id, {
				addUsers: '={{ $json.emails }}',
				addTeams: '={{ $json.teams }}',
				removeUsers: '={{ $json.leaving }}',
				options: FAST_TICKETS,
			}),
			{
				items: [
					{
						emails: [email(0), ` ${member(1)} `, email(0).toUpperCase()],
						teams: 'Design, Engineering',
						leaving: [],
					},
					{ emails: `${email(2)}; ${email(3)}`, teams: ['Management'], leaving: email(0) },
				],
			},
		);
		expect(jsonOf(result)).toEqual([written(id), written(id)]);
		expect(callsBesidesPolls(sandbox).map((call) => call.body)).toEqual([
			{ add: { users: `${email(0)},${member(1)}`, teams: 'Design,Engineering' }, remove: {} },
			{
				add: { users: `${email(2)},${email(3)}`, teams: 'Management' },
				remove: { users: email(0) },
			},
		]);
		expect(stored(`project:${id}`)).toMatchObject({
			access: {
				users: [member(1), member(2), member(3)],
				teams: [team('Design'), team('Engineering'), team('Management')],
			},
		});
	});

	test("an unknown team name fails the item with smenso's message and changes nothing", async () => {
		const id = project(6);
		const result = await runSmenso(
			sandbox,
			onProject('setAccess', id, {
				addUsers: [member(0)],
				addTeams: '={{ ["Design", "Marketing"] }}',
				options: FAST_TICKETS,
			}),
		);
		expect(result.error?.message).toBe(
			"smenso did not apply the change: Team 'Marketing' was not found.",
		);
		expect(result.error?.description).toMatch(/nothing was changed for this item/);
		expect(onlyCall().body).toEqual({
			add: { users: member(0), teams: 'Design,Marketing' },
			remove: {},
		});
		expect(stored(`project:${id}`)).toBeUndefined();
	});

	test("an e-mail that is no member fails the item with smenso's message", async () => {
		const result = await runSmenso(
			sandbox,
			onTask('setPrivacy', BUILD, {
				addUsers: '={{ "nobody@example.com" }}',
				options: FAST_TICKETS,
			}),
		);
		expect(result.error?.message).toBe(
			"smenso did not apply the change: User 'nobody@example.com' was not found.",
		);
	});

	test("Set Access on an unknown task fails with smenso's 404", async () => {
		const result = await runSmenso(
			sandbox,
			onTask('setAccess', GHOST, { addUsers: [member(0)], options: FAST_TICKETS }),
		);
		expect(result.error?.message).toBe('smenso found no such record (404): Task not found');
	});

	test.each([
		[
			'no user or team at all',
			{},
			'No users or teams given',
			/at least one member or team in 'Add User Names or IDs'/,
		],
		[
			'empty lists from expressions',
			{ addUsers: '={{ [] }}', removeTeams: '={{ "" }}' },
			'No users or teams given',
			/at least one/,
		],
		[
			'a name instead of an e-mail or GUID',
			{ addUsers: '={{ "Ada Lovelace" }}' },
			`'Add User Names or IDs' contains an invalid user: "Ada Lovelace"`,
			/e-mail address such as jane\.doe@example\.com or their user GUID/,
		],
		[
			'an invalid user in an array',
			{ removeUsers: '={{ ["ada.lovelace@example.com", "ada@"] }}' },
			`'Remove User Names or IDs' contains an invalid user: "ada@"`,
			/Separate several with commas/,
		],
		[
			'a whole record instead of a team name',
			{ addTeams: '={{ [{ "Id": "x" }] }}' },
			`'Add Team Names or IDs' contains a value that is not text: {"Id":"x"}`,
			/not the whole record/,
		],
		[
			'the same member in both lists',
			{
				addUsers: '={{ "ada.lovelace@example.com" }}',
				removeUsers: '={{ ["ADA.LOVELACE@example.com"] }}',
			},
			`"ada.lovelace@example.com" is in both 'Add User Names or IDs' and 'Remove User Names or IDs'`,
			/only one of the two lists/,
		],
		[
			'the same team in both lists',
			{ addTeams: '={{ "Design" }}', removeTeams: '={{ "design" }}' },
			`"Design" is in both 'Add Team Names or IDs' and 'Remove Team Names or IDs'`,
			/only one/,
		],
	])('refuses %s before any request', async (_name, lists, message, fix) => {
		for (const operation of ['setAccess', 'setPrivacy']) {
			const result = await runSmenso(
				sandbox,
				onProject(operation, project(7), lists as INodeParameters),
			);
			expect(result.error?.message).toBe(message);
			expect(result.error?.description).toMatch(fix);
		}
		expect(sandbox.requests).toHaveLength(0);
	});

	test('refuses a malformed task before any request, even with users given', async () => {
		const result = await runSmenso(
			sandbox,
			onTask('setAccess', 'Build', { addUsers: [member(0)] }),
		);
		expect(result.error?.message).toBe('\'Task\' is not a valid ID: "Build"');
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('smenso permission: Remove Access Restrictions and Remove Privacy', () => {
	test('Remove Access Restrictions on a project deletes its access, without a query', async () => {
		const id = project(8);
		await runSmenso(
			sandbox,
			onProject('setAccess', id, {
				addUsers: [member(1)],
				addTeams: [team('Design')],
				options: FAST_TICKETS,
			}),
		);
		await runSmenso(
			sandbox,
			onProject('setPrivacy', id, { addUsers: [member(2)], options: FAST_TICKETS }),
		);
		sandbox.clearRequests();
		const result = await runSmenso(
			sandbox,
			onProject('removeAccess', id, { options: FAST_TICKETS }),
		);
		expect(jsonOf(result)).toEqual([written(id)]);
		expect(onlyCall()).toEqual({
			method: 'DELETE',
			path: `${BASE}/project/access/json/${id}`,
			query: {},
			body: undefined,
		});
		expect(stored(`project:${id}`)).toEqual({
			access: { users: [], teams: [] },
			privacy: { users: [member(2)], teams: [] },
		});
	});

	test('Remove Access Restrictions on a task includes its subtasks by default (includeSubtasks=true)', async () => {
		expect(stored(`task:${WIREFRAMES}`)).toMatchObject({ access: { users: [member(3)] } });
		const result = await runSmenso(
			sandbox,
			onTask('removeAccess', DESIGN, { options: FAST_TICKETS }),
		);
		expect(jsonOf(result)).toEqual([written(DESIGN)]);
		expect(onlyCall()).toEqual({
			method: 'DELETE',
			path: `${BASE}/task/access/json/${DESIGN}`,
			query: { includeSubtasks: 'true' },
			body: undefined,
		});
		expect(stored(`task:${DESIGN}`)).toMatchObject({ access: { users: [], teams: [] } });
		expect(stored(`task:${WIREFRAMES}`)).toEqual({
			access: { users: [], teams: [] },
			privacy: { users: [member(0)], teams: [] },
		});
	});

	test('Remove Access Restrictions on a task with Include Subtasks off leaves the subtasks alone', async () => {
		await runSmenso(
			sandbox,
			onTask('setAccess', DESIGN, { addUsers: [member(1)], options: FAST_TICKETS }),
		);
		await runSmenso(
			sandbox,
			onTask('setAccess', WIREFRAMES, { addUsers: [member(3)], options: FAST_TICKETS }),
		);
		sandbox.clearRequests();
		const result = await runSmenso(
			sandbox,
			onTask('removeAccess', DESIGN, { includeSubtasks: false, options: FAST_TICKETS }),
		);
		expect(jsonOf(result)).toEqual([written(DESIGN)]);
		expect(onlyCall()).toEqual({
			method: 'DELETE',
			path: `${BASE}/task/access/json/${DESIGN}`,
			query: { includeSubtasks: 'false' },
			body: undefined,
		});
		expect(stored(`task:${DESIGN}`)).toMatchObject({ access: { users: [] } });
		expect(stored(`task:${WIREFRAMES}`)).toMatchObject({ access: { users: [member(3)] } });
	});

	test('Include Subtasks from an expression must be true or false, checked before any request', async () => {
		const result = await runSmenso(
			sandbox,
			onTask('removeAccess', DESIGN, { includeSubtasks: '={{ "yes" }}' }),
		);
		expect(result.error?.message).toBe(`'Include Subtasks' must be true or false: "yes"`);
		expect(sandbox.requests).toHaveLength(0);
		const text = await runSmenso(
			sandbox,
			onTask('removeAccess', BUILD, { includeSubtasks: '={{ "false" }}', options: FAST_TICKETS }),
		);
		jsonOf(text);
		expect(onlyCall().query).toEqual({ includeSubtasks: 'false' });
	});

	test('Remove Privacy on a project deletes its privacy only', async () => {
		const result = await runSmenso(
			sandbox,
			onProject('removePrivacy', RESTRICTED, { options: FAST_TICKETS }),
		);
		expect(jsonOf(result)).toEqual([written(RESTRICTED)]);
		expect(onlyCall()).toEqual({
			method: 'DELETE',
			path: `${BASE}/project/private/json/${RESTRICTED}`,
			query: {},
			body: undefined,
		});
		expect(stored(`project:${RESTRICTED}`)).toMatchObject({
			access: { users: [member(1)], teams: [team('Design')] },
			privacy: { users: [], teams: [] },
		});
	});

	test('Remove Privacy on a task deletes its privacy, without includeSubtasks', async () => {
		expect(stored(`task:${WIREFRAMES}`)).toMatchObject({ privacy: { users: [member(0)] } });
		const result = await runSmenso(
			sandbox,
			onTask('removePrivacy', WIREFRAMES, { includeSubtasks: true, options: FAST_TICKETS }),
		);
		expect(jsonOf(result)).toEqual([written(WIREFRAMES)]);
		expect(onlyCall()).toEqual({
			method: 'DELETE',
			path: `${BASE}/task/private/json/${WIREFRAMES}`,
			query: {},
			body: undefined,
		});
		expect(stored(`task:${WIREFRAMES}`)).toMatchObject({ privacy: { users: [], teams: [] } });
	});

	test('Remove Privacy with Wait for Completion off returns the ticket at once', async () => {
		const result = await runSmenso(
			sandbox,
			onProject('removePrivacy', project(9), { options: { waitForCompletion: false } }),
		);
		const expected = SINGLE_WRITE_POLLS
			? { id: null, success: null, messages: [], ticketId: expect.any(String), status: 'Accepted' }
			: written(project(9));
		expect(jsonOf(result)).toEqual([expected]);
		expect(statusPolls(sandbox)).toHaveLength(0);
	});

	test('both refuse a malformed project before any request', async () => {
		for (const operation of ['removeAccess', 'removePrivacy']) {
			const result = await runSmenso(sandbox, onProject(operation, ' 123 '));
			expect(result.error?.message).toBe('\'Project\' is not a valid ID: "123"');
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('smenso permission: rights and sandbox strictness', () => {
	test.each([
		['setAccess', { addUsers: ['ada.lovelace@example.com'] }],
		['setPrivacy', { removeTeams: ['Design'] }],
		['removeAccess', {}],
		['removePrivacy', {}],
	])('%s with a member token answers 403 and changes nothing', async (operation, more) => {
		const before = JSON.stringify(stored(`project:${RESTRICTED}`));
		const result = await runSmenso(
			sandbox,
			onProject(operation, RESTRICTED, { ...more, options: FAST_TICKETS }),
			{
				token: SMENSO_TOKENS.member,
			},
		);
		expect(result.error?.message).toBe(
			"The token's user may not do this (403): Write operations require a token of a workspace administrator.",
		);
		expect(JSON.stringify(stored(`project:${RESTRICTED}`))).toBe(before);
	});

	test('Get works with a member token', async () => {
		const result = await runSmenso(sandbox, onTask('get', LAUNCH), { token: SMENSO_TOKENS.member });
		expect(jsonOf(result)).toHaveLength(1);
	});

	async function call(method: string, path: string, body?: unknown) {
		const response = await fetch(`${sandbox.smensoBaseUrl}/api/integration/permissions/${path}`, {
			method,
			headers: { Authorization: ADMIN_AUTH, 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return {
			status: response.status,
			body: (await response.json()) as { errors?: Record<string, string[]> },
		};
	}

	test.each([
		[
			'an array of users (our reading: comma-separated text)',
			{ add: { users: ['ada.lovelace@example.com'] } },
			{ 'add.users': ['users must be a comma-separated string.'] },
		],
		['an unknown top-level field', { add: {}, grant: {} }, { grant: ["Unknown field 'grant'."] }],
		[
			'an unknown field inside add',
			{ add: { members: 'x' } },
			{ 'add.members': ["Unknown field 'members'."] },
		],
		[
			'remove that is not an object',
			{ remove: 'Design' },
			{ remove: ['remove must be an object with users and/or teams.'] },
		],
	])('the sandbox rejects %s with a 400', async (_name, body, errors) => {
		const response = await call('POST', `project/access/json/${RESTRICTED}`, body);
		expect(response.status).toBe(400);
		expect(response.body.errors).toEqual(errors);
	});

	test('the sandbox takes includeSubtasks only as true or false on task access deletes', async () => {
		const missing = await call('DELETE', `task/access/json/${LAUNCH}`);
		expect(missing).toEqual({
			status: 400,
			body: expect.objectContaining({
				errors: { includeSubtasks: ["includeSubtasks must be true or false, not ''."] },
			}),
		});
		const wrong = await call('DELETE', `task/access/json/${LAUNCH}?includeSubtasks=1`);
		expect(wrong.body.errors).toEqual({
			includeSubtasks: ["includeSubtasks must be true or false, not '1'."],
		});
		for (const path of [`project/access/json/${RESTRICTED}`, `task/private/json/${LAUNCH}`]) {
			const extra = await call('DELETE', `${path}?includeSubtasks=true`);
			expect(extra).toEqual({
				status: 400,
				body: expect.objectContaining({
					errors: { includeSubtasks: ["Unknown query parameter 'includeSubtasks'."] },
				}),
			});
		}
		const query = await call('GET', `project/json/${RESTRICTED}?viewId=x`);
		expect(query.body.errors).toEqual({ viewId: ["Unknown query parameter 'viewId'."] });
	});
});

describe('smenso permission: member and team lists', () => {
	const load = (method: string) =>
		runLoadOptions({
			nodeType: smensoNode,
			parameters: { resource: 'permission', operation: 'setAccess', target: 'project' },
			credential: smensoCredential(sandbox),
			method,
		});

	test('getMembers lists the workspace members by name and e-mail, valued by GUID', async () => {
		expect(await load('getMembers')).toEqual(
			[0, 2, 4, 3, 1].map((i) => ({
				name: `${String(sandbox.smenso.members[i].displayName)} <${email(i)}>`,
				value: member(i),
			})),
		);
		expect(sandbox.requests.map((r) => ({ ...shape(r), auth: r.headers.authorization }))).toEqual([
			{
				method: 'GET',
				path: '/skyisland/api/integration/settings/member/json',
				query: {},
				body: undefined,
				auth: ADMIN_AUTH,
			},
		]);
	});

	test("with Target Task, the Task picker lists the selected project's tasks", async () => {
		const found = await runListSearch({
			nodeType: smensoNode,
			credential: smensoCredential(sandbox),
			parameters: {
				resource: 'permission',
				operation: 'setPrivacy',
				target: 'task',
				projectId: byId(P),
			},
			path: 'parameters.taskId',
			method: 'searchTasks',
		});
		expect(found.results.map((t) => t.value)).toEqual([BUILD, DESIGN, LAUNCH, WIREFRAMES]);
		expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /skyisland/api/integration/task/json/${P}`,
		]);
	});

	test('getTeams reads the teams export as JSON with English columns', async () => {
		expect(await load('getTeams')).toEqual([
			{ name: 'Design', value: team('Design') },
			{ name: 'Engineering', value: team('Engineering') },
			{ name: 'Management', value: team('Management') },
		]);
		expect(sandbox.requests.map((r) => ({ ...shape(r), auth: r.headers.authorization }))).toEqual([
			{
				method: 'GET',
				path: '/skyisland/api/reports/teams',
				query: { format: 'JSON', lang: 'en-US' },
				body: undefined,
				auth: ADMIN_AUTH,
			},
		]);
	});

	test('getTeams reads other spellings of the ID and name columns, and falls back to the name', async () => {
		sandbox.inject({
			method: 'GET',
			path: '/reports/teams',
			response: {
				status: 200,
				body: [
					{ 'Team ID': 't-zeta', Team: 'Zeta', Members: 'Ada Lovelace' },
					{ id: 't-alpha', title: 'Alpha' },
					{ Name: 'Without ID' },
					{ 'Team Id': 't-zeta', Team: 'Zeta again' },
					{ Members: 'no name, no id' },
				],
			},
		});
		expect(await load('getTeams')).toEqual([
			{ name: 'Alpha', value: 't-alpha' },
			{ name: 'Without ID', value: 'Without ID' },
			{ name: 'Zeta', value: 't-zeta' },
		]);
	});
});

describe('smenso permission: description', () => {
	const fieldsOf = (operation: string) =>
		smensoNode.description.properties.filter(
			(p) =>
				p.displayOptions?.show?.resource?.[0] === 'permission' &&
				p.displayOptions?.show?.operation?.[0] === operation,
		);

	test('the operations, in the order the editor shows them', () => {
		const operation = smensoNode.description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === 'permission',
		);
		expect(operation?.options?.map((o) => ('value' in o ? [o.name, o.value] : []))).toEqual([
			['Get', 'get'],
			['Remove Access Restrictions', 'removeAccess'],
			['Remove Privacy', 'removePrivacy'],
			['Set Access', 'setAccess'],
			['Set Privacy', 'setPrivacy'],
		]);
		expect(operation?.default).toBe('get');
	});

	test('writes offer only the ticket options, since their bodies are no envelope', () => {
		for (const operation of ['setAccess', 'setPrivacy', 'removeAccess', 'removePrivacy']) {
			const options = fieldsOf(operation).find((p) => p.name === 'options');
			expect(options?.options?.map((o) => ('name' in o ? o.name : ''))).toEqual([
				'maxWaitSeconds',
				'pollIntervalSeconds',
				'waitForCompletion',
			]);
		}
	});

	test('the set operations pick users and teams from lists', () => {
		const lists = fieldsOf('setAccess').filter((p) => p.type === 'multiOptions');
		expect(lists.map((p) => [p.name, p.typeOptions?.loadOptionsMethod, p.default])).toEqual([
			['addUsers', 'getMembers', []],
			['addTeams', 'getTeams', []],
			['removeUsers', 'getMembers', []],
			['removeTeams', 'getTeams', []],
		]);
	});
});
