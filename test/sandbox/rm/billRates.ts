/**
 * Bill rates (§5.20). Project and phase rates below `/projects/{id}/bill_rates` (the list of a
 * project holds the rates whose assignable_id is that project or phase, as RM's implicit
 * `assignable_id=` filter in `paging.self` shows). What the reference observed is kept:
 * - POST needs `assignable_id` in the body: without it RM answered 500 `internal error`; an
 *   assignable that is neither the project nor one of its phases is 403 `invalid assignable_id`;
 *   a missing rate is 403 `Rate can't be blank`.
 * - PUT with an `assignable_id` other than the rate's is 403 `invalid assignable_id`.
 * - Account level: GET /bill_rates is 403 `account level bill rates` and GET /bill_rates/{id}
 *   403 `accessing account level bill rates`, for every token (even the owner's). PUT
 *   /bill_rates/{id} changed a project rate (200); for an account default rate the sandbox
 *   assumes the same refusal as the list [INF].
 * - A rate of a user or placeholder may not have a role or discipline [DOC; wording INF].
 * - No DELETE (removed from the docs in 2024): the route does not exist (404 plain text).
 */
import type { SandboxResponse } from '../server';
import { assignableOf, nextStamp, resourceOf } from './assignments';
import { LOOKUP_SEED } from './lookups';
import {
	badData,
	checkBody,
	newId,
	notFound,
	ok,
	page,
	RM_SEED,
	route,
	stamp,
	type Rec,
	type RmRouteModule,
	type RmState,
} from './state';

const P = RM_SEED.firstProjectId;
const phaseOf = (project: number, n = 0) => 100_000 + project * 10 + n;

/** Seeded rates; tests read the expected values from here. */
export const BILL_RATE_SEED = {
	/** Account default rates (refused to tokens). */
	account: [
		{ id: 1, rate: 150 },
		{ id: 2, rate: 120, role_id: 41 },
		{ id: 3, rate: 180, discipline_id: 61 },
	],
	/** The rates of the first project and of its first phase. */
	project: [
		{ id: 320_001, rate: 150, assignable_id: P },
		{ id: 320_002, rate: 120, assignable_id: P, role_id: 42 },
		{ id: 320_003, rate: 175, assignable_id: P, user_id: RM_SEED.firstUserId },
		{
			id: 320_004,
			rate: 90,
			assignable_id: P,
			user_id: RM_SEED.firstPlaceholderId,
			starts_at: '2026-01-01',
			ends_at: '2026-06-30',
		},
		{ id: 320_010, rate: 160, assignable_id: phaseOf(P) },
	],
	/** A project with more rates than one page of 1,000 holds (dated role rates). */
	manyProject: P + 4,
	manyFirstId: 330_001,
	manyCount: 1_001,
};

const WRITABLE = [
	'rate',
	'assignable_id',
	'user_id',
	'role_id',
	'discipline_id',
	'starts_at',
	'ends_at',
	'startdate',
	'enddate',
];
const DATES = ['starts_at', 'ends_at', 'startdate', 'enddate'];

/** A rate with every field RM returns, in RM's order (deprecated startdate/enddate mirror the dates). */
export function billRateRecord(fields: Rec): Rec {
	const startsAt = fields.starts_at ?? null;
	const endsAt = fields.ends_at ?? null;
	return {
		id: fields.id,
		rate: fields.rate,
		assignable_id: fields.assignable_id ?? null,
		discipline_id: fields.discipline_id ?? null,
		role_id: fields.role_id ?? null,
		user_id: fields.user_id ?? null,
		starts_at: startsAt,
		ends_at: endsAt,
		...stamp(),
		startdate: startsAt,
		enddate: endsAt,
	};
}

const stores = new WeakMap<RmState, Map<number, Rec>>();

/** Every bill rate of the sandbox account (seeded on first use). */
export function billRatesOf(state: RmState): Map<number, Rec> {
	let rates = stores.get(state);
	if (!rates) {
		rates = new Map();
		for (const fields of [...BILL_RATE_SEED.account, ...BILL_RATE_SEED.project])
			rates.set(fields.id, billRateRecord(fields));
		for (let i = 0; i < BILL_RATE_SEED.manyCount; i++) {
			const id = BILL_RATE_SEED.manyFirstId + i;
			const month = String(1 + (i % 12)).padStart(2, '0');
			rates.set(
				id,
				billRateRecord({
					id,
					rate: 100 + (i % 50),
					assignable_id: BILL_RATE_SEED.manyProject,
					role_id: 41 + (i % 5),
					starts_at: `2026-${month}-01`,
					ends_at: `2026-${month}-28`,
				}),
			);
		}
		stores.set(state, rates);
	}
	return rates;
}

const ROLE_IDS = new Set(LOOKUP_SEED.roles.map((r) => r.id));
const DISCIPLINE_IDS = new Set(LOOKUP_SEED.disciplines.map((d) => d.id));

