import { RM_TOKEN } from '../sandbox';
import { RM_SEED } from '../sandbox/rm/state';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const FIRST = RM_SEED.firstUserId;
const usersPath = '/api/v1/users';
const LAST = FIRST + RM_SEED.userCount - 1; // archived in the seed

/** What Simplify keeps of a seeded user. */
const simpleUser = (index: number) => {
	const first = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald'][index % 6];
	const last = `Tester${String(index).padStart(2, '0')}`;
	return {
		id: FIRST + index,
		type: 'User',
		first_name: first,
		last_name: last,
		display_name: `${first} ${last}`,
		email: `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
		role: 'Consultant',
		discipline: 'Engineering',
		location: 'Berlin',
		user_type_id: 3,
		license_type: 'licensed',
		employee_number: `E-${FIRST + index}`,
		hire_date: null,
		termination_date: null,
		archived: false,
	};
};

describe('Resource Management user', () => {
	test('Get Many with the default Limit reads 50 active users and simplifies them', async () => {
		const items = jsonOf(await runRm(sandbox, { resource: 'user', operation: 'getAll' }));
		expect(items).toHaveLength(50);
		expect(items[0]).toEqual(simpleUser(0));
		expect(items[49]).toEqual(simpleUser(49));
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: usersPath, query: { per_page: '50' }, body: undefined },
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});

	test('Get Many with Return All sends the filters, the sort and the embedded fields', async () => {
		const result = await runRm(sandbox, {
			resource: 'user',
			operation: 'getAll',
			returnAll: true,
			simplify: false,
			filters: { with_archived: true, include_placeholders: true },
			sort: { sort_field: 'last_name', sort_order: 'descending' },
			fields: ['tags', 'approvers'],
		});
		const items = jsonOf(result);
		expect(items).toHaveLength(RM_SEED.userCount + RM_SEED.placeholderCount);
		// Descending by last name: the archived Tester59 first, placeholders (no last name) last.
		expect(items[0]).toMatchObject({
			id: LAST,
			last_name: 'Tester59',
			archived: true,
			tags: { data: [] },
			approvers: { data: [] },
		});
		expect(items.slice(-RM_SEED.placeholderCount).map((p) => p.type)).toEqual(
			Array(RM_SEED.placeholderCount).fill('PlaceholderResource'),
		);
		expect(items.find((u) => u.id === FIRST)!.tags).toMatchObject({
			data: [{ id: 7003, value: 'TypeScript' }],
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: usersPath,
				query: {
					with_archived: 'true',
					include_placeholders: 'true',
					sort_field: 'last_name',
					sort_order: 'descending',
					fields: 'tags,approvers',
					per_page: '1000',
				},
				body: undefined,
			},
		]);
	});

	test('Get returns the simplified user, or everything with Simplify off', async () => {
		expect(
			jsonOf(
				await runRm(sandbox, {
					resource: 'user',
					operation: 'get',
					userId: byId(String(FIRST + 2)),
				}),
			),
		).toEqual([simpleUser(2)]);
		const [full] = jsonOf(
			await runRm(sandbox, {
				resource: 'user',
				operation: 'get',
				userId: { __rl: true, mode: 'list', value: String(FIRST) },
				simplify: false,
				fields: ['custom_field_values', 'tags'],
			}),
		);
		expect(full).toMatchObject({
			id: FIRST,
			account_owner: true,
			guid: `user-${FIRST}`,
			billrate: -1,
		});
		expect(full.custom_field_values).toMatchObject({
			data: [{ custom_field_id: 82, user_id: FIRST, value: 'Senior' }],
		});
		expect(full.tags).toMatchObject({ data: [{ id: 7003, value: 'TypeScript' }] });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${usersPath}/${FIRST + 2}`, query: {}, body: undefined },
			{
				method: 'GET',
				path: `${usersPath}/${FIRST}`,
				query: { fields: 'custom_field_values,tags' },
				body: undefined,
			},
		]);
	});

	test('Include reads a nested list past its first page from the nested endpoint', async () => {
		// RM pages embedded lists with the parent's per_page (20 without one) and links the rest.
		const user = 501;
		const ids = [...sandbox.rm.assignments.values()]
			.filter((a) => a.user_id === user)
			.map((a) => a.id);
		expect(ids.length).toBeGreaterThan(20);
		const [got] = jsonOf(
			await runRm(sandbox, {
				resource: 'user',
				operation: 'get',
				userId: byId(String(user)),
				simplify: false,
				fields: ['assignments'],
			}),
		);
		const assignments = got.assignments as {
			data: Array<{ id: number }>;
			paging: { next: unknown };
		};
		expect(assignments.data.map((a) => a.id)).toEqual(ids);
		expect(assignments.paging.next).toBeNull();
		const nested = { page: '1', per_page: '1000', with_phases: 'true' };
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${usersPath}/${user}`,
				query: { fields: 'assignments' },
				body: undefined,
			},
			{ method: 'GET', path: `${usersPath}/${user}/assignments`, query: nested, body: undefined },
		]);

		// A list's per_page is its Limit: the embed of each user is cut there and read whole.
		sandbox.clearRequests();
		const [first] = jsonOf(
			await runRm(sandbox, {
				resource: 'user',
				operation: 'getAll',
				limit: 1,
				simplify: false,
				fields: ['assignments'],
			}),
		);
		const firstIds = [...sandbox.rm.assignments.values()]
			.filter((a) => a.user_id === first.id)
			.map((a) => a.id);
		expect((first.assignments as { data: Array<{ id: number }> }).data.map((a) => a.id)).toEqual(
			firstIds,
		);
		expect(firstIds.length).toBeGreaterThan(1);
		expect(sandbox.requests.map((r) => r.path)).toEqual([
			usersPath,
			`${usersPath}/${first.id}/assignments`,
		]);
	});

	test('A nested endpoint that answers no list stops the item with a readable error', async () => {
		sandbox.inject({
			method: 'GET',
			path: `${usersPath}/501/assignments`,
			response: { status: 200, body: { id: 1 } },
		});
		const result = await runRm(sandbox, {
			resource: 'user',
			operation: 'get',
			userId: byId('501'),
			fields: ['assignments'],
		});
		expect(result.error?.message).toBe("Could not read the rest of 'assignments'");
		expect(result.error?.description).toContain("Leave 'assignments' out of Include");
		expect(sandbox.requests).toHaveLength(2);
	});

	test('Create sends the names and every additional field, dates as YYYY-MM-DD', async () => {
		const result = await runRm(
			sandbox,
			{
				resource: 'user',
				operation: 'create',
				first_name: 'Ada',
				last_name: 'Lovelace',
				additionalFields: {
					email: 'ada@example.com',
					role: 'Senior',
					discipline: 'Engineering',
					location: 'London',
					license_type: 'managed_resource',
					employee_number: 'E-17',
					hire_date: '2026-02-01T00:00:00',
					termination_date: '2026-12-31T00:00:00',
					user_type_id: 8,
					mobile_phone: '+44 20 7946 0000',
				},
			},
			{ timezone: 'Europe/London' },
		);
		const [user] = jsonOf(result);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'POST',
			path: usersPath,
			query: {},
			body: {
				first_name: 'Ada',
				last_name: 'Lovelace',
				email: 'ada@example.com',
				role: 'Senior',
				discipline: 'Engineering',
				location: 'London',
				license_type: 'managed_resource',
				employee_number: 'E-17',
				hire_date: '2026-02-01',
				termination_date: '2026-12-31',
				user_type_id: 8,
				mobile_phone: '+44 20 7946 0000',
			},
		});
		expect(user).toEqual({
			id: user.id,
			type: 'User',
			first_name: 'Ada',
			last_name: 'Lovelace',
			display_name: 'Ada Lovelace',
			email: 'ada@example.com',
			role: 'Senior',
			discipline: 'Engineering',
			location: 'London',
			user_type_id: 8,
			license_type: 'managed_resource',
			employee_number: 'E-17',
			hire_date: '2026-02-01',
			termination_date: '2026-12-31',
			archived: false,
			...expectFullUserKeys(user),
		});
		expect(sandbox.rm.users.get(Number(user.id))).toMatchObject({
			display_name: 'Ada Lovelace',
			user_type_id: 8,
		});
	});

	test('Create with only the names sends just them', async () => {
		const [user] = jsonOf(
			await runRm(sandbox, {
				resource: 'user',
				operation: 'create',
				first_name: 'Grace',
				last_name: 'Hopper',
			}),
		);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: usersPath,
				query: {},
				body: { first_name: 'Grace', last_name: 'Hopper' },
			},
		]);
		expect(user).toMatchObject({
			display_name: 'Grace Hopper',
			user_type_id: 3,
			license_type: 'licensed',
			archived: false,
		});
	});

	test('Resource Management refuses the administrator level and archived on create with readable errors', async () => {
		const admin = await runRm(sandbox, {
			resource: 'user',
			operation: 'create',
			first_name: 'Root',
			last_name: 'Admin',
			additionalFields: { user_type_id: 1 },
		});
		expect(admin.error?.message).toBe(
			'Resource Management rejected the data: bad data; user_type_id cannot be set to Resourcing Administrator through the API',
		);
		expect(sandbox.requests[0].body).toEqual({
			first_name: 'Root',
			last_name: 'Admin',
			user_type_id: 1,
		});

		// The node never sends `archived` on create; the sandbox answers it as RM did in recorded traffic.
		const raw = await fetch(`${sandbox.rmBaseUrl}/api/v1/users`, {
			method: 'POST',
			headers: { auth: RM_TOKEN, 'Content-Type': 'application/json' },
			body: JSON.stringify({ first_name: 'A', last_name: 'B', archived: true }),
		});
		expect(raw.status).toBe(403);
		expect(await raw.json()).toEqual({ message: 'cannot assign attributes: archived' });
		sandbox.inject({
			method: 'POST',
			path: usersPath,
			response: { status: 403, body: { message: 'cannot assign attributes: archived' } },
		});
		const rejected = await runRm(sandbox, {
			resource: 'user',
			operation: 'create',
			first_name: 'A',
			last_name: 'B',
		});
		expect(rejected.error?.message).toBe(
			'Resource Management rejected the data: cannot assign attributes: archived',
		);
	});

	test('Update sends only the fields added', async () => {
		const id = FIRST + 7;
		const result = await runRm(sandbox, {
			resource: 'user',
			operation: 'update',
			userId: byId(String(id)),
			updateFields: { last_name: 'Hopper', role: 'Lead', termination_date: '2026-09-30T00:00:00' },
		});
		expect(jsonOf(result)[0]).toMatchObject({
			id,
			last_name: 'Hopper',
			display_name: 'Grace Hopper',
			role: 'Lead',
			termination_date: '2026-09-30',
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'PUT',
				path: `${usersPath}/${id}`,
				query: {},
				body: { last_name: 'Hopper', role: 'Lead', termination_date: '2026-09-30' },
			},
		]);
	});

	test('Archive and Unarchive set the archived flag', async () => {
		const id = FIRST + 8;
		expect(
			jsonOf(
				await runRm(sandbox, { resource: 'user', operation: 'archive', userId: byId(String(id)) }),
			)[0],
		).toMatchObject({ id, archived: true });
		expect(sandbox.rm.users.get(id)!.archived_at).toBe('2026-01-05T09:00:00Z');
		expect(
			jsonOf(
				await runRm(sandbox, {
					resource: 'user',
					operation: 'unarchive',
					userId: byId(String(id)),
				}),
			)[0],
		).toMatchObject({ id, archived: false, archived_at: null });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'PUT', path: `${usersPath}/${id}`, query: {}, body: { archived: true } },
			{ method: 'PUT', path: `${usersPath}/${id}`, query: {}, body: { archived: false } },
		]);
	});

	test('Archiving the account owner is refused with a readable error', async () => {
		const result = await runRm(sandbox, {
			resource: 'user',
			operation: 'archive',
			userId: byId(String(FIRST)),
		});
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: bad data; The account owner cannot be archived',
		);
		expect(sandbox.rm.users.get(FIRST)!.archived).toBe(false);
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Bad IDs and dates fail before any request', async () => {
		const cases = [
			[{ operation: 'get', userId: byId('12a') }, `'User' is not a valid ID: "12a"`],
			[{ operation: 'archive', userId: byId('') }, "'User' is empty"],
			[
				{ operation: 'update', userId: byId('-5'), updateFields: { role: 'X' } },
				`'User' is not a valid ID: "-5"`,
			],
			[
				{
					operation: 'create',
					first_name: 'A',
					last_name: 'B',
					additionalFields: { hire_date: '2026-06-01', termination_date: '2026-01-31' },
				},
				"'Termination Date' (2026-01-31) is before 'Hire Date' (2026-06-01)",
			],
		] as const;
		for (const [parameters, message] of cases) {
			const result = await runRm(sandbox, { resource: 'user', ...parameters });
			expect(result.error?.message).toBe(message);
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});

/** Create returns the whole record (no Simplify): the keys beyond the simplified ones. */
function expectFullUserKeys(user: Record<string, unknown>) {
	const extra = { ...user };
	for (const key of Object.keys(simpleUser(0))) delete extra[key];
	expect(Object.keys(extra).sort()).toEqual(
		[
			'account_owner',
			'approvee_user_ids',
			'approver_user_ids',
			'archived_at',
			'billability_target',
			'billable',
			'billrate',
			'created_at',
			'deleted',
			'deleted_at',
			'guid',
			'has_login',
			'invitation_pending',
			'last_login_time',
			'login_type',
			'mobile_phone',
			'office_phone',
			'thumbnail',
			'updated_at',
			'user_settings',
		].sort(),
	);
	return extra;
}
