import type { SandboxRequest } from '../server';
import { customFieldValuesOf, linkedTags, withEmbeds } from './embeds';
import {
	badData,
	checkBody,
	checkQueryDates,
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
	'name',
	'starts_at',
	'ends_at',
	'description',
	'client',
	'project_code',
	'timeentry_lockout',
	'project_state',
	'use_parent_bill_rates',
];

const STATES = ['Confirmed', 'Tentative', 'Internal'];

/** Optional nested collections a project can embed with `fields=`. */
function withFields(state: RmState, project: Rec, req: SandboxRequest): Rec {
	return withEmbeds(project, req, `/api/v1/projects/${String(project.id)}`, {
		children: {
			path: 'phases',
			data: () => [...state.projects.values()].filter((p) => p.parent_id === project.id),
		},
		tags: () => linkedTags(state, 'project', project.id),
		custom_field_values: () => customFieldValuesOf(state, 'project_id', project.id),
	});
}

export const projectRoutes: RmRouteModule = (state) => [
	route('GET', '/projects', (req) => {
		const badDate = checkQueryDates(req);
		if (badDate) return badDate;
		const q = req.query;
		let list = [...state.projects.values()].filter((p) =>
			q.with_phases === 'true' ? true : p.parent_id === null,
		);
		if (q.with_archived !== 'true') list = list.filter((p) => !p.archived);
		if (typeof q.from === 'string')
			list = list.filter((p) => !p.ends_at || String(p.ends_at) >= q.from);
		if (typeof q.to === 'string')
			list = list.filter((p) => !p.starts_at || String(p.starts_at) <= q.to);
		if (q.strict === 'true' && typeof q.from === 'string' && typeof q.to === 'string') {
			list = list.filter((p) => String(p.starts_at) >= q.from && String(p.ends_at) <= q.to);
		}
		if (typeof q.project_code === 'string')
			list = list.filter((p) => p.project_code === q.project_code);
		if (typeof q.phase_name === 'string') list = list.filter((p) => p.phase_name === q.phase_name);
		if (q.filter_field !== undefined) {
			if (q.filter_field !== 'project_state') return badData('filter_field must be project_state');
			const wanted = String(q.filter_list ?? '').split(',');
			if (wanted.some((s) => !STATES.includes(s)))
				return badData(`invalid filter_list: ${String(q.filter_list)}`);
			list = list.filter((p) => wanted.includes(String(p.project_state)));
		}
		if (q.sort_field !== undefined) {
			const key =
				q.sort_field === 'created'
					? 'created_at'
					: q.sort_field === 'updated'
						? 'updated_at'
						: undefined;
			if (!key) return badData(`invalid sort_field: ${String(q.sort_field)}`);
			list = [...list].sort(
				(a, b) => String(a[key]).localeCompare(String(b[key])) || Number(a.id) - Number(b.id),
			);
			if (q.sort_order === 'descending') list.reverse();
		}
		return page(
			req,
			list.map((p) => withFields(state, p, req)),
		);
	}),

	route('GET', '/projects/:id', (req, { id }) => {
		const project = state.projects.get(Number(id));
		return project ? ok(withFields(state, project, req)) : notFound();
	}),

	route('POST', '/projects', (req) => {
		const invalid = checkBody(req.body, {
			allowed: WRITABLE,
			required: ['name'],
			dates: ['starts_at', 'ends_at'],
			readOnly: ['archived'],
		});
		if (invalid) return invalid;
		const body = req.body as Rec;
		if (body.project_state !== undefined && !STATES.includes(String(body.project_state)))
			return badData('invalid project_state');
		if (body.starts_at && body.ends_at && String(body.ends_at) < String(body.starts_at))
			return badData('Ends at must be after starts at');
		const id = newId(state);
		const project = projectRecord(id, { starts_at: '2026-01-05', ends_at: '2026-03-06', ...body });
		state.projects.set(id, project);
		return ok(project);
	}),

	route('PUT', '/projects/:id', (req, { id }) => {
		const project = state.projects.get(Number(id));
		if (!project) return notFound();
		const invalid = checkBody(req.body, {
			allowed: [...WRITABLE, 'archived'],
			dates: ['starts_at', 'ends_at'],
		});
		if (invalid) return invalid;
		const body = req.body as Rec;
		if (project.archived && body.archived !== false)
			return badData('archived projects cannot be updated');
		Object.assign(project, body, { updated_at: stamp().updated_at });
		if (body.archived !== undefined)
			project.archived_at = body.archived ? stamp().updated_at : null;
		return ok(project);
	}),

	route('DELETE', '/projects/:id', (_req, { id }) => {
		if (!state.projects.delete(Number(id))) return notFound();
		return deleted();
	}),
];
