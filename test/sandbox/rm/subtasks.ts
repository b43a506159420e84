/**
 * Subtasks (§5.15): the checklist of an assignment, always reached through the project the
 * assignment is on (or the project of its phase); any other combination is a 404.
 */
import { belongsToProject, nextStamp, subtaskRecord } from './assignments';
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
} from './state';

const FIELDS = ['description', 'completed'];

export const subtaskRoutes: RmRouteModule = (state) => {
	/** The assignment `aid` if it is on project `pid` (or one of its phases). */
	const assignmentOf = (pid: string, aid: string): Rec | undefined => {
		const assignment = state.assignments.get(Number(aid));
		return assignment && belongsToProject(state, assignment, Number(pid)) ? assignment : undefined;
	};
	const subtaskOf = (pid: string, aid: string, id: string): Rec | undefined => {
		const assignment = assignmentOf(pid, aid);
		const subtask = state.subtasks.get(Number(id));
		return assignment && subtask && subtask.assignment_id === assignment.id ? subtask : undefined;
	};
	const checkValues = (body: Rec) => {
		if (body.completed !== undefined && typeof body.completed !== 'boolean')
			return badData('completed must be true or false');
		if (
			body.description !== undefined &&
			(typeof body.description !== 'string' || !body.description.trim())
		) {
			return badData("Description can't be blank");
		}
		return undefined;
	};
	const base = '/projects/:pid/assignments/:aid/subtasks';

	return [
		route('GET', base, (req, { pid, aid }) => {
			const assignment = assignmentOf(pid, aid);
			if (!assignment) return notFound();
			const list = [...state.subtasks.values()]
				.filter((s) => s.assignment_id === assignment.id)
				.sort((a, b) => Number(a.id) - Number(b.id));
			return page(req, list);
		}),
		route('POST', base, (req, { pid, aid }) => {
			const assignment = assignmentOf(pid, aid);
			if (!assignment) return notFound();
			const invalid =
				checkBody(req.body, { allowed: FIELDS, required: ['description'] }) ??
				checkValues(req.body as Rec);
			if (invalid) return invalid;
			const body = req.body as Rec;
			const subtask = subtaskRecord(state, assignment, {
				description: String(body.description),
				completed: body.completed === true,
			});
			state.subtasks.set(Number(subtask.id), subtask);
			return ok(subtask);
		}),
		route('GET', `${base}/:id`, (_req, { pid, aid, id }) => {
			const subtask = subtaskOf(pid, aid, id);
			return subtask ? ok(subtask) : notFound();
		}),
		route('PUT', `${base}/:id`, (req, { pid, aid, id }) => {
			const subtask = subtaskOf(pid, aid, id);
			if (!subtask) return notFound();
			const invalid = checkBody(req.body, { allowed: FIELDS }) ?? checkValues(req.body as Rec);
			if (invalid) return invalid;
			Object.assign(subtask, req.body as Rec, { updated_at: nextStamp(state) });
			return ok(subtask);
		}),
		route('DELETE', `${base}/:id`, (_req, { pid, aid, id }) => {
			const subtask = subtaskOf(pid, aid, id);
			if (!subtask) return notFound();
			state.subtasks.delete(Number(subtask.id));
			return deleted();
		}),
	];
};
