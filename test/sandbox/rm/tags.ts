/**
 * Tags of projects (and phases) and users. Tags live in the account (`state.tags`); POST finds
 * a tag by its text or creates it and attaches it once (attaching twice keeps one); DELETE
 * detaches it and keeps the tag. Placeholders have no tags.
 */
import {
	badData,
	checkBody,
	deleted,
	newId,
	notFound,
	ok,
	page,
	route,
	type Rec,
	type RmRouteModule,
	type RmState,
} from './state';
import { linkedTags } from './embeds';

/** Seeded tags: project 1001 has two, user 501 one, and one tag is attached to nothing. */
export const RM_TAG_SEED = {
	priority: 7001,
	clientFacing: 7002,
	typescript: 7003,
	unused: 7004,
};

function seed(state: RmState): void {
	const tags: Array<[number, string]> = [
		[RM_TAG_SEED.priority, 'Priority'],
		[RM_TAG_SEED.clientFacing, 'Client Facing'],
		[RM_TAG_SEED.typescript, 'TypeScript'],
		[RM_TAG_SEED.unused, 'Archive Candidate'],
	];
	for (const [id, value] of tags) state.tags.set(id, { id, value });
	state.tagLinks.set('project:1001', new Set([RM_TAG_SEED.priority, RM_TAG_SEED.clientFacing]));
	state.tagLinks.set('user:501', new Set([RM_TAG_SEED.typescript]));
}

const OWNERS = [
	{ path: 'projects', key: 'project', records: (state: RmState) => state.projects },
	{ path: 'users', key: 'user', records: (state: RmState) => state.users },
] as const;

export const tagRoutes: RmRouteModule = (state) => {
	seed(state);
	return OWNERS.flatMap((owner) => {
		const linksOf = (id: string): Set<number> | undefined => {
			if (!owner.records(state).has(Number(id))) return undefined;
			const key = `${owner.key}:${Number(id)}`;
			if (!state.tagLinks.has(key)) state.tagLinks.set(key, new Set());
			return state.tagLinks.get(key)!;
		};
		return [
			route('GET', `/${owner.path}/:id/tags`, (req, { id }) => {
				const links = linksOf(id);
				if (!links) return notFound();
				return page(req, linkedTags(state, owner.key, Number(id)));
			}),

			route('POST', `/${owner.path}/:id/tags`, (req, { id }) => {
				const links = linksOf(id);
				if (!links) return notFound();
				const invalid = checkBody(req.body, { allowed: ['value'], required: ['value'] });
				if (invalid) return invalid;
				const value = (req.body as Rec).value;
				if (typeof value !== 'string' || !value.trim()) return badData("Value can't be blank");
				let tag = [...state.tags.values()].find((t) => t.value === value.trim());
				if (!tag) {
					tag = { id: newId(state), value: value.trim() };
					state.tags.set(tag.id as number, tag);
				}
				links.add(tag.id as number);
				return ok(tag);
			}),

			route('DELETE', `/${owner.path}/:id/tags/:tagId`, (_req, { id, tagId }) => {
				const links = linksOf(id);
				if (!links || !links.delete(Number(tagId))) return notFound();
				return deleted();
			}),
		];
	});
};
