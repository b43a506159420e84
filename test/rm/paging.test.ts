import { RM_TOKEN } from '../sandbox';
import { RM_SEED } from '../sandbox/rm/state';
import type { SandboxRequest, SandboxResponse } from '../sandbox/server';
import { MAX_PAGES } from '../../nodes/shared/paging';
import { jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const path = '/api/v1/time_entries';
const SEEDED_IDS = Array.from(
	{ length: RM_SEED.timeEntryCount },
	(_, i) => RM_SEED.firstTimeEntryId + i,
);
/** The seeded entries are all in February 2026; the filters must survive every next link. */
const FILTERS = {
	from: '2026-02-01',
	to: '2026-02-28',
	sort_field: 'created',
	sort_order: 'ascending',
};
const getAll = (more: Record<string, unknown>) => ({
	resource: 'timeEntry',
	operation: 'getAll',
	filters: { from: '2026-02-01T00:00:00', to: '2026-02-28T00:00:00' },
	sort: { sort_field: 'created', sort_order: 'ascending' },
	...more,
});

/** A misbehaving /time_entries: `answer(page)` gives the records and the next page (or null). */
function misbehave(answer: (page: number) => { ids: number[]; next: number | null }) {
	sandbox.inject({
		method: 'GET',
		path,
		times: MAX_PAGES + 5,
		respond: (req: SandboxRequest): SandboxResponse => {
			const page = Number(req.query.page ?? 1);
			const { ids, next } = answer(page);
			return {
				status: 200,
				body: {
					data: ids.map((id) => ({
						id,
						user_id: RM_SEED.firstUserId,
						date: '2026-02-02',
						hours: 1,
						assignable_type: 'Project',
					})),
					paging: {
						self: `${path}?per_page=1000&page=${page}`,
						next: next === null ? null : `${path}?per_page=1000&page=${next}`,
						previous: null,
						page,
						per_page: 1000,
					},
				},
			};
		},
	});
}

describe('Resource Management paging (time entries)', () => {
	test('Return All reads all 6,000 entries in exactly 6 requests of 1,000, following next with the filters', async () => {
		const items = jsonOf(await runRm(sandbox, getAll({ returnAll: true })));
		expect(items).toHaveLength(RM_SEED.timeEntryCount);
		expect(items.map((e) => e.id)).toEqual(SEEDED_IDS);
		expect(new Set(items.map((e) => e.id)).size).toBe(RM_SEED.timeEntryCount);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { ...FILTERS, per_page: '1000' }, body: undefined },
			...[2, 3, 4, 5, 6].map((page) => ({
				method: 'GET',
				path,
				query: { ...FILTERS, per_page: '1000', page: String(page) },
				body: undefined,
			})),
		]);
		expect(sandbox.requests.every((r) => r.headers.auth === RM_TOKEN)).toBe(true);
	});

	test('Limit 1500 takes exactly 2 requests and returns 1,500 entries', async () => {
		const items = jsonOf(await runRm(sandbox, getAll({ limit: 1500 })));
		expect(items.map((e) => e.id)).toEqual(SEEDED_IDS.slice(0, 1500));
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { ...FILTERS, per_page: '1000' }, body: undefined },
			{ method: 'GET', path, query: { ...FILTERS, per_page: '1000', page: '2' }, body: undefined },
		]);
	});

	test('Limit 7 is one request with per_page=7', async () => {
		const items = jsonOf(await runRm(sandbox, getAll({ limit: 7 })));
		expect(items.map((e) => e.id)).toEqual(SEEDED_IDS.slice(0, 7));
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { ...FILTERS, per_page: '7' }, body: undefined },
		]);
	});

	test('A next link that does not advance (points at the page just read) stops with a clear error', async () => {
		misbehave((page) => (page === 1 ? { ids: [1, 2], next: 2 } : { ids: [3, 4], next: 2 }));
		const result = await runRm(sandbox, getAll({ returnAll: true }));
		expect(result.error?.message).toBe('The next-page link points back to a page already read');
		expect(result.error?.description).toContain('After page 2');
		expect(sandbox.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
	});

	test('A page that repeats an earlier page stops with a clear error', async () => {
		misbehave((page) => ({ ids: [1, 2, 3], next: page + 1 }));
		const result = await runRm(sandbox, getAll({ returnAll: true }));
		expect(result.error?.message).toBe('The service returned the same page twice');
		expect(result.error?.description).toContain('Page 2 repeated an earlier page');
		expect(sandbox.requests).toHaveLength(2);
	});

	test('An empty page with a next link ends the list with what was read', async () => {
		misbehave((page) => (page === 1 ? { ids: [1, 2, 3], next: 2 } : { ids: [], next: page + 1 }));
		const items = jsonOf(await runRm(sandbox, getAll({ returnAll: true })));
		expect(items.map((e) => e.id)).toEqual([1, 2, 3]);
		expect(sandbox.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
	});

	test(`Endless distinct pages stop at the hard cap of ${MAX_PAGES} pages with a clear error`, async () => {
		misbehave((page) => ({ ids: [page], next: page + 1 }));
		const result = await runRm(sandbox, getAll({ returnAll: true }));
		expect(result.error?.message).toBe(`Stopped after ${MAX_PAGES} pages`);
		expect(result.error?.description).toContain('Narrow the request');
		expect(sandbox.requests).toHaveLength(MAX_PAGES);
		expect(sandbox.requests[MAX_PAGES - 1].query.page).toBe(String(MAX_PAGES));
	});
});
