/**
 * Assignments (§5.14): scheduled work or leave of a user or placeholder on a project, phase or
 * leave type. Lists filter by from/to (ends on/after, starts on/before), hide phase assignments
 * unless `with_phases=true` and embed `subtask_counts` with `fields=subtasks_counts`. Creates
 * answer the bare object, or `{data: [...]}` when subtasks are created along (as documented).
 * Deletes exist only on the nested routes (DELETE /assignments/{id} is not documented).
 */
import type { SandboxRequest, SandboxResponse } from '../server';
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
	RM_SEED,
	route,
	stamp,
	type Rec,
	type RmRouteModule,
	type RmState,
} from './state';

/** Seeded assignments; tests read the expected values from here. */
export const ASSIGNMENT_SEED = {
	firstId: 700_001,
	/** Enough to need two pages of 1,000. */
	count: 1_250,
	/** Every `leaveEvery`-th seeded assignment is on a leave type (a planned absence). */
	leaveEvery: 10,
	/**
	 * Every `phaseEvery`-th (not on leave) is on the first phase of a project from the 301st on,
	 * so other resources' tests (which use the first projects' phases) see no assignments there.
	 * Placeholders get none in the seed for the same reason.
	 */
	phaseEvery: 7,
	/** The first seeded assignment has these subtasks. */
	subtasks: [
		{ description: 'Kick-off', completed: true },
		{ description: 'Wireframes', completed: false },
		{ description: 'Review', completed: false },
	],
	firstSubtaskId: 800_001,
};

/** The n-th seeded assignment (0-based) as the seed builds it. */
export function seededAssignment(i: number): Rec {
	const id = ASSIGNMENT_SEED.firstId + i;
	const onLeave = i % ASSIGNMENT_SEED.leaveEvery === ASSIGNMENT_SEED.leaveEvery - 1;
	// Work cycles through the months one by one, leave one block of ten at a time.
	const month = 1 + ((onLeave ? Math.floor(i / ASSIGNMENT_SEED.leaveEvery) : i) % 12);
	const mm = String(month).padStart(2, '0');
	const project = RM_SEED.firstProjectId + (i % 50);
	const onPhase = !onLeave && i % ASSIGNMENT_SEED.phaseEvery === ASSIGNMENT_SEED.phaseEvery - 1;
	const assignable = onLeave
		? RM_SEED.leaveTypeIds[Math.floor(i / ASSIGNMENT_SEED.leaveEvery) % RM_SEED.leaveTypeIds.length]
		: onPhase
			? 100_000 + (project + 300) * 10
			: project;
	return {
		id,
		user_id: RM_SEED.firstUserId + (i % 17),
		assignable_id: assignable,
		starts_at: `2026-${mm}-02`,
		ends_at: `2026-${mm}-${onLeave ? '06' : '20'}`,
		allocation_mode: 'percent',
		percent: onLeave ? 1 : 0.5,
		bill_rate: onLeave ? 0 : 100,
		bill_rate_id: onLeave ? null : 1,
		repetition_id: null,
		all_day_assignment: onLeave,
		resource_request_id: null,
		status: null,
		status_option_id: null,
		description: onLeave ? null : `Work item ${id}`,
		note: null,
		...stamp(),
	};
}

/** Strictly increasing timestamps per sandbox, so every change gets a new `updated_at`. */
const clocks = new WeakMap<RmState, number>();
export function nextStamp(state: RmState): string {
	const tick = (clocks.get(state) ?? 0) + 1;
	clocks.set(state, tick);
	return new Date(Date.UTC(2026, 0, 6, 9, 0, 0) + tick * 1000)
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z');
}

/** What an `assignable_id` points at: a project, a phase or a leave type. */
export function assignableOf(
	state: RmState,
	id: unknown,
): { type: 'Project' | 'LeaveType'; record: Rec } | undefined {
	const key = Number(id);
	const leave = state.leaveTypes.get(key);
	if (leave) return { type: 'LeaveType', record: leave };
	const project = state.projects.get(key);
	return project ? { type: 'Project', record: project } : undefined;
}

