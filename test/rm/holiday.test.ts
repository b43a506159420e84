import { RM_TOKEN } from '../sandbox';
import { LOOKUP_SEED } from '../sandbox/rm/lookups';
import { jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const path = '/api/v1/holidays';
const STAMPS = { created_at: '2026-01-05T09:00:00Z', updated_at: '2026-01-05T09:00:00Z' };

describe('Resource Management holiday', () => {
	test('Get Many with Limit asks for that many and returns the holidays as they come', async () => {
		const result = await runRm(sandbox, { resource: 'holiday', operation: 'getAll', limit: 3 });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '3' }, body: undefined },
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
		expect(jsonOf(result)).toEqual([
			{ id: 701, date: '2025-01-01', name: "New Year's Day", ...STAMPS },
			{ id: 702, date: '2025-04-18', name: 'Good Friday', ...STAMPS },
			{ id: 703, date: '2025-05-01', name: 'Labour Day', ...STAMPS },
		]);
	});

	test('Get Many with Return All reads every holiday', async () => {
		const result = await runRm(sandbox, {
			resource: 'holiday',
			operation: 'getAll',
			returnAll: true,
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '1000' }, body: undefined },
		]);
		expect(jsonOf(result).map((h) => h.id)).toEqual(LOOKUP_SEED.holidays.map((h) => h.id));
		expect(jsonOf(result)).toHaveLength(24);
	});

	test('the date window is applied in n8n: nothing extra is sent and only days inside it are returned', async () => {
		const result = await runRm(
			sandbox,
			{
				resource: 'holiday',
				operation: 'getAll',
				returnAll: true,
				filters: { from: '2026-05-01T00:00:00', to: '2026-12-24T00:00:00' },
			},
			{ timezone: 'America/New_York' },
		);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '1000' }, body: undefined },
		]);
		expect(jsonOf(result).map((h) => h.date)).toEqual([
			'2026-05-01',
			'2026-05-29',
			'2026-10-03',
			'2026-12-24',
		]);
	});

	test('with a window, Limit counts the holidays inside it (the whole list is read)', async () => {
		const result = await runRm(sandbox, {
			resource: 'holiday',
			operation: 'getAll',
			limit: 2,
			filters: { from: '2027-01-01' },
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '1000' }, body: undefined },
		]);
		expect(jsonOf(result)).toEqual([
			{ id: 717, date: '2027-01-01', name: "New Year's Day", ...STAMPS },
			{ id: 718, date: '2027-04-18', name: 'Good Friday', ...STAMPS },
		]);
	});

	test('a window with only an end keeps every earlier holiday', async () => {
		const result = await runRm(sandbox, {
			resource: 'holiday',
			operation: 'getAll',
			returnAll: true,
			filters: { to: '2025-05-01' },
		});
		expect(jsonOf(result).map((h) => h.id)).toEqual([701, 702, 703]);
	});

	test('a window that ends before it starts, or a bad date, fails before any request', async () => {
		const reversed = await runRm(sandbox, {
			resource: 'holiday',
			operation: 'getAll',
			returnAll: true,
			filters: { from: '2026-06-01', to: '2026-01-01' },
		});
		expect(reversed.error?.message).toBe("'To' (2026-01-01) is before 'From' (2026-06-01)");
		const bad = await runRm(sandbox, {
			resource: 'holiday',
			operation: 'getAll',
			returnAll: true,
			filters: { from: 'soon' },
		});
		expect(bad.error?.message).toBe('\'From\' is not a valid date: "soon"');
		expect(sandbox.requests).toHaveLength(0);
	});
});
