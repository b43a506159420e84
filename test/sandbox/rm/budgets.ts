/**
 * Project budgets (§5.21) and budget item categories (§5.22).
 * - Budget items carry an `item_type`: TimeFees (money), TimeFeesDays (hours) or Expenses. The
 *   list needs it ("always specified", [DOC]); without a valid one the sandbox answers 403 bad
 *   data [wording INF]. Create needs item_type and amount; updates change amount and category.
 * - Get/Update answer on `/budget_items/{id}` and below the item's project; Delete on
 *   `/budget_items/{id}` only (the nested delete is not documented). There is no account-wide
 *   list (`GET /budget_items` was removed from the docs as non-existent): 404.
 * - Categories: account lookup lists `{id, category}`; a project's lists are its budget items
 *   (time: TimeFees and TimeFeesDays, expense: Expenses). A budget or expense item's category
 *   must be one of the account's names of its kind [INF: RM's check is not documented].
 */
import type { SandboxRequest, SandboxResponse } from '../server';
import { nextStamp } from './assignments';
import {
	badData,
	checkBody,
	deleted,
	newId,
	notFound,
	ok,
	page,
	RM_SEED,
	route,
	stamp,
	type Rec,
	type RmRouteModule,
	type RmState,
} from './state';

export const ITEM_TYPES = ['TimeFees', 'TimeFeesDays', 'Expenses'];

const P = RM_SEED.firstProjectId;

/** Seeded categories and budget items; tests read the expected values from here. */
export const BUDGET_SEED = {
	timeCategories: [
		{ id: 1083, category: 'Design Fees' },
		{ id: 1084, category: 'Development' },
		{ id: 1085, category: 'Project Management' },
	],
	expenseCategories: [
		{ id: 1201, category: 'Travel' },
		{ id: 1202, category: 'Printing Material' },
		{ id: 1203, category: 'Software Licences' },
	],
	/** The budget of the first project. */
	items: [
		{ id: 9001, assignable_id: P, item_type: 'TimeFees', amount: 20000, category: 'Design Fees' },
		{ id: 9002, assignable_id: P, item_type: 'TimeFees', amount: 5000, category: null },
		{ id: 9003, assignable_id: P, item_type: 'TimeFeesDays', amount: 120, category: 'Development' },
		{ id: 9004, assignable_id: P, item_type: 'Expenses', amount: 1500, category: 'Travel' },
	],
	/** A project with more fee lines than one page of 1,000 holds. */
	manyProject: P + 1,
	manyFirstId: 9101,
	manyCount: 1_001,
};

/** Kind of category an item type uses. */
export const categoryKind = (itemType: unknown): 'time' | 'expense' =>
	itemType === 'Expenses' ? 'expense' : 'time';

/** The account's category names of a kind. */
export function categoryNames(kind: 'time' | 'expense'): string[] {
	return (kind === 'expense' ? BUDGET_SEED.expenseCategories : BUDGET_SEED.timeCategories).map(
		(c) => c.category,
	);
}

const stores = new WeakMap<RmState, Map<number, Rec>>();

/** A budget item with every field RM returns. */
export function budgetItemRecord(state: RmState, fields: Rec): Rec {
	const assignable = state.projects.get(Number(fields.assignable_id));
	return {
		id: fields.id,
		assignable_id: fields.assignable_id,
		assignable_parent_id: assignable?.parent_id ?? null,
		category: fields.category ?? null,
		amount: fields.amount,
		item_type: fields.item_type,
		peritem_amount: null,
		peritem_label: null,
		...stamp(),
	};
}

/** Every budget item of the sandbox account (seeded on first use). */
export function budgetItemsOf(state: RmState): Map<number, Rec> {
	let items = stores.get(state);
	if (!items) {
		items = new Map();
		for (const fields of BUDGET_SEED.items) items.set(fields.id, budgetItemRecord(state, fields));
		for (let i = 0; i < BUDGET_SEED.manyCount; i++) {
			const id = BUDGET_SEED.manyFirstId + i;
			items.set(
				id,
				budgetItemRecord(state, {
					id,
					assignable_id: BUDGET_SEED.manyProject,
					item_type: 'TimeFees',
					amount: 1000 + i,
					category: null,
				}),
			);
		}
		stores.set(state, items);
	}
	return items;
}