/** A user or a placeholder (placeholder ids are used as user ids on assignments). */
export function resourceOf(
	state: RmState,
	id: unknown,
): { placeholder: boolean; record: Rec } | undefined {
	const key = Number(id);
	const user = state.users.get(key);
	if (user) return { placeholder: false, record: user };
	const placeholder = state.placeholders.get(key);
	return placeholder ? { placeholder: true, record: placeholder } : undefined;
}

/** True when the assignment is on the project itself or on one of its phases. */
export function belongsToProject(state: RmState, assignment: Rec, projectId: number): boolean {
	if (Number(assignment.assignable_id) === projectId) return true;
	const assignable = state.projects.get(Number(assignment.assignable_id));
	return Boolean(assignable && assignable.parent_id === projectId);
}

const isPhase = (state: RmState, assignment: Rec) =>
	Boolean(state.projects.get(Number(assignment.assignable_id))?.parent_id);

const ALLOCATION_KEYS = ['percent', 'hours_per_day', 'fixed_hours'];
const MODES: Record<string, string> = {
	percent: 'percent',
	hours_per_day: 'hours_per_day',
	fixed: 'fixed_hours',
};
const WRITABLE = [
	'starts_at',
	'ends_at',
	'allocation_mode',
	...ALLOCATION_KEYS,
	'status_option_id',
	'description',
	'note',
];
const CREATE_ONLY = [
	'user_id',
	'assignable_id',
	'project_id',
	'leave_id',
	'leave_type_id',
	'subtasks',
	'bill_rate_id',
];

/** Checks the allocation of a merged record; returns the error or undefined. */
function checkAllocation(record: Rec, body: Rec): string | undefined {
	const mode = String(record.allocation_mode ?? 'percent');
	const key = MODES[mode];
	if (!key) return `invalid allocation_mode: ${mode}`;
	for (const other of ALLOCATION_KEYS) {
		if (other !== key && body[other] !== undefined)
			return `${other} can only be set with allocation_mode ${other === 'fixed_hours' ? 'fixed' : other}`;
	}
	const value = record[key];
	if (value === undefined || value === null) return `${key.replace(/_/g, ' ')} can't be blank`;
	if (typeof value !== 'number' || !(value > 0)) return `${key} must be a number greater than 0`;
	return undefined;
}

/** Keeps only the allocation value of the current mode. */
function tidyAllocation(record: Rec): void {
	const key = MODES[String(record.allocation_mode)];
	for (const other of ALLOCATION_KEYS) if (other !== key) delete record[other];
}

function subtaskCounts(state: RmState, assignmentId: number) {
	const tasks = [...state.subtasks.values()].filter((s) => s.assignment_id === assignmentId);
	return { completed: tasks.filter((s) => s.completed).length, total: tasks.length };
}

export function subtaskRecord(
	state: RmState,
	assignment: Rec,
	fields: { description: string; completed: boolean },
	id = newId(state),
): Rec {
	return {
		id,
		assignment_id: assignment.id,
		assignable_id: assignment.assignable_id,
		description: fields.description,
		completed: fields.completed,
		updated_by: RM_SEED.firstUserId,
		...stamp(),
	};
}

