import { runListSearch } from '../harness/load-options';
import { byId, jsonOf, rmCredential, rmNode, runRm, shape } from '../harness/rm';
import { RM_TOKEN } from '../sandbox';
import { BUDGET_SEED, budgetItemsOf } from '../sandbox/rm/budgets';
import { RM_SEED } from '../sandbox/rm/state';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const api = '/api/v1';
const P = RM_SEED.firstProjectId;
const items = () => [...budgetItemsOf(sandbox.rm).values()];

describe('Resource Management budget category', () => {
	test("Get Many reads the account's time and fee categories, or its expense categories", async () => {
		const time = await runRm(sandbox, {
			resource: 'budgetCategory',
			operation: 'getAll',
			returnAll: true,
		});
		const expense = await runRm(sandbox, {
			resource: 'budgetCategory',
			operation: 'getAll',
			kind: 'expense',
			scope: 'account',
			returnAll: true,
		});
		expect(jsonOf(time)).toEqual(BUDGET_SEED.timeCategories);
		expect(jsonOf(expense)).toEqual(BUDGET_SEED.expenseCategories);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/time_entry_categories`,
				query: { per_page: '1000' },
				body: undefined,
			},
			{
				method: 'GET',
				path: `${api}/expense_item_categories`,
				query: { per_page: '1000' },
				body: undefined,
			},
		]);
		expect(sandbox.requests.every((r) => r.headers.auth === RM_TOKEN)).toBe(true);
	});

	test("Get Many of a project reads the project's budget lines of the kind (a line each, category may be null)", async () => {
		const time = await runRm(sandbox, {
			resource: 'budgetCategory',
			operation: 'getAll',
			scope: 'project',
			projectId: byId(String(P)),
			limit: 10,
		});
		const expense = await runRm(sandbox, {
			resource: 'budgetCategory',
			operation: 'getAll',
			kind: 'expense',
			scope: 'project',
			projectId: byId(String(P)),
			limit: 10,
		});
		expect(jsonOf(time)).toEqual(
			items().filter((i) => i.assignable_id === P && i.item_type !== 'Expenses'),
		);
		expect(jsonOf(time).map((i) => i.category)).toEqual(['Design Fees', null, 'Development']);
		expect(jsonOf(expense)).toEqual(
			items().filter((i) => i.assignable_id === P && i.item_type === 'Expenses'),
		);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/projects/${P}/time_entry_categories`,
				query: { per_page: '10' },
				body: undefined,
			},
			{
				method: 'GET',
				path: `${api}/projects/${P}/expense_item_categories`,
				query: { per_page: '10' },
				body: undefined,
			},
		]);
	});

	test('Get Many with Return All follows the pages (1,001 lines: two requests of 1,000); Limit 1 asks for one', async () => {
		const project = BUDGET_SEED.manyProject;
		const all = jsonOf(
			await runRm(sandbox, {
				resource: 'budgetCategory',
				operation: 'getAll',
				scope: 'project',
				projectId: byId(String(project)),
				returnAll: true,
			}),
		);
		expect(all).toHaveLength(BUDGET_SEED.manyCount);
		expect(sandbox.requests.map((r) => [r.path, r.query])).toEqual([
			[`${api}/projects/${project}/time_entry_categories`, { per_page: '1000' }],
			[`${api}/projects/${project}/time_entry_categories`, { per_page: '1000', page: '2' }],
		]);
		sandbox.clearRequests();
		expect(
			jsonOf(await runRm(sandbox, { resource: 'budgetCategory', operation: 'getAll', limit: 1 })),
		).toEqual([BUDGET_SEED.timeCategories[0]]);
		expect(sandbox.requests.map((r) => r.query)).toEqual([{ per_page: '1' }]);
	});

	test('a project scope without a valid project fails before any request; an unknown project is 404', async () => {
		const empty = await runRm(sandbox, {
			resource: 'budgetCategory',
			operation: 'getAll',
			scope: 'project',
			projectId: byId(''),
			limit: 5,
		});
		const text = await runRm(sandbox, {
			resource: 'budgetCategory',
			operation: 'getAll',
			scope: 'project',
			projectId: byId('Website'),
			limit: 5,
		});
		expect(empty.error?.message).toBe("'Project' is empty");
		expect(text.error?.message).toBe(`'Project' is not a valid ID: "Website"`);
		expect(sandbox.requests).toHaveLength(0);
		const unknown = await runRm(sandbox, {
			resource: 'budgetCategory',
			operation: 'getAll',
			scope: 'project',
			projectId: byId('999999'),
			limit: 5,
		});
		expect(unknown.error?.message).toBe(
			'Resource Management found no such record (404): not found',
		);
	});
});

describe('Category picker (searchBudgetCategories)', () => {
	const search = (parameters: Record<string, unknown>, filter?: string) =>
		runListSearch({
			nodeType: rmNode,
			credential: rmCredential(sandbox),
			parameters: parameters as never,
			method: 'searchBudgetCategories',
			filter,
		});
	const names = (list: Array<{ category: string }>) =>
		list
			.map((c) => ({ name: c.category, value: c.category }))
			.sort((a, b) => a.name.localeCompare(b.name));

	test('lists the time and fee categories for fee and time budgets, the expense categories for expense budgets and expense items', async () => {
		expect(
			(await search({ resource: 'budgetItem', operation: 'create', itemType: 'TimeFees' })).results,
		).toEqual(names(BUDGET_SEED.timeCategories));
		expect(
			(await search({ resource: 'budgetItem', operation: 'create', itemType: 'TimeFeesDays' }))
				.results,
		).toEqual(names(BUDGET_SEED.timeCategories));
		expect(
			(await search({ resource: 'budgetItem', operation: 'create', itemType: 'Expenses' })).results,
		).toEqual(names(BUDGET_SEED.expenseCategories));
		expect((await search({ resource: 'expenseItem', operation: 'create' })).results).toEqual(
			names(BUDGET_SEED.expenseCategories),
		);
		expect(sandbox.requests.map(shape)).toEqual(
			[
				'time_entry_categories',
				'time_entry_categories',
				'expense_item_categories',
				'expense_item_categories',
			].map((list) => ({
				method: 'GET',
				path: `${api}/${list}`,
				query: { per_page: '1000' },
				body: undefined,
			})),
		);
	});

	test('without an item type on the form (budget item Update) lists both kinds, marked, and filters by name', async () => {
		const { results } = await search({ resource: 'budgetItem', operation: 'update' });
		expect(results).toEqual(
			[
				...BUDGET_SEED.timeCategories.map((c) => ({
					name: `${c.category} (Time & Fees)`,
					value: c.category,
				})),
				...BUDGET_SEED.expenseCategories.map((c) => ({
					name: `${c.category} (Expenses)`,
					value: c.category,
				})),
			].sort((a, b) => a.name.localeCompare(b.name)),
		);
		expect((await search({ resource: 'budgetItem', operation: 'update' }, 'TRAV')).results).toEqual(
			[{ name: 'Travel (Expenses)', value: 'Travel' }],
		);
		expect(sandbox.requests.map((r) => r.path)).toEqual([
			`${api}/time_entry_categories`,
			`${api}/expense_item_categories`,
			`${api}/time_entry_categories`,
			`${api}/expense_item_categories`,
		]);
	});
});
