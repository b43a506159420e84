/**
 * Time entries (§5.17). Lists filter on the entry date (`from`/`to` must be yyyy-mm-dd), hide
 * suggestions unless `with_suggestions=true`, sort by created/updated and embed approval
 * records with `fields=approvals`. Writes go through the user routes: confirmed entries need
 * hours above 0, placeholders cannot log time, and an entry must belong to the user in the URL.
 */
import type { SandboxRequest, SandboxResponse } from '../server';
import { assignableOf, nextStamp, resourceOf } from './assignments';
import { collection, requestedFields } from './embeds';
import {
	badData,
	checkBody,
	checkQueryDates,
	deleted,
	newId,
	notFound,
	ok,
	page,
	route,
	stamp,
	type Rec,
	type RmRouteModule,
	type RmState,
} from './state';

/** Extra seeded entries (the 6,000 of state.ts are all confirmed, on projects, in February 2026). */
export const TIME_ENTRY_SEED = {
	/** Recorded absences: confirmed entries on leave types, in March and April 2026. */
	leave: [
		{
			id: 3_100_000_001,
			user_id: 501,
			assignable_id: 11,
			date: '2026-03-02',
			hours: 8,
			notes: 'Ski trip',
		},
		{
			id: 3_100_000_002,
			user_id: 501,
			assignable_id: 11,
			date: '2026-03-03',
			hours: 8,
			notes: null,
		},
		{
			id: 3_100_000_003,
			user_id: 502,
			assignable_id: 12,
			date: '2026-03-10',
			hours: 4,
			notes: 'Dentist',
		},
		{
			id: 3_100_000_004,
			user_id: 503,
			assignable_id: 13,
			date: '2026-04-06',
			hours: 8,
			notes: null,
		},
	],
	/** Suggestions (generated from assignments): only listed with with_suggestions=true. */
	suggestions: [
		{
			id: 3_200_000_001,
			user_id: 501,
			assignable_id: 1001,
			date: '2026-03-04',
			scheduled_hours: 4,
		},
		{ id: 3_200_000_002, user_id: 501, assignable_id: 11, date: '2026-03-05', scheduled_hours: 8 },
	],
};

const WRITABLE = [
	'assignable_id',
	'project_id',
	'leave_type_id',
	'date',
	'hours',
	'task',
	'notes',
	'bill_rate_id',
];

export function timeEntryRecord(state: RmState, fields: Rec): Rec {
	const assignable = assignableOf(state, fields.assignable_id);
	return {
		id: fields.id,
		user_id: fields.user_id,
		assignable_id: fields.assignable_id,
		assignable_type: assignable?.type ?? 'Project',
		date: fields.date,
		hours: fields.hours ?? null,
		scheduled_hours: fields.scheduled_hours ?? null,
		is_suggestion: fields.is_suggestion ?? false,
		task: fields.task ?? null,
		notes: fields.notes ?? null,
		bill_rate: assignable?.type === 'LeaveType' ? 0 : 100,
		bill_rate_id: fields.bill_rate_id ?? (assignable?.type === 'LeaveType' ? null : 1),
		...stamp(),
	};
}

/** Approval records of one entry. */
export function approvalsOf(state: RmState, entryId: unknown): Rec[] {
	return [...state.approvals.values()].filter(
		(a) => a.approvable_type === 'TimeEntry' && a.approvable_id === Number(entryId),
	);
}

