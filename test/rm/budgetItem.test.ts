import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { RM_TOKEN } from '../sandbox';
import { BUDGET_SEED, budgetItemsOf } from '../sandbox/rm/budgets';
import { RM_SEED, type Rec } from '../sandbox/rm/state';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const api = '/api/v1';
const P = RM_SEED.firstProjectId;
const SEEDED_AT = '2026-01-05T09:00:00Z';
const items = () => budgetItemsOf(sandbox.rm);
const picked = (value: string) => ({ __rl: true, mode: 'list', value });
const byName = (value: string) => ({ __rl: true, mode: 'name', value });

/** A seeded budget item as RM returns it. */
const seeded = (id: number): Rec => {
	const fields = BUDGET_SEED.items.find((item) => item.id === id)!;
	return {
		id,
		assignable_id: fields.assignable_id,
		assignable_parent_id: null,
		category: fields.category,
		amount: fields.amount,
		item_type: fields.item_type,
		peritem_amount: null,
		peritem_label: null,
		created_at: SEEDED_AT,
		updated_at: SEEDED_AT,
	};
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

describe('Resource Management budget item', () => {
	test('Get Many lists the lines of one item type of a project: fees, time in hours, expenses', async () => {
		const run = (itemType: string) =>
			runRm(sandbox, {
				resource: 'budgetItem',
				operation: 'getAll',
				projectId: byId(String(P)),
				itemType,
				returnAll: true,
			});
		expect(jsonOf(await run('TimeFees'))).toEqual([seeded(9001), seeded(9002)]);
		expect(jsonOf(await run('TimeFeesDays'))).toEqual([seeded(9003)]);
		expect(jsonOf(await run('Expenses'))).toEqual([seeded(9004)]);
		expect(sandbox.requests.map(shape)).toEqual(
			['TimeFees', 'TimeFeesDays', 'Expenses'].map((itemType) => ({
				method: 'GET',
				path: `${api}/projects/${P}/budget_items`,
				query: { item_type: itemType, per_page: '1000' },
				body: undefined,
			})),
		);
		expect(sandbox.requests.every((r) => r.headers.auth === RM_TOKEN)).toBe(true);
	});

	test('Get Many with Return All reads 1,001 lines in two pages of 1,000, keeping the item type; Limit asks for what it needs', async () => {
		const project = BUDGET_SEED.manyProject;
		const all = jsonOf(
			await runRm(sandbox, {
				resource: 'budgetItem',
				operation: 'getAll',
				projectId: byId(String(project)),
				itemType: 'TimeFees',
				returnAll: true,
			}),
		);
		expect(all).toHaveLength(BUDGET_SEED.manyCount);
		expect(all.map((item) => item.id)).toEqual(
			Array.from({ length: BUDGET_SEED.manyCount }, (_, i) => BUDGET_SEED.manyFirstId + i),
		);
		expect(sandbox.requests.map((r) => [r.path, r.query])).toEqual([
			[`${api}/projects/${project}/budget_items`, { item_type: 'TimeFees', per_page: '1000' }],
			[
				`${api}/projects/${project}/budget_items`,
				{ item_type: 'TimeFees', per_page: '1000', page: '2' },
			],
		]);

		sandbox.clearRequests();
		const limited = jsonOf(
			await runRm(sandbox, {
				resource: 'budgetItem',
				operation: 'getAll',
				projectId: byId(String(project)),
				itemType: 'TimeFees',
				limit: 2,
			}),
		);
		expect(limited).toEqual([
			items().get(BUDGET_SEED.manyFirstId),
			items().get(BUDGET_SEED.manyFirstId + 1),
		]);
		expect(sandbox.requests.map((r) => r.query)).toEqual([
			{ item_type: 'TimeFees', per_page: '2' },
		]);
	});

	test('Get reads one line by ID', async () => {
		const result = await runRm(sandbox, {
			resource: 'budgetItem',
			operation: 'get',
			budgetItemId: '9003',
		});
		expect(jsonOf(result)).toEqual([seeded(9003)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/budget_items/9003`, query: {}, body: undefined },
		]);
	});

	test('Create adds a fee line with a category picked from the list and returns it', async () => {
		const result = await runRm(sandbox, {
			resource: 'budgetItem',
			operation: 'create',
			projectId: byId(String(P + 5)),
			itemType: 'TimeFees',
			amount: 8000,
			additionalFields: { category: picked('Design Fees') },
		});
		const [item] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: `${api}/projects/${P + 5}/budget_items`,
				query: {},
				body: { item_type: 'TimeFees', amount: 8000, category: 'Design Fees' },
			},
		]);
		expect(item).toEqual({
			id: expect.any(Number),
			assignable_id: P + 5,
			assignable_parent_id: null,
			category: 'Design Fees',
			amount: 8000,
			item_type: 'TimeFees',
			peritem_amount: null,
			peritem_label: null,
			created_at: SEEDED_AT,
			updated_at: SEEDED_AT,
		});
		expect(items().get(Number(item.id))).toEqual(item);
	});

	test('Create of a time budget in hours without a category, and of an expense budget with a category typed by name', async () => {
		const hours = await runRm(sandbox, {
			resource: 'budgetItem',
			operation: 'create',
			projectId: byId(String(P + 5)),
			itemType: 'TimeFeesDays',
			amount: 40.5,
		});
		const expenses = await runRm(sandbox, {
			resource: 'budgetItem',
			operation: 'create',
			projectId: byId(String(P + 5)),
			itemType: 'Expenses',
			amount: '={{ "750" }}',
			additionalFields: { category: byName(' Travel ') },
		});
		expect(sandbox.requests.map((r) => r.body)).toEqual([
			{ item_type: 'TimeFeesDays', amount: 40.5 },
			{ item_type: 'Expenses', amount: 750, category: 'Travel' },
		]);
		expect(jsonOf(hours)[0]).toMatchObject({
			item_type: 'TimeFeesDays',
			amount: 40.5,
			category: null,
		});
		expect(jsonOf(expenses)[0]).toMatchObject({
			item_type: 'Expenses',
			amount: 750,
			category: 'Travel',
		});
	});

	test("Create of an expense line with a time category: RM's 403 bad data is shown", async () => {
		const result = await runRm(sandbox, {
			resource: 'budgetItem',
			operation: 'create',
			projectId: byId(String(P)),
			itemType: 'Expenses',
			amount: 100,
			additionalFields: { category: byName('Design Fees') },
		});
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: bad data; invalid category: Design Fees',
		);
		expect(result.error?.httpCode).toBe('403');
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Update changes the amount and the category of a line', async () => {
		const result = await runRm(sandbox, {
			resource: 'budgetItem',
			operation: 'update',
			budgetItemId: '9002',
			updateFields: { amount: 6000, category: picked('Development') },
		});
		const [item] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'PUT',
				path: `${api}/budget_items/9002`,
				query: {},
				body: { amount: 6000, category: 'Development' },
			},
		]);
		expect(item).toEqual({
			...seeded(9002),
			amount: 6000,
			category: 'Development',
			updated_at: expect.any(String),
		});
		expect(item.updated_at).not.toBe(SEEDED_AT);
		expect(items().get(9002)).toEqual(item);
	});

	test('Delete removes a line; a second delete is 404', async () => {
		const id = BUDGET_SEED.manyFirstId + BUDGET_SEED.manyCount - 1;
		expect(
			jsonOf(
				await runRm(sandbox, {
					resource: 'budgetItem',
					operation: 'delete',
					budgetItemId: String(id),
				}),
			),
		).toEqual([{ deleted: true }]);
		expect(items().has(id)).toBe(false);
		const again = await runRm(sandbox, {
			resource: 'budgetItem',
			operation: 'delete',
			budgetItemId: String(id),
		});
		expect(again.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(sandbox.requests.map(shape)).toEqual(
			Array(2).fill({
				method: 'DELETE',
				path: `${api}/budget_items/${id}`,
				query: {},
				body: undefined,
			}),
		);
	});

	test('the sandbox needs the item type on lists and the amount on creates', async () => {
		expect(await raw('GET', `/projects/${P}/budget_items`)).toEqual({
			status: 403,
			body: {
				message: 'bad data',
				errors: ['item_type must be one of TimeFees, TimeFeesDays, Expenses'],
			},
		});
		expect(await raw('POST', `/projects/${P}/budget_items`, { item_type: 'TimeFees' })).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ["amount can't be blank"] },
		});
		expect(await raw('PUT', '/budget_items/9001', { item_type: 'Expenses' })).toEqual({
			status: 403,
			body: { message: 'cannot assign attributes: item_type' },
		});
	});

	test('bad input fails before any request', async () => {
		const base = { resource: 'budgetItem', projectId: byId(String(P)), itemType: 'TimeFees' };
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ operation: 'getAll', projectId: byId(''), limit: 5 }, "'Project' is empty"],
			[
				{ operation: 'create', projectId: byId('P-1001'), amount: 10 },
				`'Project' is not a valid ID: "P-1001"`,
			],
			[{ operation: 'create', amount: '={{ "ten" }}' }, `'Amount' is not a number: "ten"`],
			[{ operation: 'create', amount: '={{ -1 }}' }, "'Amount' must be 0 or more: -1"],
			[
				{ operation: 'create', amount: 10, additionalFields: { category: picked('') } },
				"'Category' is empty",
			],
			[{ operation: 'get', budgetItemId: '' }, "'Budget Item ID' is empty"],
			[{ operation: 'update', budgetItemId: '9001', updateFields: {} }, 'No fields to update'],
			[
				{ operation: 'update', budgetItemId: '9001', updateFields: { category: byName('  ') } },
				"'Category' is empty",
			],
			[
				{ operation: 'delete', budgetItemId: '9001/x' },
				`'Budget Item ID' is not a valid ID: "9001/x"`,
			],
		];
		for (const [parameters, message] of cases) {
			const result = await runRm(sandbox, { ...base, ...parameters } as never);
			expect([parameters, result.error?.message]).toEqual([parameters, message]);
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
