/**
 * Phases: child projects (`parent_id` = project id) under /projects/{pid}/phases. A phase is
 * reachable only below its own project (404 otherwise), and cannot be deleted while it has
 * assignments.
 */
import type { SandboxRequest } from '../server';
import { customFieldValuesOf, linkedTags, withEmbeds } from './embeds';
import {
	badData,
	checkBody,
	deleted,
	newId,
	notFound,
	ok,
	page,
	projectRecord,
	route,
	stamp,
	type Rec,
	type RmRouteModule,
	type RmState,
} from './state';

const WRITABLE = [
	'phase_name',
	'starts_at',
	'ends_at',
	'description',
	'use_parent_bill_rates',
	'timeentry_lockout',
];

/** New phases without dates start "today" and end 60 days later (sandbox today: 2026-01-05). */
const DEFAULT_DATES = { starts_at: '2026-01-05', ends_at: '2026-03-06' };

/** The embeddable collections of a phase (`fields=`); unknown names are ignored, as RM does. */
function withFields(state: RmState, phase: Rec, req: SandboxRequest): Rec {
	return withEmbeds(phase, req, `/api/v1/projects/${String(phase.id)}`, {
		tags: () => linkedTags(state, 'project', phase.id),
		custom_field_values: () => customFieldValuesOf(state, 'project_id', phase.id),
		budget_items: () => [],
	});
}

export const phaseRoutes: RmRouteModule = (state) => {
	/** A top-level project; phases have no phases. */
	const projectOf = (pid: string) => {
		const project = state.projects.get(Number(pid));
		return project && project.parent_id === null ? project : undefined;
	};
	const phaseOf = (pid: string, id: string) => {
		const phase = state.projects.get(Number(id));
		return phase && phase.parent_id === Number(pid) ? phase : undefined;
	};

	return [
		route('GET', '/projects/:pid/phases', (req, { pid }) => {
			if (!projectOf(pid)) return notFound();
			let phases = [...state.projects.values()].filter((p) => p.parent_id === Number(pid));
			if (req.query.with_archived !== 'true') phases = phases.filter((p) => !p.archived);
			return page(
				req,
				phases.map((p) => withFields(state, p, req)),
			);
		}),

		route('GET', '/projects/:pid/phases/:id', (req, { pid, id }) => {
			const phase = phaseOf(pid, id);
			return phase ? ok(withFields(state, phase, req)) : notFound();
		}),

		route('POST', '/projects/:pid/phases', (req, { pid }) => {
			const project = projectOf(pid);
			if (!project) return notFound();
			const invalid = checkBody(req.body, {
				allowed: WRITABLE,
				required: ['phase_name'],
				dates: ['starts_at', 'ends_at'],
				readOnly: ['archived'],
			});
			if (invalid) return invalid;
			const body = req.body as Rec;
			const dates = { ...DEFAULT_DATES, ...body };
			if (String(dates.ends_at) < String(dates.starts_at))
				return badData('Ends at must be after starts at');
			const id = newId(state);
			const phase = projectRecord(id, {
				name: project.name,
				client: project.client,
				parent_id: project.id,
				use_parent_bill_rates: true,
				...dates,
			});
			state.projects.set(id, phase);
			return ok(phase);
		}),

		route('PUT', '/projects/:pid/phases/:id', (req, { pid, id }) => {
			const phase = phaseOf(pid, id);
			if (!phase) return notFound();
			const invalid = checkBody(req.body, {
				allowed: [...WRITABLE, 'archived'],
				dates: ['starts_at', 'ends_at'],
			});
			if (invalid) return invalid;
			const body = req.body as Rec;
			if (body.phase_name !== undefined && !String(body.phase_name).trim())
				return badData("Phase name can't be blank");
			const dates = { starts_at: phase.starts_at, ends_at: phase.ends_at, ...body };
			if (String(dates.ends_at) < String(dates.starts_at))
				return badData('Ends at must be after starts at');
			Object.assign(phase, body, { updated_at: stamp().updated_at });
			return ok(phase);
		}),

		// RM documents only that a phase with assignments cannot be deleted; like its other refusals
		// of a valid request (validation failures) the answer is a 403 "bad data" with the reason.
		route('DELETE', '/projects/:pid/phases/:id', (_req, { pid, id }) => {
			const phase = phaseOf(pid, id);
			if (!phase) return notFound();
			const assigned = [...state.assignments.values()].some((a) => a.assignable_id === phase.id);
			if (assigned) return badData('Phase has assignments and cannot be deleted');
			state.projects.delete(phase.id as number);
			return deleted();
		}),
	];
};