export const timeEntryRoutes: RmRouteModule = (state) => {
	for (const entry of TIME_ENTRY_SEED.leave)
		state.timeEntries.set(entry.id, timeEntryRecord(state, entry));
	for (const entry of TIME_ENTRY_SEED.suggestions) {
		state.timeEntries.set(entry.id, timeEntryRecord(state, { ...entry, is_suggestion: true }));
	}

	const list = (req: SandboxRequest, records: Rec[]): SandboxResponse => {
		const badDate = checkQueryDates(req);
		if (badDate) return badDate;
		const q = req.query;
		let out = records;
		if (q.with_suggestions !== 'true') out = out.filter((e) => !e.is_suggestion);
		if (typeof q.from === 'string') out = out.filter((e) => String(e.date) >= q.from);
		if (typeof q.to === 'string') out = out.filter((e) => String(e.date) <= q.to);
		out = [...out].sort((a, b) => Number(a.id) - Number(b.id));
		if (q.sort_field !== undefined) {
			const key =
				q.sort_field === 'created'
					? 'created_at'
					: q.sort_field === 'updated'
						? 'updated_at'
						: undefined;
			if (!key) return badData(`invalid sort_field: ${String(q.sort_field)}`);
			if (
				q.sort_order !== undefined &&
				q.sort_order !== 'ascending' &&
				q.sort_order !== 'descending'
			) {
				return badData(`invalid sort_order: ${String(q.sort_order)}`);
			}
			out.sort(
				(a, b) => String(a[key]).localeCompare(String(b[key])) || Number(a.id) - Number(b.id),
			);
			if (q.sort_order === 'descending') out.reverse();
		}
		if (requestedFields(req).includes('approvals')) {
			out = out.map((e) => ({
				...e,
				approvals: collection(
					approvalsOf(state, e.id),
					`/api/v1/time_entries/${String(e.id)}/approvals`,
				),
			}));
		}
		return page(req, out);
	};
	const all = () => [...state.timeEntries.values()];

	/** Checks a create/update body against the entry it would produce; returns the error or undefined. */
	const checkEntry = (body: Rec, merged: Rec): SandboxResponse | undefined => {
		const assignableId = body.assignable_id ?? body.project_id ?? body.leave_type_id;
		if (assignableId !== undefined) {
			if (!assignableOf(state, assignableId)) return badData('invalid assignable_id');
			merged.assignable_id = Number(assignableId);
		}
		if (merged.assignable_id === undefined || merged.assignable_id === null)
			return badData("assignable can't be blank");
		if (merged.hours === undefined || merged.hours === null)
			return badData('Hours is required when is_suggestion is false');
		if (typeof merged.hours !== 'number' || !(merged.hours > 0))
			return badData('Hours must be greater than 0');
		for (const key of ['task', 'notes']) {
			if (merged[key] !== undefined && merged[key] !== null && String(merged[key]).length >= 256)
				return badData(`${key} is too long (maximum is 255 characters)`);
		}
		return undefined;
	};

	/** The entry `id` if it belongs to user `uid`. */
	const owned = (uid: string, id: string) => {
		const entry = state.timeEntries.get(Number(id));
		return entry && entry.user_id === Number(uid) ? entry : undefined;
	};

	return [
		route('GET', '/time_entries', (req) => list(req, all())),
		route('GET', '/time_entries/:id', (_req, { id }) => {
			const entry = state.timeEntries.get(Number(id));
			return entry ? ok(entry) : notFound();
		}),

		route('GET', '/users/:uid/time_entries', (req, { uid }) => {
			if (!resourceOf(state, uid)) return notFound();
			return list(
				req,
				all().filter((e) => e.user_id === Number(uid)),
			);
		}),
		route('GET', '/users/:uid/time_entries/:id', (_req, { uid, id }) => {
			const entry = owned(uid, id);
			return entry ? ok(entry) : notFound();
		}),
		route('POST', '/users/:uid/time_entries', (req, { uid }) => {
			const resource = resourceOf(state, uid);
			if (!resource) return notFound();
			if (resource.placeholder) return badData('Placeholders cannot have time entries');
			const invalid = checkBody(req.body, {
				allowed: [...WRITABLE, 'user_id', 'is_suggestion'],
				required: ['date'],
				dates: ['date'],
			});
			if (invalid) return invalid;
			const body = req.body as Rec;
			if (body.user_id !== undefined && Number(body.user_id) !== Number(uid))
				return badData('user_id does not match the URL');
			if (body.is_suggestion === true) return badData('suggested time entries cannot be created');
			const merged: Rec = {
				id: newId(state),
				user_id: Number(uid),
				date: body.date,
				hours: body.hours,
				task: body.task,
				notes: body.notes,
				bill_rate_id: body.bill_rate_id,
			};
			const bad = checkEntry(body, merged);
			if (bad) return bad;
			const entry = timeEntryRecord(state, merged);
			state.timeEntries.set(Number(entry.id), entry);
			return ok(entry);
		}),
		route('PUT', '/users/:uid/time_entries/:id', (req, { uid, id }) => {
			const entry = owned(uid, id);
			if (!entry) return notFound();
			if (entry.is_suggestion) return badData('suggested time entries cannot be changed');
			const invalid = checkBody(req.body, { allowed: WRITABLE, dates: ['date'] });
			if (invalid) return invalid;
			const body = req.body as Rec;
			const merged: Rec = { ...entry, ...body };
			delete merged.project_id;
			delete merged.leave_type_id;
			const bad = checkEntry(body, merged);
			if (bad) return bad;
			merged.assignable_type = assignableOf(state, merged.assignable_id)!.type;
			Object.assign(entry, merged, { updated_at: nextStamp(state) });
			return ok(entry);
		}),
		route('DELETE', '/users/:uid/time_entries/:id', (_req, { uid, id }) => {
			const entry = owned(uid, id);
			if (!entry) return notFound();
			state.timeEntries.delete(Number(entry.id));
			return deleted();
		}),

		route('GET', '/projects/:pid/time_entries', (req, { pid }) => {
			if (!state.projects.has(Number(pid))) return notFound();
			const onProject = (e: Rec) =>
				e.assignable_id === Number(pid) ||
				state.projects.get(Number(e.assignable_id))?.parent_id === Number(pid);
			return list(req, all().filter(onProject));
		}),
	];
};