export const assignmentRoutes: RmRouteModule = (state) => {
	for (let i = 0; i < ASSIGNMENT_SEED.count; i++) {
		const assignment = seededAssignment(i);
		state.assignments.set(Number(assignment.id), assignment);
	}
	const first = state.assignments.get(ASSIGNMENT_SEED.firstId)!;
	ASSIGNMENT_SEED.subtasks.forEach((task, i) => {
		const id = ASSIGNMENT_SEED.firstSubtaskId + i;
		state.subtasks.set(id, subtaskRecord(state, first, task, id));
	});

	/** A list answer: filters of §5.14, then one page. */
	const list = (req: SandboxRequest, records: Rec[]): SandboxResponse => {
		const badDate = checkQueryDates(req);
		if (badDate) return badDate;
		const q = req.query;
		let out = records;
		if (q.with_phases !== 'true') out = out.filter((a) => !isPhase(state, a));
		if (typeof q.from === 'string') out = out.filter((a) => String(a.ends_at) >= q.from);
		if (typeof q.to === 'string') out = out.filter((a) => String(a.starts_at) <= q.to);
		out = [...out].sort((a, b) => Number(a.id) - Number(b.id));
		if (requestedFields(req).includes('subtasks_counts'))
			out = out.map((a) => ({ ...a, subtask_counts: subtaskCounts(state, Number(a.id)) }));
		return page(req, out);
	};
	const all = () => [...state.assignments.values()];

	/** Create on any route; `owner` is the user or placeholder of a nested route. */
	const create = (req: SandboxRequest, owner?: number): SandboxResponse => {
		const invalid = checkBody(req.body, {
			allowed: [...WRITABLE, ...CREATE_ONLY],
			required: ['starts_at', 'ends_at'],
			dates: ['starts_at', 'ends_at'],
		});
		if (invalid) return invalid;
		const body = req.body as Rec;
		const assignableId =
			body.assignable_id ?? body.project_id ?? body.leave_id ?? body.leave_type_id;
		if (assignableId === undefined || assignableId === null)
			return badData("assignable can't be blank");
		if (!assignableOf(state, assignableId)) return badData('invalid assignable_id');
		if (owner !== undefined && body.user_id !== undefined && Number(body.user_id) !== owner)
			return badData('user_id does not match the URL');
		const userId = owner ?? (body.user_id === undefined ? null : body.user_id);
		if (userId !== null && !resourceOf(state, userId)) return badData('invalid user_id');
		if (String(body.ends_at) < String(body.starts_at))
			return badData('Ends at must not be before starts at');
		if (body.status_option_id !== undefined && body.status_option_id !== null) {
			const option = state.statusOptions.get(Number(body.status_option_id));
			if (!option || option.deleted) return badData('invalid status_option_id');
		}
		const subtasks = body.subtasks;
		if (subtasks !== undefined) {
			if (!Array.isArray(subtasks)) return badData('subtasks must be a list');
			for (const task of subtasks as Rec[]) {
				const bad = checkBody(task, {
					allowed: ['description', 'completed'],
					required: ['description'],
				});
				if (bad) return bad;
				if (task.completed !== undefined && typeof task.completed !== 'boolean')
					return badData('completed must be true or false');
			}
		}
		const id = newId(state);
		const record: Rec = {
			id,
			user_id: userId === null ? null : Number(userId),
			assignable_id: Number(assignableId),
			starts_at: body.starts_at,
			ends_at: body.ends_at,
			allocation_mode: body.allocation_mode ?? 'percent',
			percent: body.percent ?? ((body.allocation_mode ?? 'percent') === 'percent' ? 1 : undefined),
			hours_per_day: body.hours_per_day,
			fixed_hours: body.fixed_hours,
			bill_rate: null,
			bill_rate_id: body.bill_rate_id ?? null,
			repetition_id: null,
			all_day_assignment: false,
			resource_request_id: null,
			status: null,
			status_option_id: body.status_option_id ?? null,
			description: body.description ?? null,
			note: body.note ?? null,
			...stamp(),
		};
		const badAllocation = checkAllocation(record, body);
		if (badAllocation) return badData(badAllocation);
		tidyAllocation(record);
		state.assignments.set(id, record);
		if (!Array.isArray(subtasks)) return ok(record);
		const created = (subtasks as Rec[]).map((task) => {
			const subtask = subtaskRecord(state, record, {
				description: String(task.description),
				completed: task.completed === true,
			});
			state.subtasks.set(Number(subtask.id), subtask);
			return subtask;
		});
		return ok({
			data: [{ ...record, subtasks: collection(created, `/api/v1/assignments/${id}/subtasks`) }],
		});
	};

	const update = (req: SandboxRequest, assignment: Rec | undefined): SandboxResponse => {
		if (!assignment) return notFound();
		const invalid = checkBody(req.body, { allowed: WRITABLE, dates: ['starts_at', 'ends_at'] });
		if (invalid) return invalid;
		const body = req.body as Rec;
		const merged: Rec = { ...assignment, ...body };
		if (body.allocation_mode !== undefined && body.allocation_mode !== assignment.allocation_mode) {
			// Switching the mode needs the new mode's value (percent defaults to 100 %).
			for (const key of ALLOCATION_KEYS) if (body[key] === undefined) delete merged[key];
			if (body.allocation_mode === 'percent' && merged.percent === undefined) merged.percent = 1;
		}
		if (String(merged.ends_at) < String(merged.starts_at))
			return badData('Ends at must not be before starts at');
		const badAllocation = checkAllocation(merged, body);
		if (badAllocation) return badData(badAllocation);
		if (body.status_option_id !== undefined && body.status_option_id !== null) {
			const option = state.statusOptions.get(Number(body.status_option_id));
			if (!option || option.deleted) return badData('invalid status_option_id');
		}
		tidyAllocation(merged);
		for (const key of Object.keys(assignment)) delete assignment[key];
		Object.assign(assignment, merged, { updated_at: nextStamp(state) });
		return ok(assignment);
	};

	/** The assignment `id` if it belongs to the user or placeholder `owner`. */
	const owned = (owner: string, id: string) => {
		const assignment = state.assignments.get(Number(id));
		return assignment && assignment.user_id === Number(owner) ? assignment : undefined;
	};
	const remove = (assignment: Rec | undefined): SandboxResponse => {
		if (!assignment) return notFound();
		state.assignments.delete(Number(assignment.id));
		for (const [id, subtask] of state.subtasks)
			if (subtask.assignment_id === assignment.id) state.subtasks.delete(id);
		return deleted();
	};

	return [
		route('GET', '/assignments', (req) => list(req, all())),
		route('GET', '/assignments/:id', (_req, { id }) => {
			const assignment = state.assignments.get(Number(id));
			return assignment ? ok(assignment) : notFound();
		}),
		route('POST', '/assignments', (req) => create(req)),
		route('PUT', '/assignments/:id', (req, { id }) =>
			update(req, state.assignments.get(Number(id))),
		),

		route('GET', '/users/:uid/assignments', (req, { uid }) => {
			if (!state.users.has(Number(uid))) return notFound();
			return list(
				req,
				all().filter((a) => a.user_id === Number(uid)),
			);
		}),
		route('POST', '/users/:uid/assignments', (req, { uid }) =>
			state.users.has(Number(uid)) ? create(req, Number(uid)) : notFound(),
		),
		route('GET', '/users/:uid/assignments/:id', (_req, { uid, id }) => {
			const assignment = owned(uid, id);
			return assignment ? ok(assignment) : notFound();
		}),
		route('PUT', '/users/:uid/assignments/:id', (req, { uid, id }) => update(req, owned(uid, id))),
		route('DELETE', '/users/:uid/assignments/:id', (_req, { uid, id }) => remove(owned(uid, id))),

		route('GET', '/placeholder_resources/:pid/assignments', (req, { pid }) => {
			if (!state.placeholders.has(Number(pid))) return notFound();
			return list(
				req,
				all().filter((a) => a.user_id === Number(pid)),
			);
		}),
		route('DELETE', '/placeholder_resources/:pid/assignments/:id', (_req, { pid, id }) =>
			state.placeholders.has(Number(pid)) ? remove(owned(pid, id)) : notFound(),
		),

		route('GET', '/projects/:pid/assignments', (req, { pid }) => {
			const project = state.projects.get(Number(pid));
			if (!project) return notFound();
			return list(
				req,
				all().filter((a) => belongsToProject(state, a, Number(pid))),
			);
		}),
	];
};