export const billRateRoutes: RmRouteModule = (state) => {
	const rates = billRatesOf(state);
	const isProject = (id: unknown) => assignableOf(state, id)?.type === 'Project';
	const sorted = (keep: (rate: Rec) => boolean) =>
		[...rates.values()].filter(keep).sort((a, b) => Number(a.id) - Number(b.id));

	/** The rate `id` if it belongs to the project or phase `pid`. */
	const rateOf = (pid: string, id: string) => {
		const rate = rates.get(Number(id));
		return rate && rate.assignable_id === Number(pid) ? rate : undefined;
	};

	/** Checks the fields of a create or update against the rate they would produce. */
	const checkRate = (body: Rec, merged: Rec): SandboxResponse | undefined => {
		const invalid = checkBody(body, {
			allowed: WRITABLE,
			dates: DATES,
			readOnly: ['id', 'created_at', 'updated_at'],
		});
		if (invalid) return invalid;
		if (merged.rate === undefined || merged.rate === null || merged.rate === '')
			return badData("Rate can't be blank");
		if (typeof merged.rate !== 'number' || !(merged.rate >= 0))
			return badData('Rate must be a number of 0 or more');
		if (
			merged.user_id !== null &&
			merged.user_id !== undefined &&
			!resourceOf(state, merged.user_id)
		)
			return badData('invalid user_id');
		if (
			merged.role_id !== null &&
			merged.role_id !== undefined &&
			!ROLE_IDS.has(Number(merged.role_id))
		)
			return badData('invalid role_id');
		if (
			merged.discipline_id !== null &&
			merged.discipline_id !== undefined &&
			!DISCIPLINE_IDS.has(Number(merged.discipline_id))
		) {
			return badData('invalid discipline_id');
		}
		if (
			merged.user_id !== null &&
			merged.user_id !== undefined &&
			(merged.role_id !== null || merged.discipline_id !== null)
		) {
			return badData('a user specific bill rate cannot have a role or discipline');
		}
		if (merged.starts_at && merged.ends_at && String(merged.ends_at) < String(merged.starts_at))
			return badData('ends_at must be on or after starts_at');
		return undefined;
	};

	/** Applies a checked body (deprecated date keys as aliases). */
	const merge = (rate: Rec, body: Rec): Rec => {
		const merged: Rec = { ...rate, ...body };
		if (body.startdate !== undefined && body.starts_at === undefined)
			merged.starts_at = body.startdate;
		if (body.enddate !== undefined && body.ends_at === undefined) merged.ends_at = body.enddate;
		merged.startdate = merged.starts_at ?? null;
		merged.enddate = merged.ends_at ?? null;
		return merged;
	};

	const update = (rate: Rec, body: Rec): SandboxResponse => {
		if (
			body &&
			typeof body === 'object' &&
			body.assignable_id !== undefined &&
			Number(body.assignable_id) !== rate.assignable_id
		) {
			return badData('invalid assignable_id');
		}
		const merged = merge(rate, body && typeof body === 'object' ? body : {});
		const bad = checkRate(body, merged);
		if (bad) return bad;
		Object.assign(rate, merged, { updated_at: nextStamp(state) });
		return ok(rate);
	};

	const refused = (message: string): SandboxResponse => ({ status: 403, body: { message } });

	return [
		route('GET', '/bill_rates', () => refused('account level bill rates')),
		route('GET', '/bill_rates/:id', () => refused('accessing account level bill rates')),
		route('PUT', '/bill_rates/:id', (req, { id }) => {
			const rate = rates.get(Number(id));
			if (!rate) return notFound();
			if (rate.assignable_id === null) return refused('account level bill rates');
			return update(rate, req.body as Rec);
		}),

		route('GET', '/projects/:pid/bill_rates', (req, { pid }) => {
			if (!isProject(pid)) return notFound();
			return page(
				req,
				sorted((rate) => rate.assignable_id === Number(pid)),
			);
		}),
		route('GET', '/projects/:pid/bill_rates/:id', (_req, { pid, id }) => {
			const rate = rateOf(pid, id);
			return rate ? ok(rate) : notFound();
		}),
		// RM validated the fields first and failed with a 500 only then when assignable_id was missing.
		route('POST', '/projects/:pid/bill_rates', (req, { pid }) => {
			if (!isProject(pid)) return notFound();
			const body = req.body as Rec;
			const blank: Rec = {
				assignable_id: null,
				discipline_id: null,
				role_id: null,
				user_id: null,
				starts_at: null,
				ends_at: null,
			};
			const merged = merge(blank, body && typeof body === 'object' ? body : {});
			const bad = checkRate(body, merged);
			if (bad) return bad;
			if (merged.assignable_id === null || merged.assignable_id === undefined)
				return { status: 500, body: { message: 'internal error' } };
			const assignable = state.projects.get(Number(merged.assignable_id));
			if (!assignable || (assignable.id !== Number(pid) && assignable.parent_id !== Number(pid)))
				return badData('invalid assignable_id');
			const rate = billRateRecord({ ...merged, id: newId(state), assignable_id: assignable.id });
			rates.set(Number(rate.id), rate);
			return ok(rate);
		}),
		route('PUT', '/projects/:pid/bill_rates/:id', (req, { pid, id }) => {
			const rate = rateOf(pid, id);
			return rate ? update(rate, req.body as Rec) : notFound();
		}),
	];
};
