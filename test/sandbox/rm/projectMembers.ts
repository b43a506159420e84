/**
 * People on a project (§5.11) and project membership (§5.12).
 *
 * - GET /projects/{id}/users: the users with an assignment on the project (with
 *   `with_phases=true` also on its phases), as GET /users lists them (archived, placeholders,
 *   sort, `fields`); GET /projects/{id}/placeholder_resources: the placeholders assigned there.
 * - Membership: a project's users with an access level (viewer, reporter, scheduler, editor).
 *   Lists (`?membership=`, default `member` = any level; a named level matches exactly) answer
 *   the documented small tuples `{id, uid, name}`. PUT upserts `relationships: [[user_id,
 *   level], …]`, POST replaces the whole list, DELETE removes `user_ids`. Their answers are
 *   undocumented: PUT/POST answer `{data: [the project's members]}` and DELETE an empty body, as
 *   other deletes do; the node does not read either. Unknown users, unknown levels (also
 *   `member`, a read filter only), a malformed list and unknown keys are "bad data". Removing a
 *   user who is no member is accepted (nothing to do).
 */
import type { SandboxRequest } from '../server';
import { belongsToProject } from './assignments';
import { userList } from './users';
import {
	badData,
	checkBody,
	deleted,
	notFound,
	ok,
	page,
	route,
	type Rec,
	type RmRouteModule,
	type RmState,
} from './state';

export const MEMBERSHIP_LEVELS = ['viewer', 'reporter', 'scheduler', 'editor'];

/** Seeded members: project 1001 has five, project 1002 one (user 501, who is on both). */
export const PROJECT_MEMBER_SEED: Record<number, Array<[number, string]>> = {
	1001: [
		[501, 'editor'],
		[502, 'viewer'],
		[503, 'scheduler'],
		[504, 'reporter'],
		[505, 'viewer'],
	],
	1002: [[501, 'viewer']],
};

const stores = new WeakMap<RmState, Map<number, Map<number, string>>>();

/** Project id → (user id → level), seeded on first use. */
export function membershipsOf(state: RmState): Map<number, Map<number, string>> {
	let store = stores.get(state);
	if (!store) {
		store = new Map();
		stores.set(state, store);
		for (const [project, members] of Object.entries(PROJECT_MEMBER_SEED))
			store.set(Number(project), new Map(members));
	}
	return store;
}

/** The `membership` filter of a list: undefined for any level, a level, or a "bad data" answer. */
function levelFilter(req: SandboxRequest) {
	const level = req.query.membership;
	if (level === undefined || level === 'member') return { level: undefined };
	if (typeof level !== 'string' || !MEMBERSHIP_LEVELS.includes(level)) {
		return { invalid: badData(`invalid membership level: ${String(level)}`) };
	}
	return { level };
}

