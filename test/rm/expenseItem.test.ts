import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { RM_TOKEN } from '../sandbox';
import { EXPENSE_SEED, expenseItemsOf, seededExpenseItem } from '../sandbox/rm/expenseItems';
import { RM_SEED, type Rec } from '../sandbox/rm/state';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const api = '/api/v1';
const P = RM_SEED.firstProjectId;
const USER = RM_SEED.firstUserId;
const FIRST = EXPENSE_SEED.firstId;
const SEEDED_AT = '2026-01-05T09:00:00Z';
const store = () => expenseItemsOf(sandbox.rm);
const stored = (keep: (item: Rec) => boolean) =>
	[...store().values()].filter(keep).sort((a, b) => Number(a.id) - Number(b.id));
const picked = (value: string) => ({ __rl: true, mode: 'list', value });

/** A raw request to the sandbox, for its own rules that the node never lets through. */
async function raw(method: string, path: string, body?: unknown) {
	const response = await fetch(`${sandbox.rmBaseUrl}${api}${path}`, {
		method,
		headers: { auth: RM_TOKEN, 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as unknown };
}

describe('Resource Management expense item', () => {
	test("Get Many of a user with Return All reads the user's 1,001 items in two pages of 1,000", async () => {
		const result = await runRm(sandbox, {
			resource: 'expenseItem',
			operation: 'getAll',
			userId: byId(String(USER)),
			returnAll: true,
		});
		const items = jsonOf(result);
		expect(items).toHaveLength(EXPENSE_SEED.firstUserCount);
		expect(items).toEqual(stored((item) => item.user_id === USER));
		expect(items[0]).toEqual({
			id: FIRST,
			assignable_id: P,
			assignable_type: 'Project',
			user_id: USER,
			amount: 10.5,
			date: '2026-02-01',
			category: 'Travel',
			notes: 'Train to the client',
			created_at: SEEDED_AT,
			updated_at: SEEDED_AT,
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/users/${USER}/expense_items`,
				query: { per_page: '1000' },
				body: undefined,
			},
			{
				method: 'GET',
				path: `${api}/users/${USER}/expense_items`,
				query: { per_page: '1000', page: '2' },
				body: undefined,
			},
		]);
		expect(sandbox.requests.every((r) => r.headers.auth === RM_TOKEN)).toBe(true);
	});

	test('Get Many of a project sends the date window and approvals, and asks for Limit items', async () => {
		const result = await runRm(sandbox, {
			resource: 'expenseItem',
			operation: 'getAll',
			owner: 'project',
			projectId: byId(String(P)),
			limit: 4,
			filters: { from: '2026-02-10T00:00:00', to: '12.02.2026' },
			includeApprovals: true,
		});
		const expected = stored(
			(item) =>
				item.assignable_id === P &&
				String(item.date) >= '2026-02-10' &&
				String(item.date) <= '2026-02-12',
		).slice(0, 4);
		expect(expected).toHaveLength(4);
		expect(jsonOf(result)).toEqual(
			expected.map((item) => ({
				...item,
				approvals: {
					data: [],
					paging: {
						self: `/api/v1/expense_items/${String(item.id)}/approvals?per_page=20&page=1`,
						next: null,
						previous: null,
						page: 1,
						per_page: 20,
					},
				},
			})),
		);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/projects/${P}/expense_items`,
				query: { from: '2026-02-10', to: '2026-02-12', fields: 'approvals', per_page: '4' },
				body: undefined,
			},
		]);
	});

	test('Get reads one item below its user or below its project', async () => {
		const byUser = await runRm(sandbox, {
			resource: 'expenseItem',
			operation: 'get',
			userId: byId(String(USER)),
			expenseItemId: String(FIRST + 3),
		});
		const byProject = await runRm(sandbox, {
			resource: 'expenseItem',
			operation: 'get',
			owner: 'project',
			projectId: byId(String(P)),
			expenseItemId: String(FIRST + 3),
		});
		expect(jsonOf(byUser)).toEqual([seededExpenseItem(3)]);
		expect(jsonOf(byProject)).toEqual([seededExpenseItem(3)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/users/${USER}/expense_items/${FIRST + 3}`,
				query: {},
				body: undefined,
			},
			{
				method: 'GET',
				path: `${api}/projects/${P}/expense_items/${FIRST + 3}`,
				query: {},
				body: undefined,
			},
		]);
		const elsewhere = await runRm(sandbox, {
			resource: 'expenseItem',
			operation: 'get',
			owner: 'project',
			projectId: byId(String(P + 1)),
			expenseItemId: String(FIRST + 3),
		});
		expect(elsewhere.error?.message).toBe(
			'Resource Management found no such record (404): not found',
		);
	});

	test('Create reports an expense on a project with category and notes and returns the item', async () => {
		const result = await runRm(sandbox, {
			resource: 'expenseItem',
			operation: 'create',
			userId: picked(String(USER + 2)),
			assignOn: 'project',
			projectId: byId(String(P + 2)),
			date: '2026-03-10T00:00:00',
			amount: 42.5,
			additionalFields: { category: picked('Printing Material'), notes: 'Posters' },
		});
		const [item] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: `${api}/users/${USER + 2}/expense_items`,
				query: {},
				body: {
					assignable_id: P + 2,
					date: '2026-03-10',
					amount: 42.5,
					category: 'Printing Material',
					notes: 'Posters',
				},
			},
		]);
		expect(item).toEqual({
			id: expect.any(Number),
			assignable_id: P + 2,
			assignable_type: 'Project',
			user_id: USER + 2,
			amount: 42.5,
			date: '2026-03-10',
			category: 'Printing Material',
			notes: 'Posters',
			created_at: SEEDED_AT,
			updated_at: SEEDED_AT,
		});
		expect(store().get(Number(item.id))).toEqual(item);
	});

	test('Create on a leave type sends the leave type as assignable_id', async () => {
		const result = await runRm(sandbox, {
			resource: 'expenseItem',
			operation: 'create',
			userId: byId(String(USER)),
			assignOn: 'leaveType',
			leaveTypeId: byId('12'),
			date: '2026-03-11',
			amount: 15,
		});
		expect(sandbox.requests.map((r) => r.body)).toEqual([
			{ assignable_id: 12, date: '2026-03-11', amount: 15 },
		]);
		expect(jsonOf(result)[0]).toMatchObject({
			assignable_id: 12,
			assignable_type: 'LeaveType',
			amount: 15,
			category: null,
			notes: null,
		});
	});

	test("A placeholder cannot have expense items: RM's 403 bad data is shown", async () => {
		const result = await runRm(sandbox, {
			resource: 'expenseItem',
			operation: 'create',
			userId: byId(String(RM_SEED.firstPlaceholderId)),
			projectId: byId(String(P)),
			date: '2026-03-10',
			amount: 10,
		});
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: bad data; Placeholders cannot have expense items',
		);
		expect(result.error?.httpCode).toBe('403');
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Update sends the documented PUT below project and user', async () => {
		const id = FIRST + 6;
		const result = await runRm(sandbox, {
			resource: 'expenseItem',
			operation: 'update',
			projectId: byId(String(P)),
			userId: byId(String(USER)),
			expenseItemId: String(id),
			updateFields: {
				amount: 99.99,
				date: '2026-02-20',
				notes: 'Taxi',
				category: { __rl: true, mode: 'name', value: 'Software Licences' },
			},
		});
		const [item] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'PUT',
				path: `${api}/projects/${P}/users/${USER}/expense_items/${id}`,
				query: {},
				body: { amount: 99.99, date: '2026-02-20', notes: 'Taxi', category: 'Software Licences' },
			},
		]);
		expect(item).toEqual({
			...seededExpenseItem(6),
			amount: 99.99,
			date: '2026-02-20',
			notes: 'Taxi',
			category: 'Software Licences',
			updated_at: expect.any(String),
		});
		expect(item.updated_at).not.toBe(SEEDED_AT);
		expect(store().get(id)).toEqual(item);
	});

	test("Update with a project the item is not on is RM's 404, and the item stays", async () => {
		const result = await runRm(sandbox, {
			resource: 'expenseItem',
			operation: 'update',
			projectId: byId(String(P + 1)),
			userId: byId(String(USER)),
			expenseItemId: String(FIRST),
			updateFields: { amount: 1 },
		});
		expect(result.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(store().get(FIRST)).toEqual(seededExpenseItem(0));
	});

	test('Delete removes an item of the user', async () => {
		const id = FIRST + 9;
		expect(
			jsonOf(
				await runRm(sandbox, {
					resource: 'expenseItem',
					operation: 'delete',
					userId: byId(String(USER)),
					expenseItemId: String(id),
				}),
			),
		).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'DELETE',
				path: `${api}/users/${USER}/expense_items/${id}`,
				query: {},
				body: undefined,
			},
		]);
		expect(store().has(id)).toBe(false);
		const other = await runRm(sandbox, {
			resource: 'expenseItem',
			operation: 'delete',
			userId: byId(String(USER + 1)),
			expenseItemId: String(FIRST + 12),
		});
		expect(other.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(store().has(FIRST + 12)).toBe(true);
	});

	test('the sandbox needs the amount and exactly one project or leave type', async () => {
		expect(
			await raw('POST', `/users/${USER}/expense_items`, { date: '2026-03-01', project_id: P }),
		).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ["amount can't be blank"] },
		});
		expect(
			await raw('POST', `/users/${USER}/expense_items`, {
				date: '2026-03-01',
				amount: 1,
				project_id: P,
				leave_type_id: 11,
			}),
		).toEqual({
			status: 403,
			body: {
				message: 'bad data',
				errors: ['only one of assignable_id, project_id, leave_type_id may be given'],
			},
		});
		expect(
			await raw('POST', `/users/${USER}/expense_items`, {
				date: '2026-03-01',
				amount: 1,
				project_id: 11,
			}),
		).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['invalid project_id'] },
		});
		expect(await raw('GET', `/users/${USER}/expense_items?from=01.02.2026`)).toEqual({
			status: 400,
			body: { message: 'from must be a valid date in yyyy-mm-dd format' },
		});
	});

	test('bad input fails before any request', async () => {
		const base = {
			resource: 'expenseItem',
			userId: byId(String(USER)),
			projectId: byId(String(P)),
		};
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ operation: 'getAll', userId: byId(''), limit: 5 }, "'User' is empty"],
			[
				{ operation: 'getAll', owner: 'project', projectId: byId('abc'), limit: 5 },
				`'Project' is not a valid ID: "abc"`,
			],
			[
				{ operation: 'getAll', limit: 5, filters: { from: '2026-03-01', to: '2026-02-01' } },
				"'To' (2026-02-01) is before 'From' (2026-03-01)",
			],
			[{ operation: 'get', expenseItemId: '' }, "'Expense Item ID' is empty"],
			[{ operation: 'create', date: '', amount: 5 }, "'Date' is empty"],
			[
				{ operation: 'create', date: 'tomorrow', amount: 5 },
				`'Date' is not a valid date: "tomorrow"`,
			],
			[
				{ operation: 'create', date: '2026-03-01', amount: '={{ "5,50 €" }}' },
				`'Amount' is not a number: "5,50 €"`,
			],
			[
				{
					operation: 'create',
					date: '2026-03-01',
					amount: 5,
					assignOn: 'leaveType',
					leaveTypeId: byId(''),
				},
				"'Leave Type' is empty",
			],
			[
				{
					operation: 'create',
					date: '2026-03-01',
					amount: 5,
					additionalFields: { category: picked('') },
				},
				"'Category' is empty",
			],
			[
				{ operation: 'update', expenseItemId: String(FIRST), updateFields: {} },
				'No fields to update',
			],
			[
				{
					operation: 'update',
					expenseItemId: String(FIRST),
					userId: byId('-1'),
					updateFields: { amount: 1 },
				},
				`'User' is not a valid ID: "-1"`,
			],
			[{ operation: 'delete', expenseItemId: '1e3' }, `'Expense Item ID' is not a valid ID: "1e3"`],
		];
		for (const [parameters, message] of cases) {
			const result = await runRm(sandbox, { ...base, ...parameters } as never);
			expect([parameters, result.error?.message]).toEqual([parameters, message]);
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
