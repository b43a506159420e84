/**
 * Approvals (§5.19) of time entries and expense items. POST /approvals submits (`pending`) or
 * approves a batch of `{id, type, updated_at}`; an item is processed only if its updated_at
 * equals the record's current value and its state allows it. (The node only submits: RM's docs
 * say API callers cannot approve. The sandbox still approves, for other callers and old flows.) Skipped items are simply missing from the answer
 * (status 200, `{data, paging}` of the approvals created or changed) — the spec says mismatching
 * items "are not approved" without naming a shape, so the sandbox picks the quietest one.
 * Withdraw (DELETE) works only while pending.
 */
import { nextStamp } from './assignments';
import { collection, requestedFields } from './embeds';
import { expenseApprovalsOf, expenseItemsOf } from './expenseItems';
import { approvalsOf } from './timeEntries';
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
	type Rec,
	type RmRouteModule,
} from './state';

const STATUSES = ['pending', 'approved'];

/** Marks a request as made by a person in RM's app (who may approve), not by an API token. */
export const APP_USER_HEADER = 'x-sandbox-app-user';
const TYPES = ['TimeEntry', 'ExpenseItem'];

/** Whom the org token acts as (undocumented): the account owner. */
const TOKEN_USER = RM_SEED.firstUserId;

export const approvalRoutes: RmRouteModule = (state) => {
	/** The time entry or expense item an approvable points at. */
	const recordOf = (type: unknown, id: unknown): Rec | undefined =>
		type === 'TimeEntry'
			? state.timeEntries.get(Number(id))
			: type === 'ExpenseItem'
				? expenseItemsOf(state).get(Number(id))
				: undefined;
	const approvalsOfRecord = (type: unknown, id: unknown): Rec[] =>
		type === 'TimeEntry' ? approvalsOf(state, id) : expenseApprovalsOf(state, id);

	const withApprovables = (approval: Rec, fields: string[]): Rec => {
		if (!fields.includes('approvables')) return approval;
		const record = recordOf(approval.approvable_type, approval.approvable_id);
		return {
			...approval,
			approvables: collection(
				record ? [record] : [],
				`/api/v1/approvals/${String(approval.id)}/approvables`,
			),
		};
	};

	return [
		route('GET', '/approvals', (req) => {
			const fields = requestedFields(req);
			const list = [...state.approvals.values()].sort((a, b) => Number(a.id) - Number(b.id));
			return page(
				req,
				list.map((a) => withApprovables(a, fields)),
			);
		}),
		route('GET', '/approvals/:id', (req, { id }) => {
			const approval = state.approvals.get(Number(id));
			return approval ? ok(withApprovables(approval, requestedFields(req))) : notFound();
		}),
		route('POST', '/approvals', (req) => {
			const invalid = checkBody(req.body, {
				allowed: ['status', 'approvables'],
				required: ['status', 'approvables'],
			});
			if (invalid) return invalid;
			const body = req.body as Rec;
			if (!STATUSES.includes(String(body.status)))
				return badData(`invalid status: ${String(body.status)}`);
			// "API users can only submit time and expenses, but not approve" (§5.19 [DOC]); an account's
			// only administrator got 403 {"message":"forbidden"} (10Kft/10kft-api#10). Approving is for
			// people in the app: tests stand in for them with the header below.
			if (body.status === 'approved' && req.headers[APP_USER_HEADER] !== 'true')
				return { status: 403, body: { message: 'forbidden' } };
			if (!Array.isArray(body.approvables) || body.approvables.length === 0)
				return badData("approvables can't be blank");
			for (const item of body.approvables as Rec[]) {
				const bad = checkBody(item, {
					allowed: ['id', 'type', 'updated_at'],
					required: ['id', 'type', 'updated_at'],
				});
				if (bad) return bad;
				if (!TYPES.includes(String(item.type)))
					return badData(`invalid approvable type: ${String(item.type)}`);
			}
			const now = nextStamp(state);
			const changed: Rec[] = [];
			for (const item of body.approvables as Rec[]) {
				const entry = recordOf(item.type, item.id);
				if (!entry || entry.is_suggestion || entry.updated_at !== item.updated_at) continue;
				const current = approvalsOfRecord(item.type, entry.id)[0];
				if (body.status === 'pending') {
					if (current) continue;
					const approval: Rec = {
						id: newId(state),
						status: 'pending',
						approvable_id: entry.id,
						approvable_type: item.type,
						submitted_by: TOKEN_USER,
						submitted_at: now,
						approved_by: null,
						approved_at: null,
						created_at: now,
						updated_at: now,
					};
					state.approvals.set(Number(approval.id), approval);
					changed.push(approval);
				} else {
					if (current?.status === 'approved') continue;
					const approval: Rec = current ?? {
						id: newId(state),
						approvable_id: entry.id,
						approvable_type: item.type,
						submitted_by: TOKEN_USER,
						submitted_at: now,
						created_at: now,
					};
					Object.assign(approval, {
						status: 'approved',
						approved_by: TOKEN_USER,
						approved_at: now,
						updated_at: now,
					});
					state.approvals.set(Number(approval.id), approval);
					changed.push(approval);
				}
			}
			return ok({
				data: changed,
				paging: {
					self: '/api/v1/approvals',
					next: null,
					previous: null,
					page: 1,
					per_page: changed.length,
				},
			});
		}),
		route('DELETE', '/approvals/:id', (_req, { id }) => {
			const approval = state.approvals.get(Number(id));
			if (!approval) return notFound();
			if (approval.status !== 'pending') return badData('only pending approvals can be withdrawn');
			state.approvals.delete(Number(id));
			return deleted();
		}),
	];
};
