/**
 * User availabilities (§5.4): blocks of hours per weekday (`day0` = Sunday … `day6` = Saturday)
 * between optional dates (a missing date is open-ended). Hours are numbers from 0 to 24, dates
 * `YYYY-MM-DD` and `ends_at` not before `starts_at` (checked on the merged record on update);
 * `id`, `user_id` and the stamps cannot be written. Only users have availabilities (a placeholder
 * id is a 404). Overlapping blocks are accepted, as RM accepts them. A create without some day
 * gives that day 0 hours (undocumented; the node always sends all seven days).
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
	stamp,
	type Rec,
	type RmRouteModule,
	type RmState,
} from './state';

export const AVAILABILITY_SEED = {
	/** User 502 works part time from February to July 2026 (the shape of the reference's example)… */
	partTime: 6101,
	/** …and four days a week from August 2026 on (open-ended). */
	fourDays: 6102,
	user: 502,
};

export const DAY_KEYS = ['day0', 'day1', 'day2', 'day3', 'day4', 'day5', 'day6'];
const WRITABLE = ['starts_at', 'ends_at', ...DAY_KEYS];
const READ_ONLY = ['id', 'user_id', 'created_at', 'updated_at'];

const stores = new WeakMap<RmState, Map<number, Rec>>();

/** The availability blocks of the account by id (seeded on first use). */
export function availabilitiesOf(state: RmState): Map<number, Rec> {
	let store = stores.get(state);
	if (!store) {
		store = new Map();
		stores.set(state, store);
		const block = (id: number, starts_at: string | null, ends_at: string | null, days: number[]) =>
			store!.set(id, {
				id,
				user_id: AVAILABILITY_SEED.user,
				starts_at,
				ends_at,
				...Object.fromEntries(DAY_KEYS.map((key, i) => [key, days[i]])),
				...stamp(),
			});
		block(AVAILABILITY_SEED.partTime, '2026-02-01', '2026-07-31', [0, 8, 8, 4, 8, 8, 0]);
		block(AVAILABILITY_SEED.fourDays, '2026-08-01', null, [0, 6, 6, 6, 6, 0, 0]);
	}
	return store;
}

/** The blocks of one user, by id. */
export function userAvailabilities(state: RmState, userId: number): Rec[] {
	return [...availabilitiesOf(state).values()]
		.filter((a) => a.user_id === userId)
		.sort((a, b) => Number(a.id) - Number(b.id));
}

/** Hours and date order of a (merged) block; a "bad data" answer or undefined. */
function checkBlock(record: Rec) {
	const errors: string[] = [];
	for (const key of DAY_KEYS) {
		const hours = record[key];
		if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > 24) {
			errors.push(`${key} must be a number from 0 to 24`);
		}
	}
	if (
		typeof record.starts_at === 'string' &&
		typeof record.ends_at === 'string' &&
		record.ends_at < record.starts_at
	) {
		errors.push('Ends at must be on or after starts at');
	}
	return errors.length ? badData(...errors) : undefined;
}

export const availabilityRoutes: RmRouteModule = (state) => {
	const store = availabilitiesOf(state);
	/** The block `id` if it belongs to user `uid`. */
	const owned = (uid: string, id: string) => {
		const block = store.get(Number(id));
		return block && block.user_id === Number(uid) ? block : undefined;
	};
	const rules = { allowed: WRITABLE, readOnly: READ_ONLY, dates: ['starts_at', 'ends_at'] };
	return [
		route('GET', '/users/:uid/availabilities', (req, { uid }) => {
			if (!state.users.has(Number(uid))) return notFound();
			return page(req, userAvailabilities(state, Number(uid)));
		}),

		route('GET', '/users/:uid/availabilities/:id', (_req, { uid, id }) => {
			const block = owned(uid, id);
			return block ? ok(block) : notFound();
		}),

		route('POST', '/users/:uid/availabilities', (req, { uid }) => {
			if (!state.users.has(Number(uid))) return notFound();
			const invalid = checkBody(req.body, rules);
			if (invalid) return invalid;
			const record: Rec = {
				id: newId(state),
				user_id: Number(uid),
				starts_at: null,
				ends_at: null,
				...Object.fromEntries(DAY_KEYS.map((key) => [key, 0])),
				...(req.body as Rec),
				...stamp(),
			};
			const bad = checkBlock(record);
			if (bad) return bad;
			store.set(record.id as number, record);
			return ok(record);
		}),

		route('PUT', '/users/:uid/availabilities/:id', (req, { uid, id }) => {
			const block = owned(uid, id);
			if (!block) return notFound();
			const invalid = checkBody(req.body, rules);
			if (invalid) return invalid;
			const merged = { ...block, ...(req.body as Rec) };
			const bad = checkBlock(merged);
			if (bad) return bad;
			Object.assign(block, req.body as Rec, { updated_at: stamp().updated_at });
			return ok(block);
		}),

		route('DELETE', '/users/:uid/availabilities/:id', (_req, { uid, id }) => {
			const block = owned(uid, id);
			if (!block) return notFound();
			store.delete(Number(id));
			return deleted();
		}),
	];
};
