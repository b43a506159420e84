/**
 * Expense items (§5.18): money reported by a user on a project (or phase) or a leave type.
 * - Read below the user or the project (a project's list includes its phases' items); `from`/`to`
 *   filter on the date (yyyy-mm-dd), `fields=approvals` embeds the approval records.
 * - POST below the user: date and amount required, exactly one of assignable_id / project_id /
 *   leave_type_id ([DOC]: "only specify one"); placeholders cannot have expense items [DOC]
 *   (refusal wording INF); the category must be one of the account's expense categories [INF].
 * - PUT on the documented `/projects/{pid}/users/{uid}/expense_items/{id}`: the item must belong
 *   to the user and be on that project or one of its phases — or, for an item on a leave type,
 *   `pid` is the leave type's ID [INF] — else 404. `/users/{uid}/expense_items/{id}` has no PUT.
 * - DELETE below the user.
 */
import type { SandboxRequest, SandboxResponse } from '../server';
import { assignableOf, nextStamp, resourceOf } from './assignments';
import { collection, requestedFields } from './embeds';
import { categoryNames } from './budgets';
import {
	badData,
	checkBody,
	checkQueryDates,
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

/** Seeded expense items; tests read the expected values from here. */
export const EXPENSE_SEED = {
	firstId: 4_000_000_001,
	count: 1_200,
	/** The first `firstUserCount` items are the first user's: more than one page of 1,000. */
	firstUserCount: 1_001,
	/** Every `leaveEvery`-th item is on the first leave type. */
	leaveEvery: 50,
};

const CATEGORIES = [...categoryNames('expense').slice(0, 2), null];

/** The n-th seeded expense item (0-based) as the seed builds it. */
export function seededExpenseItem(i: number): Rec {
	const onLeave = i % EXPENSE_SEED.leaveEvery === EXPENSE_SEED.leaveEvery - 1;
	return expenseItemRecord({
		id: EXPENSE_SEED.firstId + i,
		assignable_id: onLeave ? RM_SEED.leaveTypeIds[0] : RM_SEED.firstProjectId + (i % 3),
		assignable_type: onLeave ? 'LeaveType' : 'Project',
		user_id:
			i < EXPENSE_SEED.firstUserCount ? RM_SEED.firstUserId : RM_SEED.firstUserId + 1 + (i % 3),
		amount: 10 + (i % 90) + 0.5,
		date: `2026-02-${String(1 + (i % 28)).padStart(2, '0')}`,
		category: CATEGORIES[i % 3],
		notes: i === 0 ? 'Train to the client' : null,
	});
}

/** An expense item with every field RM returns, in the documented order. */
export function expenseItemRecord(fields: Rec): Rec {
	return {
		id: fields.id,
		assignable_id: fields.assignable_id,
		assignable_type: fields.assignable_type,
		user_id: fields.user_id,
		amount: fields.amount,
		date: fields.date,
		category: fields.category ?? null,
		notes: fields.notes ?? null,
		...stamp(),
	};
}

const stores = new WeakMap<RmState, Map<number, Rec>>();

/** Every expense item of the sandbox account (seeded on first use). */
export function expenseItemsOf(state: RmState): Map<number, Rec> {
	let items = stores.get(state);
	if (!items) {
		items = new Map();
		for (let i = 0; i < EXPENSE_SEED.count; i++)
			items.set(EXPENSE_SEED.firstId + i, seededExpenseItem(i));
		stores.set(state, items);
	}
	return items;
}

/** Approval records of one expense item. */
export function expenseApprovalsOf(state: RmState, itemId: unknown): Rec[] {
	return [...state.approvals.values()].filter(
		(a) => a.approvable_type === 'ExpenseItem' && a.approvable_id === Number(itemId),
	);
}

const WRITABLE = [
	'assignable_id',
	'project_id',
	'leave_type_id',
	'date',
	'amount',
	'category',
	'notes',
];

export const expenseItemRoutes: RmRouteModule = (state) => {
	const items = expenseItemsOf(state);

	const list = (req: SandboxRequest, keep: (item: Rec) => boolean): SandboxResponse => {
		const badDate = checkQueryDates(req);
		if (badDate) return badDate;
		const { from, to } = req.query;
		let out = [...items.values()].filter(keep);
		if (typeof from === 'string') out = out.filter((item) => String(item.date) >= from);
		if (typeof to === 'string') out = out.filter((item) => String(item.date) <= to);
		out.sort((a, b) => Number(a.id) - Number(b.id));
		if (requestedFields(req).includes('approvals')) {
			out = out.map((item) => ({
				...item,
				approvals: collection(
					expenseApprovalsOf(state, item.id),
					`/api/v1/expense_items/${String(item.id)}/approvals`,
				),
			}));
		}
		return page(req, out);
	};

	/** True when the item is on project `pid` or one of its phases, or (leave) on assignable `pid`. */
	const onProject = (item: Rec, pid: number) =>
		item.assignable_id === pid || state.projects.get(Number(item.assignable_id))?.parent_id === pid;
	const owned = (uid: string, id: string) => {
		const item = items.get(Number(id));
		return item && item.user_id === Number(uid) ? item : undefined;
	};

	/** Checks the values a create or update would store; sets assignable_id/assignable_type. */
	const checkItem = (body: Rec, merged: Rec): SandboxResponse | undefined => {
		const given = ['assignable_id', 'project_id', 'leave_type_id'].filter(
			(key) => body[key] !== undefined && body[key] !== null,
		);
		if (given.length > 1)
			return badData('only one of assignable_id, project_id, leave_type_id may be given');
		if (given.length === 1) {
			const assignable = assignableOf(state, body[given[0]]);
			const wrongKind =
				(given[0] === 'project_id' && assignable?.type !== 'Project') ||
				(given[0] === 'leave_type_id' && assignable?.type !== 'LeaveType');
			if (!assignable || wrongKind) return badData(`invalid ${given[0]}`);
			merged.assignable_id = Number(body[given[0]]);
			merged.assignable_type = assignable.type;
		}
		delete merged.project_id;
		delete merged.leave_type_id;
		if (merged.assignable_id === undefined || merged.assignable_id === null)
			return badData("assignable can't be blank");
		if (typeof merged.amount !== 'number' || !Number.isFinite(merged.amount))
			return badData('amount must be a number');
		if (
			merged.category !== null &&
			merged.category !== undefined &&
			!categoryNames('expense').includes(String(merged.category))
		) {
			return badData(`invalid category: ${String(merged.category)}`);
		}
		return undefined;
	};

	return [
		route('GET', '/users/:uid/expense_items', (req, { uid }) => {
			if (!resourceOf(state, uid)) return notFound();
			return list(req, (item) => item.user_id === Number(uid));
		}),
		route('GET', '/users/:uid/expense_items/:id', (_req, { uid, id }) => {
			const item = owned(uid, id);
			return item ? ok(item) : notFound();
		}),
		route('GET', '/projects/:pid/expense_items', (req, { pid }) => {
			if (!state.projects.has(Number(pid))) return notFound();
			return list(req, (item) => onProject(item, Number(pid)));
		}),
		route('GET', '/projects/:pid/expense_items/:id', (_req, { pid, id }) => {
			const item = items.get(Number(id));
			return item && onProject(item, Number(pid)) ? ok(item) : notFound();
		}),
		route('POST', '/users/:uid/expense_items', (req, { uid }) => {
			const resource = resourceOf(state, uid);
			if (!resource) return notFound();
			if (resource.placeholder) return badData('Placeholders cannot have expense items');
			const invalid = checkBody(req.body, {
				allowed: [...WRITABLE, 'user_id'],
				required: ['date', 'amount'],
				dates: ['date'],
			});
			if (invalid) return invalid;
			const body = req.body as Rec;
			if (body.user_id !== undefined && Number(body.user_id) !== Number(uid))
				return badData('user_id does not match the URL');
			const merged: Rec = {
				id: newId(state),
				user_id: Number(uid),
				date: body.date,
				amount: body.amount,
				category: body.category,
				notes: body.notes,
			};
			const bad = checkItem(body, merged);
			if (bad) return bad;
			const item = expenseItemRecord(merged);
			items.set(Number(item.id), item);
			return ok(item);
		}),
		route('PUT', '/projects/:pid/users/:uid/expense_items/:id', (req, { pid, uid, id }) => {
			const item = owned(uid, id);
			if (!item || !onProject(item, Number(pid))) return notFound();
			const invalid = checkBody(req.body, { allowed: WRITABLE, dates: ['date'] });
			if (invalid) return invalid;
			const body = req.body as Rec;
			const merged: Rec = { ...item, ...body };
			const bad = checkItem(body, merged);
			if (bad) return bad;
			Object.assign(item, merged, { updated_at: nextStamp(state) });
			return ok(item);
		}),
		route('DELETE', '/users/:uid/expense_items/:id', (_req, { uid, id }) => {
			const item = owned(uid, id);
			if (!item) return notFound();
			items.delete(Number(item.id));
			return deleted();
		}),
	];
};