export const budgetRoutes: RmRouteModule = (state) => {
	const items = budgetItemsOf(state);
	const isProject = (pid: string) => state.projects.has(Number(pid));
	const ofProject = (pid: string, keep: (item: Rec) => boolean) =>
		[...items.values()]
			.filter((item) => item.assignable_id === Number(pid) && keep(item))
			.sort((a, b) => Number(a.id) - Number(b.id));
	const inProject = (pid: string, id: string) => {
		const item = items.get(Number(id));
		return item && item.assignable_id === Number(pid) ? item : undefined;
	};

	/** Amount must be a number of 0 or more; the category one of the account's names of the kind. */
	const checkValues = (merged: Rec): SandboxResponse | undefined => {
		if (typeof merged.amount !== 'number' || !(merged.amount >= 0))
			return badData('amount must be a number of 0 or more');
		if (
			merged.category !== null &&
			merged.category !== undefined &&
			!categoryNames(categoryKind(merged.item_type)).includes(String(merged.category))
		) {
			return badData(`invalid category: ${String(merged.category)}`);
		}
		return undefined;
	};

	const update = (item: Rec | undefined, req: SandboxRequest): SandboxResponse => {
		if (!item) return notFound();
		const invalid = checkBody(req.body, {
			allowed: ['amount', 'category'],
			readOnly: ['item_type', 'assignable_id'],
		});
		if (invalid) return invalid;
		const merged = { ...item, ...(req.body as Rec) };
		const bad = checkValues(merged);
		if (bad) return bad;
		Object.assign(item, merged, { updated_at: nextStamp(state) });
		return ok(item);
	};

	const lookup = (records: Rec[]) => (req: SandboxRequest) =>
		page(
			req,
			records.map((r) => ({ ...r })),
		);
	const projectCategories =
		(types: string[]) =>
		(req: SandboxRequest, { pid }: Record<string, string>) =>
			isProject(pid)
				? page(
						req,
						ofProject(pid, (item) => types.includes(String(item.item_type))),
					)
				: notFound();

	return [
		route('GET', '/time_entry_categories', lookup(BUDGET_SEED.timeCategories)),
		route('GET', '/expense_item_categories', lookup(BUDGET_SEED.expenseCategories)),
		route(
			'GET',
			'/projects/:pid/time_entry_categories',
			projectCategories(['TimeFees', 'TimeFeesDays']),
		),
		route('GET', '/projects/:pid/expense_item_categories', projectCategories(['Expenses'])),

		route('GET', '/projects/:pid/budget_items', (req, { pid }) => {
			if (!isProject(pid)) return notFound();
			const type = req.query.item_type;
			if (typeof type !== 'string' || !ITEM_TYPES.includes(type))
				return badData(`item_type must be one of ${ITEM_TYPES.join(', ')}`);
			return page(
				req,
				ofProject(pid, (item) => item.item_type === type),
			);
		}),
		route('GET', '/projects/:pid/budget_items/:id', (_req, { pid, id }) => {
			const item = inProject(pid, id);
			return item ? ok(item) : notFound();
		}),
		route('GET', '/budget_items/:id', (_req, { id }) => {
			const item = items.get(Number(id));
			return item ? ok(item) : notFound();
		}),
		route('POST', '/projects/:pid/budget_items', (req, { pid }) => {
			if (!isProject(pid)) return notFound();
			const invalid = checkBody(req.body, {
				allowed: ['item_type', 'amount', 'category'],
				required: ['item_type', 'amount'],
			});
			if (invalid) return invalid;
			const body = req.body as Rec;
			if (!ITEM_TYPES.includes(String(body.item_type)))
				return badData(`item_type must be one of ${ITEM_TYPES.join(', ')}`);
			const bad = checkValues(body);
			if (bad) return bad;
			const item = budgetItemRecord(state, {
				...body,
				id: newId(state),
				assignable_id: Number(pid),
			});
			items.set(Number(item.id), item);
			return ok(item);
		}),
		route('PUT', '/projects/:pid/budget_items/:id', (req, { pid, id }) =>
			update(inProject(pid, id), req),
		),
		route('PUT', '/budget_items/:id', (req, { id }) => update(items.get(Number(id)), req)),
		route('DELETE', '/budget_items/:id', (_req, { id }) => {
			if (!items.delete(Number(id))) return notFound();
			return deleted();
		}),
	];
};
