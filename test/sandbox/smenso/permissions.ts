/**
 * Access and privacy of projects and tasks (paths and bodies per smenso's node, smenso.md §5.11).
 * Kept in `state.permissions` under `project:<id>` / `task:<id>` as
 * `{ access: { users, teams }, privacy: { users, teams } }` with member and team GUIDs; GET answers
 * that object (its shape is undocumented: README "What the sandbox assumes").
 * POST bodies are `{ add: { users, teams }, remove: { users, teams } }` with comma-separated text
 * (as smenso's node sends them; an array is rejected, since that is our reading). Users are
 * member GUIDs or e-mails, teams team GUIDs or names; an unknown one fails the item.
 */
import type { SandboxRequest, SandboxResponse } from '../server';
import { read, write, type RouteModule } from './routes';
import { findMember, unknownQuery } from './settings';
import {
	accept,
	guid,
	itemResult,
	notFound,
	validation,
	type Rec,
	type SmensoState,
} from './state';

type Target = 'project' | 'task';
type Part = 'access' | 'privacy';
interface Lists {
	users: string[];
	teams: string[];
}

const READ_QUERY = ['lang', 'timezone'];
const CHANGES = ['add', 'remove'] as const;
const WHO = ['users', 'teams'] as const;

export const PERMISSION_SEED = {
	/** Access limited to Grace Hopper and team Design; private to Alan Turing. */
	projectId: guid('project-1'),
	/** Task Design: access limited to Grace Hopper. */
	taskId: guid('task-0'),
	/** Wireframes, subtask of Design: access limited to Edsger Dijkstra and team Engineering; private to Ada Lovelace. */
	subtaskId: guid('task-0-sub-0'),
};

const empty = (): Lists => ({ users: [], teams: [] });

function settingsOf(state: SmensoState, target: Target, id: string): Record<Part, Lists> {
	const key = `${target}:${id}`;
	let entry = state.permissions.get(key) as Record<Part, Lists> | undefined;
	if (!entry) {
		entry = { access: empty(), privacy: empty() };
		state.permissions.set(key, entry as unknown as Rec);
	}
	return entry;
}

function exists(state: SmensoState, target: Target, id: string): boolean {
	return target === 'task' ? state.tasks.has(id) : state.projects.has(id);
}

function seed(state: SmensoState): void {
	const member = (i: number) => String(state.members[i].id);
	const team = (name: string) => String(state.teams.find((t) => t.name === name)!.id);
	const project = settingsOf(state, 'project', PERMISSION_SEED.projectId);
	project.access = { users: [member(1)], teams: [team('Design')] };
	project.privacy = { users: [member(2)], teams: [] };
	settingsOf(state, 'task', PERMISSION_SEED.taskId).access = { users: [member(1)], teams: [] };
	const sub = settingsOf(state, 'task', PERMISSION_SEED.subtaskId);
	sub.access = { users: [member(3)], teams: [team('Engineering')] };
	sub.privacy = { users: [member(0)], teams: [] };
}

/** The team by GUID or name (any case). */
function findTeam(state: SmensoState, ref: string): Rec | undefined {
	const text = ref.toLowerCase();
	return state.teams.find(
		(t) => String(t.id).toLowerCase() === text || String(t.name).toLowerCase() === text,
	);
}

type Changes = Record<'add' | 'remove', Lists>;

/** Validates the add/remove body strictly; returns a 400 or the entries as given. */
function readChanges(body: unknown): { error?: SandboxResponse; changes: Changes } {
	const changes: Changes = { add: empty(), remove: empty() };
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		return { error: validation({ '': ['A JSON object body is required.'] }), changes };
	}
	const errors: Record<string, string[]> = {};
	for (const [key, part] of Object.entries(body as Rec)) {
		if (!(CHANGES as readonly string[]).includes(key)) {
			errors[key] = [`Unknown field '${key}'.`];
			continue;
		}
		if (!part || typeof part !== 'object' || Array.isArray(part)) {
			errors[key] = [`${key} must be an object with users and/or teams.`];
			continue;
		}
		for (const [who, value] of Object.entries(part as Rec)) {
			if (!(WHO as readonly string[]).includes(who)) {
				errors[`${key}.${who}`] = [`Unknown field '${who}'.`];
			} else if (typeof value !== 'string') {
				errors[`${key}.${who}`] = [`${who} must be a comma-separated string.`];
			} else {
				changes[key as 'add' | 'remove'][who as 'users' | 'teams'] = value
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean);
			}
		}
	}
	return { error: Object.keys(errors).length ? validation(errors) : undefined, changes };
}

