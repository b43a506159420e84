import { RM_TOKEN } from '../sandbox';
import { seededAssignment } from '../sandbox/rm/assignments';
import { membershipsOf } from '../sandbox/rm/projectMembers';
import { RM_SEED, type Rec } from '../sandbox/rm/state';
import { runLoadOptions } from '../harness/load-options';
import { byId, jsonOf, rmCredential, rmNode, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const api = '/api/v1';
const PROJECT = RM_SEED.firstProjectId; // 1001: five members in the seed
const PLACEHOLDER = RM_SEED.firstPlaceholderId;
const membersPath = (project: number) => `${api}/projects/${project}/project_members`;
const FIRST_NAMES = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald'];
/** A seeded user as the membership lists show it. */
const tuple = (id: number) => {
	const index = id - RM_SEED.firstUserId;
	return {
		id,
		uid: `User-${id}`,
		name: `${FIRST_NAMES[index % 6]} Tester${String(index).padStart(2, '0')}`,
	};
};
const user = (id: number) => sandbox.rm.users.get(id)!;
const levels = (project: number) =>
	Object.fromEntries(membershipsOf(sandbox.rm).get(project) ?? []);
const run = (parameters: Record<string, unknown>) =>
	runRm(sandbox, { resource: 'projectMember', ...parameters } as never);

/** A raw request to the sandbox, for its own rules that the node never lets through. */
async function raw(method: string, path: string, body?: unknown) {
	const response = await fetch(`${sandbox.rmBaseUrl}${api}${path}`, {
		method,
		headers: { auth: RM_TOKEN, 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('Resource Management project member: lists', () => {
	test('Get Many lists the members with any access level by default', async () => {
		const result = await run({
			operation: 'getAll',
			projectId: { __rl: true, mode: 'list', value: String(PROJECT) },
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([501, 502, 503, 504, 505].map(tuple));
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: membersPath(PROJECT),
				query: { membership: 'member', per_page: '1000' },
				body: undefined,
			},
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});

	test('Get Many of one access level, with a Limit', async () => {
		const result = await run({
			operation: 'getAll',
			projectId: byId(String(PROJECT)),
			membership: 'viewer',
			limit: 1,
		});
		expect(jsonOf(result)).toEqual([tuple(502)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: membersPath(PROJECT),
				query: { membership: 'viewer', per_page: '1' },
				body: undefined,
			},
		]);
	});

	test('Assigned Users lists the full users with assignments on the project', async () => {
		const result = await run({
			operation: 'getAll',
			projectId: byId(String(PROJECT)),
			who: 'assigned',
			returnAll: true,
		});
		// Seeded assignments on project 1001 itself: users 501 … 517 except 505 (whose are on phases).
		const ids = [501, 502, 503, 504, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517];
		expect(jsonOf(result)).toEqual(ids.map(user));
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/projects/${PROJECT}/users`,
				query: { per_page: '1000' },
				body: undefined,
			},
		]);
	});

	test('Assigned Users sends the phase, archive and placeholder filters, the sort and the embeds', async () => {
		const project = PROJECT + 300; // only its phases have assignments (users 505, 512, 515)
		const base = {
			operation: 'getAll',
			projectId: byId(String(project)),
			who: 'assigned',
			returnAll: true,
		};
		expect(jsonOf(await run(base))).toEqual([]);
		const result = await run({
			...base,
			filters: { with_phases: true, with_archived: true, include_placeholders: true },
			sort: { sort_field: 'first_name', sort_order: 'ascending' },
			fields: ['tags', 'availabilities'],
		});
		const items = jsonOf(result);
		expect(items.map((u) => [u.id, u.first_name])).toEqual([
			[515, 'Alan'],
			[505, 'Barbara'],
			[512, 'Donald'],
		]);
		expect(items[0]).toMatchObject({
			...user(515),
			tags: { data: [] },
			availabilities: { data: [] },
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/projects/${project}/users`,
				query: { per_page: '1000' },
				body: undefined,
			},
			{
				method: 'GET',
				path: `${api}/projects/${project}/users`,
				query: {
					with_phases: 'true',
					with_archived: 'true',
					include_placeholders: 'true',
					sort_field: 'first_name',
					sort_order: 'ascending',
					fields: 'tags,availabilities',
					per_page: '1000',
				},
				body: undefined,
			},
		]);
	});

	test('Assigned Placeholders lists the placeholders scheduled on the project', async () => {
		const project = PROJECT + 5;
		const base = {
			operation: 'getAll',
			projectId: byId(String(project)),
			who: 'placeholders',
			returnAll: true,
		};
		expect(jsonOf(await run(base))).toEqual([]);
		sandbox.rm.assignments.set(799_001, {
			...seededAssignment(5),
			id: 799_001,
			user_id: PLACEHOLDER,
			assignable_id: project,
		});
		expect(jsonOf(await run(base))).toEqual([sandbox.rm.placeholders.get(PLACEHOLDER)]);
		expect(sandbox.requests.map(shape)).toEqual(
			Array(2).fill({
				method: 'GET',
				path: `${api}/projects/${project}/placeholder_resources`,
				query: { per_page: '1000' },
				body: undefined,
			}),
		);
		// Among the assigned users only with Include Placeholders.
		const users = jsonOf(
			await run({ ...base, who: 'assigned', filters: { include_placeholders: true } }),
		);
		expect(users.map((u) => [u.id, u.type])).toEqual([
			...users.slice(0, -1).map((u) => [u.id, 'User']),
			[PLACEHOLDER, 'PlaceholderResource'],
		]);
	});

	test('Get Projects of User lists the projects a user is a member of, by level', async () => {
		const userId = RM_SEED.firstUserId;
		const any = await run({
			operation: 'getUserProjects',
			userId: byId(String(userId)),
			returnAll: true,
		});
		expect(jsonOf(any)).toEqual([
			{ id: 1001, uid: 'Project-1001', name: 'Website Relaunch' },
			{ id: 1002, uid: 'Project-1002', name: 'Project 001' },
		]);
		const editor = await run({
			operation: 'getUserProjects',
			userId: byId(String(userId)),
			membership: 'editor',
			limit: 5,
		});
		expect(jsonOf(editor)).toEqual([{ id: 1001, uid: 'Project-1001', name: 'Website Relaunch' }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/users/${userId}/project_memberships`,
				query: { membership: 'member', per_page: '1000' },
				body: undefined,
			},
			{
				method: 'GET',
				path: `${api}/users/${userId}/project_memberships`,
				query: { membership: 'editor', per_page: '5' },
				body: undefined,
			},
		]);
	});

	test('Return All reads 1,001 memberships in 2 requests of 1,000', async () => {
		const userId = RM_SEED.firstUserId + 30;
		// The last 1,001 projects and phases (the other tests use the first projects).
		const projects = [...sandbox.rm.projects.keys()].sort((a, b) => a - b).slice(-1001);
		for (const project of projects) {
			const members = membershipsOf(sandbox.rm);
			if (!members.has(project)) members.set(project, new Map());
			members.get(project)!.set(userId, 'reporter');
		}
		const items = jsonOf(
			await run({
				operation: 'getUserProjects',
				userId: byId(String(userId)),
				membership: 'reporter',
				returnAll: true,
			}),
		);
		expect(items.map((p) => p.id)).toEqual(projects);
		expect(items[1000]).toEqual({
			id: projects[1000],
			uid: `Project-${projects[1000]}`,
			name: String(sandbox.rm.projects.get(projects[1000])!.name),
		});
		const path = `${api}/users/${userId}/project_memberships`;
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { membership: 'reporter', per_page: '1000' }, body: undefined },
			{
				method: 'GET',
				path,
				query: { membership: 'reporter', per_page: '1000', page: '2' },
				body: undefined,
			},
		]);
	});

	test('getUsers offers the active users by name for the user list', async () => {
		const options = await runLoadOptions({
			nodeType: rmNode,
			credential: rmCredential(sandbox),
			parameters: { resource: 'projectMember', operation: 'add' } as never,
			method: 'getUsers',
		});
		const active = [...sandbox.rm.users.values()].filter((u) => !u.archived);
		expect(options).toHaveLength(active.length);
		expect(options[0]).toEqual({ name: 'Ada Tester00 <ada.tester00@example.com>', value: '501' });
		expect(options.map((o) => o.name)).toEqual(
			[...options.map((o) => o.name)].sort((a, b) => a.localeCompare(b)),
		);
		expect(options.map((o) => o.value)).not.toContain(
			String(RM_SEED.firstUserId + RM_SEED.userCount - 1),
		);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/users`, query: { per_page: '1000' }, body: undefined },
		]);
	});
});

describe('Resource Management project member: changes', () => {
	const project = PROJECT + 1; // 1002: user 501 is a viewer

	test('Add or Update upserts the users with one level and returns what was sent', async () => {
		const result = await run({
			operation: 'add',
			projectId: byId(String(project)),
			userIds: ['502', '503'],
			accessLevel: 'editor',
		});
		expect(jsonOf(result)).toEqual([
			{ projectId: project, userIds: [502, 503], membership: 'editor', success: true },
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'PUT',
				path: membersPath(project),
				query: {},
				body: {
					relationships: [
						[502, 'editor'],
						[503, 'editor'],
					],
				},
			},
		]);
		expect(levels(project)).toEqual({ 501: 'viewer', 502: 'editor', 503: 'editor' });

		// A member gets the new level; IDs may come from an expression as text.
		const again = await run({
			operation: 'add',
			projectId: byId(String(project)),
			userIds: '={{ "501, 503, 501" }}',
			accessLevel: 'scheduler',
		});
		expect(jsonOf(again)).toEqual([
			{ projectId: project, userIds: [501, 503], membership: 'scheduler', success: true },
		]);
		expect(sandbox.requests[1].body).toEqual({
			relationships: [
				[501, 'scheduler'],
				[503, 'scheduler'],
			],
		});
		expect(levels(project)).toEqual({ 501: 'scheduler', 502: 'editor', 503: 'scheduler' });
	});

	test("The result does not depend on RM's (undocumented) answer", async () => {
		for (const body of [{}, '', { data: [] }, { message: 'ok' }]) {
			sandbox.inject({
				method: 'PUT',
				path: membersPath(project),
				response: { status: 200, body },
			});
			const result = await run({
				operation: 'add',
				projectId: byId(String(project)),
				userIds: ['504'],
				accessLevel: 'viewer',
			});
			expect([body, jsonOf(result)]).toEqual([
				body,
				[{ projectId: project, userIds: [504], membership: 'viewer', success: true }],
			]);
		}
		expect(sandbox.requests).toHaveLength(4);
	});

	test('Remove takes the users off the member list', async () => {
		const result = await run({
			operation: 'remove',
			projectId: byId(String(project)),
			userIds: ['502', '540'],
		});
		expect(jsonOf(result)).toEqual([{ projectId: project, userIds: [502, 540], success: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'DELETE', path: membersPath(project), query: {}, body: { user_ids: [502, 540] } },
		]);
		expect(levels(project)).toEqual({ 501: 'scheduler', 503: 'scheduler' });
	});

	test('Replace All needs the confirmation, then makes the listed users the only members', async () => {
		const target = PROJECT + 2;
		membershipsOf(sandbox.rm).set(
			target,
			new Map([
				[501, 'editor'],
				[502, 'viewer'],
			]),
		);
		const unconfirmed = await run({
			operation: 'replace',
			projectId: byId(String(target)),
			userIds: ['503'],
			accessLevel: 'reporter',
		});
		expect(unconfirmed.error?.message).toBe('Replacing all project members needs confirmation');
		expect(unconfirmed.error?.description).toContain("Turn on 'Confirm Removing Other Members'");
		expect(sandbox.requests).toHaveLength(0);

		const result = await run({
			operation: 'replace',
			projectId: byId(String(target)),
			userIds: ['503', '502'],
			accessLevel: 'reporter',
			confirmReplace: true,
		});
		expect(jsonOf(result)).toEqual([
			{ projectId: target, userIds: [503, 502], membership: 'reporter', success: true },
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: membersPath(target),
				query: {},
				body: {
					relationships: [
						[503, 'reporter'],
						[502, 'reporter'],
					],
				},
			},
		]);
		expect(levels(target)).toEqual({ 502: 'reporter', 503: 'reporter' });
	});

	test('A placeholder or unknown user is refused by Resource Management with its message; nothing changes', async () => {
		const before = levels(PROJECT);
		const placeholder = await run({
			operation: 'add',
			projectId: byId(String(PROJECT)),
			userIds: [String(PLACEHOLDER)],
			accessLevel: 'viewer',
		});
		expect(placeholder.error?.message).toBe(
			`Resource Management rejected the data: bad data; invalid user_id: ${PLACEHOLDER}`,
		);
		expect(placeholder.error?.httpCode).toBe('403');
		const unknownProject = await run({
			operation: 'remove',
			projectId: byId('999999'),
			userIds: ['501'],
		});
		expect(unknownProject.error?.message).toBe(
			'Resource Management found no such record (404): not found',
		);
		expect(sandbox.requests).toHaveLength(2);
		expect(levels(PROJECT)).toEqual(before);
	});

	test('Bad users, projects and limits fail before any request', async () => {
		const add = {
			operation: 'add',
			projectId: byId(String(PROJECT)),
			userIds: ['502'],
			accessLevel: 'editor',
		};
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ ...add, userIds: [] }, "'Users' is empty"],
			[{ ...add, userIds: '={{ "" }}' }, "'Users' is empty"],
			[{ ...add, userIds: ['502', 'ada'] }, `'Users' contains an invalid ID: "ada"`],
			[{ ...add, projectId: byId('') }, "'Project' is empty"],
			[{ ...add, operation: 'remove', userIds: ['-3'] }, `'Users' contains an invalid ID: "-3"`],
			[{ ...add, operation: 'replace', userIds: [], confirmReplace: true }, "'Users' is empty"],
			[{ operation: 'getAll', projectId: byId('P-1001') }, `'Project' is not a valid ID: "P-1001"`],
			[
				{ operation: 'getAll', projectId: byId(String(PROJECT)), limit: 0 },
				"'Limit' must be a whole number of 1 or more: 0",
			],
			[{ operation: 'getUserProjects', userId: byId('') }, "'User' is empty"],
		];
		for (const [parameters, message] of cases) {
			const result = await run(parameters);
			expect([parameters, result.error?.message]).toEqual([parameters, message]);
		}
		expect(sandbox.requests).toHaveLength(0);
	});

	test('The sandbox refuses what RM would: read-only levels, malformed lists, unknown keys', async () => {
		const path = `/projects/${PROJECT}/project_members`;
		const before = levels(PROJECT);
		expect(await raw('PUT', path, { relationships: [[502, 'member']] })).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['invalid membership level: member'] },
		});
		expect(await raw('POST', path, { relationships: [502, 'viewer'] })).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['invalid relationship: 502'] },
		});
		expect(
			await raw('PUT', path, { relationships: [[502, 'viewer']], membership: 'viewer' }),
		).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['unknown attribute: membership'] },
		});
		expect(await raw('DELETE', path, { project_ids: [1] })).toEqual({
			status: 403,
			body: {
				message: 'bad data',
				errors: ['unknown attribute: project_ids', "user ids can't be blank"],
			},
		});
		expect(await raw('GET', `${path}?membership=owner`)).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['invalid membership level: owner'] },
		});
		expect(await raw('DELETE', path, { user_ids: [502] })).toEqual({
			status: 200,
			body: undefined,
		});
		expect(levels(PROJECT)).toEqual(
			Object.fromEntries(Object.entries(before).filter(([id]) => id !== '502')),
		);
		expect((await raw('GET', `/users/${PLACEHOLDER}/project_memberships`)).status).toBe(404);
		expect(
			((await raw('PUT', path, { relationships: [[502, 'viewer']] })).body as Rec).data,
		).toEqual([501, 502, 503, 504, 505].map(tuple));
	});
});
