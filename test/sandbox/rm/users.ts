/**
 * Users: no DELETE (archive with PUT `archived`), `archived` rejected on create, the account
 * owner cannot be archived, Resourcing Administrator (user_type_id 1) cannot be granted.
 * The credential test reads GET /users?per_page=1.
 */
import type { SandboxRequest, SandboxResponse } from '../server';
import { userAvailabilities } from './availabilities';
import { customFieldValuesOf, linkedTags, withEmbeds } from './embeds';
import {
	badData,
	checkBody,
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

const WRITABLE = [
	'first_name',
	'last_name',
	'email',
	'user_type_id',
	'billable',
	'hire_date',
	'termination_date',
	'mobile_phone',
	'office_phone',
	'employee_number',
	'role',
	'discipline',
	'location',
	'license_type',
	'approver_user_ids',
];
const DATES = ['hire_date', 'termination_date'];
const USER_TYPES = [0, 1, 2, 3, 4, 5, 7, 8];
const LICENSES = ['licensed', 'managed_resource'];
const SORT_FIELDS: Record<string, string> = {
	created: 'created_at',
	updated: 'updated_at',
	first_name: 'first_name',
	last_name: 'last_name',
	hire_date: 'hire_date',
	termination_date: 'termination_date',
};

/** The embeddable collections of a user (`fields=`). */
function withFields(state: RmState, user: Rec, req: SandboxRequest): Rec {
	return withEmbeds(user, req, `/api/v1/users/${String(user.id)}`, {
		tags: () => linkedTags(state, 'user', user.id),
		custom_field_values: () => customFieldValuesOf(state, 'user_id', user.id),
		// All of them, phase assignments too: their next page asks the nested list for the same.
		assignments: {
			path: 'assignments',
			query: 'with_phases=true',
			data: () => [...state.assignments.values()].filter((a) => a.user_id === user.id),
		},
		availabilities: () => userAvailabilities(state, Number(user.id)),
		approvers: () =>
			((user.approver_user_ids as number[] | undefined) ?? [])
				.map((id) => state.users.get(id))
				.filter((u): u is Rec => Boolean(u)),
	});
}

/** Rules both create and update apply to the fields sent. */
function checkValues(body: Rec) {
	if (body.user_type_id !== undefined) {
		if (body.user_type_id === 1)
			return badData('user_type_id cannot be set to Resourcing Administrator through the API');
		if (!USER_TYPES.includes(body.user_type_id as number))
			return badData(`invalid user_type_id: ${String(body.user_type_id)}`);
	}
	if (body.license_type !== undefined && !LICENSES.includes(String(body.license_type))) {
		return badData(`invalid license_type: ${String(body.license_type)}`);
	}
	if (
		body.hire_date &&
		body.termination_date &&
		String(body.termination_date) < String(body.hire_date)
	) {
		return badData('Termination date must be after hire date');
	}
	return undefined;
}

/**
 * A list of users as GET /users answers it (also GET /projects/{id}/users): archived users only
 * with `with_archived=true`, the placeholders only with `include_placeholders=true`, sorted by
 * `sort_field`, with the `fields` embeds.
 */
export function userList(
	state: RmState,
	req: SandboxRequest,
	users: Rec[],
	placeholders: Rec[],
): SandboxResponse {
	const q = req.query;
	let list: Rec[] = users;
	if (q.with_archived !== 'true') list = list.filter((u) => !u.archived);
	if (q.include_placeholders === 'true') list = [...list, ...placeholders];
	if (q.sort_field !== undefined) {
		const key = SORT_FIELDS[String(q.sort_field)];
		if (!key) return badData(`invalid sort_field: ${String(q.sort_field)}`);
		list = [...list].sort(
			(a, b) =>
				String(a[key] ?? '').localeCompare(String(b[key] ?? '')) || Number(a.id) - Number(b.id),
		);
		if (q.sort_order === 'descending') list.reverse();
	}
	return page(
		req,
		list.map((u) => withFields(state, u, req)),
	);
}

export const userRoutes: RmRouteModule = (state) => [
	route('GET', '/users', (req) =>
		userList(state, req, [...state.users.values()], [...state.placeholders.values()]),
	),

	route('GET', '/users/:id', (req, { id }) => {
		const user = state.users.get(Number(id));
		return user ? ok(withFields(state, user, req)) : notFound();
	}),

	route('POST', '/users', (req) => {
		const invalid = checkBody(req.body, {
			allowed: WRITABLE,
			required: ['first_name', 'last_name'],
			dates: DATES,
			readOnly: ['archived'],
		});
		if (invalid) return invalid;
		const body = req.body as Rec;
		const bad = checkValues(body);
		if (bad) return bad;
		const id = newId(state);
		const user: Rec = {
			id,
			email: null,
			user_type_id: 3,
			billable: true,
			hire_date: null,
			termination_date: null,
			mobile_phone: null,
			office_phone: null,
			archived: false,
			archived_at: null,
			deleted: false,
			deleted_at: null,
			account_owner: false,
			invitation_pending: Boolean(body.email),
			user_settings: 0,
			guid: `user-${id}`,
			employee_number: null,
			role: null,
			discipline: null,
			location: null,
			type: 'User',
			license_type: 'licensed',
			billability_target: 100,
			billrate: -1,
			has_login: body.license_type !== 'managed_resource',
			login_type: 'default',
			thumbnail: '',
			approver_user_ids: [],
			approvee_user_ids: [],
			last_login_time: null,
			...stamp(),
			...body,
			display_name: `${String(body.first_name)} ${String(body.last_name)}`,
		};
		state.users.set(id, user);
		return ok(user);
	}),

	route('PUT', '/users/:id', (req, { id }) => {
		const user = state.users.get(Number(id));
		if (!user) return notFound();
		const invalid = checkBody(req.body, { allowed: [...WRITABLE, 'archived'], dates: DATES });
		if (invalid) return invalid;
		const body = req.body as Rec;
		const bad = checkValues({
			hire_date: user.hire_date,
			termination_date: user.termination_date,
			...body,
		});
		if (bad) return bad;
		for (const key of ['first_name', 'last_name']) {
			if (key in body && !String(body[key] ?? '').trim())
				return badData(`${key.replace('_', ' ')} can't be blank`);
		}
		if (body.archived === true && user.account_owner)
			return badData('The account owner cannot be archived');
		Object.assign(user, body, { updated_at: stamp().updated_at });
		user.display_name = `${String(user.first_name)} ${String(user.last_name)}`;
		if (body.archived !== undefined) user.archived_at = body.archived ? stamp().updated_at : null;
		return ok(user);
	}),
];
