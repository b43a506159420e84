/**
 * Nested collections in RM records: the `fields=` embeds of projects, phases, users and
 * placeholders, and the sub-collections some answers carry.
 */
import type { SandboxRequest } from '../server';
import type { Rec, RmState } from './state';

/** A nested collection as RM embeds it: the records and a paging block of one page. */
export function embedded(data: Rec[], path: string, perPage = 0): Rec {
	return {
		data,
		paging: {
			self: `${path}?per_page=${perPage}&page=1`,
			next: null,
			previous: null,
			page: 1,
			per_page: perPage,
		},
	};
}

/** The collections a request names in `fields=` (comma separated). */
export function requestedFields(req: Pick<SandboxRequest, 'query'>): string[] {
	const { fields } = req.query;
	return typeof fields === 'string' ? fields.split(',').map((f) => f.trim()) : [];
}

/** What a record offers to embed: its records, under `<base>/<name>` unless `path` says another segment. */
export type Embed = (() => Rec[]) | { path: string; data: () => Rec[] };

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
		const { path, data } = typeof embed === 'function' ? { path: name, data: embed } : embed;
		out[name] = embedded(data(), `${base}/${path}`);
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
