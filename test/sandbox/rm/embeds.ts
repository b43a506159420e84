/**
 * Nested collections in RM records: the `fields=` embeds of projects, phases, users and
 * placeholders, and the sub-collections some answers carry.
 */
import type { SandboxRequest } from '../server';
import type { Rec, RmState } from './state';

/**
 * A nested collection as RM embeds it: `data` and a paging block. `next` is the link to the
 * collection's second page when `data` is only its first.
 */
export function embedded(data: Rec[], path: string, perPage = 0, next: string | null = null): Rec {
	return {
		data,
		paging: {
			self: `${path}?per_page=${perPage}&page=1`,
			next,
			previous: null,
			page: 1,
			per_page: perPage,
		},
	};
}

/** A nested collection that some answers carry (an approval's approvables, new subtasks): one page of 20. */
export function collection(data: Rec[], path: string): Rec {
	return embedded(data, path, 20);
}

/**
 * The first page of a `fields=` embed: RM pages nested collections with the parent request's
 * per_page (20 when it names none) and links the rest, which the nested endpoint serves.
 */
function firstPage(
	all: Rec[],
	path: string,
	req: Pick<SandboxRequest, 'query'>,
	query?: string,
): Rec {
	const perPage = Number(req.query.per_page ?? 20) || 20;
	const extra = query ? `&${query}` : '';
	const next = all.length > perPage ? `${path}?per_page=${perPage}&page=2${extra}` : null;
	return embedded(all.slice(0, perPage), path, perPage, next);
}

/** The collections a request names in `fields=` (comma separated). */
export function requestedFields(req: Pick<SandboxRequest, 'query'>): string[] {
	const { fields } = req.query;
	return typeof fields === 'string' ? fields.split(',').map((f) => f.trim()) : [];
}

/**
 * What a record offers to embed: its records, under `<base>/<name>` unless `path` says another
 * segment; `query` is added to the next-page link where the nested list filters by default.
 */
export type Embed = (() => Rec[]) | { path: string; query?: string; data: () => Rec[] };

/**
 * The record with each collection the request asks for that it offers; names it does not offer
 * are ignored, as RM does.
 */
export function withEmbeds(
	record: Rec,
	req: Pick<SandboxRequest, 'query'>,
	base: string,
	offered: Record<string, Embed>,
): Rec {
	const fields = requestedFields(req);
	const out: Rec = { ...record };
	for (const [name, embed] of Object.entries(offered)) {
		if (!fields.includes(name)) continue;
		const { path, data, query } =
			typeof embed === 'function' ? { path: name, data: embed, query: undefined } : embed;
		out[name] = firstPage(data(), `${base}/${path}`, req, query);
	}
	return out;
}

/** The tags linked to a record (`kind` project or user). */
export function linkedTags(state: RmState, kind: string, id: unknown): Rec[] {
	const ids = state.tagLinks.get(`${kind}:${String(id)}`) ?? new Set<number>();
	return [...ids].map((tagId) => state.tags.get(tagId)!).filter(Boolean);
}

/** The custom field values of a record (`owner` project_id or user_id). */
export function customFieldValuesOf(
	state: RmState,
	owner: 'project_id' | 'user_id',
	id: unknown,
): Rec[] {
	return [...state.customFieldValues.values()].filter((value) => value[owner] === id);
}
