/** Placeholder resources: title required; role, discipline and location are names. */
import type { SandboxRequest } from '../server';
import { withEmbeds } from './embeds';
import {
	checkBody,
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

const WRITABLE = ['title', 'role', 'discipline', 'location'];

/** The embeddable collections of a placeholder (`fields=`). */
function withFields(state: RmState, placeholder: Rec, req: SandboxRequest): Rec {
	return withEmbeds(placeholder, req, `/api/v1/placeholder_resources/${String(placeholder.id)}`, {
		assignments: {
			path: 'assignments',
			query: 'with_phases=true',
			data: () => [...state.assignments.values()].filter((a) => a.user_id === placeholder.id),
		},
		custom_field_values: () => [],
	});
}

export const placeholderRoutes: RmRouteModule = (state) => [
	route('GET', '/placeholder_resources', (req) =>
		page(
			req,
			[...state.placeholders.values()].map((p) => withFields(state, p, req)),
		),
	),

	route('GET', '/placeholder_resources/:id', (req, { id }) => {
		const placeholder = state.placeholders.get(Number(id));
		return placeholder ? ok(withFields(state, placeholder, req)) : notFound();
	}),

	route('POST', '/placeholder_resources', (req) => {
		const invalid = checkBody(req.body, { allowed: WRITABLE, required: ['title'] });
		if (invalid) return invalid;
		const id = newId(state);
		const placeholder: Rec = {
			id,
			title: '',
			role: null,
			discipline: null,
			location: null,
			type: 'PlaceholderResource',
			...stamp(),
			...(req.body as Rec),
		};
		state.placeholders.set(id, placeholder);
		return ok(placeholder);
	}),

	route('PUT', '/placeholder_resources/:id', (req, { id }) => {
		const placeholder = state.placeholders.get(Number(id));
		if (!placeholder) return notFound();
		const body = req.body as Rec;
		const invalid = checkBody(body, {
			allowed: WRITABLE,
			required: body && typeof body === 'object' && 'title' in body ? ['title'] : [],
		});
		if (invalid) return invalid;
		Object.assign(placeholder, body, { updated_at: stamp().updated_at });
		return ok(placeholder);
	}),

	route('DELETE', '/placeholder_resources/:id', (_req, { id }) => {
		if (!state.placeholders.delete(Number(id))) return notFound();
		return deleted();
	}),
];