/** Resolves users and teams to GUIDs; the first unknown one is the item's failure. */
function resolve(state: SmensoState, changes: Changes): { error?: string; resolved: Changes } {
	const resolved: Changes = { add: empty(), remove: empty() };
	for (const change of CHANGES) {
		for (const ref of changes[change].users) {
			const member = findMember(state, ref);
			if (!member) return { error: `User '${ref}' was not found.`, resolved };
			resolved[change].users.push(String(member.id));
		}
		for (const ref of changes[change].teams) {
			const team = findTeam(state, ref);
			if (!team) return { error: `Team '${ref}' was not found.`, resolved };
			resolved[change].teams.push(String(team.id));
		}
	}
	return { resolved };
}

/** The task's subtasks at every depth. */
function subtasksOf(state: SmensoState, taskId: string): string[] {
	const children = [...state.tasks.values()]
		.filter((t) => t.parentId === taskId)
		.map((t) => String(t.id));
	return children.flatMap((child) => [child, ...subtasksOf(state, child)]);
}

export const permissionRoutes: RouteModule = (state) => {
	seed(state);

	const get =
		(target: Target) =>
		(req: SandboxRequest, { id }: Record<string, string>): SandboxResponse => {
			const bad = unknownQuery(req, READ_QUERY);
			if (bad) return bad;
			if (!exists(state, target, id)) return notFound(target === 'task' ? 'Task' : 'Project');
			const settings = settingsOf(state, target, id);
			return {
				status: 200,
				body: {
					access: { users: [...settings.access.users], teams: [...settings.access.teams] },
					privacy: { users: [...settings.privacy.users], teams: [...settings.privacy.teams] },
				},
			};
		};

	const set =
		(target: Target, part: Part) =>
		(req: SandboxRequest, { id }: Record<string, string>): SandboxResponse => {
			const bad = unknownQuery(req, []);
			if (bad) return bad;
			if (!exists(state, target, id)) return notFound(target === 'task' ? 'Task' : 'Project');
			const { error, changes } = readChanges(req.body);
			if (error) return error;
			const { error: unknown, resolved } = resolve(state, changes);
			if (unknown) return accept(state, [itemResult({}, id, unknown)]);
			const lists = settingsOf(state, target, id)[part];
			for (const who of WHO) {
				const next = [
					...lists[who],
					...resolved.add[who].filter((ref) => !lists[who].includes(ref)),
				];
				lists[who] = next.filter((ref) => !resolved.remove[who].includes(ref));
			}
			return accept(state, [itemResult({}, id)]);
		};

	const clear =
		(target: Target, part: Part) =>
		(req: SandboxRequest, { id }: Record<string, string>): SandboxResponse => {
			// smenso's node sends includeSubtasks (true|false) on every task access delete, and only there.
			const takesSubtasks = target === 'task' && part === 'access';
			const bad = unknownQuery(req, takesSubtasks ? ['includeSubtasks'] : []);
			if (bad) return bad;
			const include = req.query.includeSubtasks;
			if (takesSubtasks && include !== 'true' && include !== 'false') {
				return validation({
					includeSubtasks: [
						`includeSubtasks must be true or false, not '${String(include ?? '')}'.`,
					],
				});
			}
			if (!exists(state, target, id)) return notFound(target === 'task' ? 'Task' : 'Project');
			const ids = include === 'true' ? [id, ...subtasksOf(state, id)] : [id];
			for (const each of ids) settingsOf(state, target, each)[part] = empty();
			return accept(state, [itemResult({}, id)]);
		};

	return (['project', 'task'] as const).flatMap((target) => [
		read('GET', `/integration/permissions/${target}/json/:id`, get(target)),
		write('POST', `/integration/permissions/${target}/access/json/:id`, set(target, 'access')),
		write('DELETE', `/integration/permissions/${target}/access/json/:id`, clear(target, 'access')),
		write('POST', `/integration/permissions/${target}/private/json/:id`, set(target, 'privacy')),
		write(
			'DELETE',
			`/integration/permissions/${target}/private/json/:id`,
			clear(target, 'privacy'),
		),
	]);
};