export const projectMemberRoutes: RmRouteModule = (state) => {
	const store = membershipsOf(state);
	const membersOf = (projectId: number) => {
		if (!store.has(projectId)) store.set(projectId, new Map());
		return store.get(projectId)!;
	};
	const userTuple = (id: number): Rec => {
		const user = state.users.get(id)!;
		return { id, uid: `User-${id}`, name: String(user.display_name) };
	};
	const memberList = (projectId: number) => ({
		data: [...membersOf(projectId).keys()].sort((a, b) => a - b).map(userTuple),
	});

	/** A `relationships` body: [[user id, level], …] with known users and writable levels. */
	const readRelationships = (body: unknown) => {
		const invalid = checkBody(body, { allowed: ['relationships'], required: ['relationships'] });
		if (invalid) return { invalid };
		const list = (body as Rec).relationships;
		if (!Array.isArray(list) || !list.length)
			return { invalid: badData('relationships must be a list of [user_id, membership] pairs') };
		const pairs: Array<[number, string]> = [];
		for (const pair of list) {
			if (
				!Array.isArray(pair) ||
				pair.length !== 2 ||
				!Number.isInteger(pair[0]) ||
				typeof pair[1] !== 'string'
			) {
				return { invalid: badData(`invalid relationship: ${JSON.stringify(pair)}`) };
			}
			const [userId, level] = pair as [number, string];
			if (!state.users.has(userId)) return { invalid: badData(`invalid user_id: ${userId}`) };
			if (!MEMBERSHIP_LEVELS.includes(level))
				return { invalid: badData(`invalid membership level: ${level}`) };
			pairs.push([userId, level]);
		}
		return { pairs };
	};

	return [
		route('GET', '/projects/:id/users', (req, { id }) => {
			const projectId = Number(id);
			if (!state.projects.has(projectId)) return notFound();
			const withPhases = req.query.with_phases === 'true';
			const ids = new Set<number>();
			for (const assignment of state.assignments.values()) {
				const onProject = withPhases
					? belongsToProject(state, assignment, projectId)
					: Number(assignment.assignable_id) === projectId;
				if (onProject) ids.add(Number(assignment.user_id));
			}
			const users = [...state.users.values()].filter((u) => ids.has(Number(u.id)));
			const placeholders = [...state.placeholders.values()].filter((p) => ids.has(Number(p.id)));
			return userList(state, req, users, placeholders);
		}),

		route('GET', '/projects/:id/placeholder_resources', (req, { id }) => {
			const projectId = Number(id);
			if (!state.projects.has(projectId)) return notFound();
			const ids = new Set(
				[...state.assignments.values()]
					.filter((a) => belongsToProject(state, a, projectId))
					.map((a) => Number(a.user_id)),
			);
			return page(
				req,
				[...state.placeholders.values()].filter((p) => ids.has(Number(p.id))),
			);
		}),

		route('GET', '/projects/:id/project_members', (req, { id }) => {
			const projectId = Number(id);
			if (!state.projects.has(projectId)) return notFound();
			const { level, invalid } = levelFilter(req);
			if (invalid) return invalid;
			const members = [...membersOf(projectId)]
				.filter(([, l]) => !level || l === level)
				.map(([userId]) => userId);
			return page(req, members.sort((a, b) => a - b).map(userTuple));
		}),

		route('PUT', '/projects/:id/project_members', (req, { id }) => {
			const projectId = Number(id);
			if (!state.projects.has(projectId)) return notFound();
			const { pairs, invalid } = readRelationships(req.body);
			if (invalid) return invalid;
			const members = membersOf(projectId);
			for (const [userId, level] of pairs) members.set(userId, level);
			return ok(memberList(projectId));
		}),

		route('POST', '/projects/:id/project_members', (req, { id }) => {
			const projectId = Number(id);
			if (!state.projects.has(projectId)) return notFound();
			const { pairs, invalid } = readRelationships(req.body);
			if (invalid) return invalid;
			store.set(projectId, new Map(pairs));
			return ok(memberList(projectId));
		}),

		route('DELETE', '/projects/:id/project_members', (req, { id }) => {
			const projectId = Number(id);
			if (!state.projects.has(projectId)) return notFound();
			const invalid = checkBody(req.body, { allowed: ['user_ids'], required: ['user_ids'] });
			if (invalid) return invalid;
			const ids = (req.body as Rec).user_ids;
			if (!Array.isArray(ids) || !ids.length || ids.some((userId) => !Number.isInteger(userId))) {
				return badData('user_ids must be a list of user ids');
			}
			const members = membersOf(projectId);
			for (const userId of ids as number[]) members.delete(userId);
			return deleted();
		}),

		route('GET', '/users/:id/project_memberships', (req, { id }) => {
			const userId = Number(id);
			if (!state.users.has(userId)) return notFound();
			const { level, invalid } = levelFilter(req);
			if (invalid) return invalid;
			const projects = [...store]
				.filter(([, members]) => members.has(userId) && (!level || members.get(userId) === level))
				.map(([projectId]) => projectId)
				.sort((a, b) => a - b)
				.map((projectId) => ({
					id: projectId,
					uid: `Project-${projectId}`,
					name: String(state.projects.get(projectId)?.name ?? ''),
				}));
			return page(req, projects);
		}),
	];
};
