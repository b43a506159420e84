/**
 * Rate limits and faults, injected into the sandbox and met by the nodes through n8n's real
 * routing engine: reads wait and retry, writes are never repeated blindly, lists resume at the
 * failed page and never come back truncated.
 */
import { NodeApiError } from 'n8n-workflow';
import { projectRecord, rateLimited, RM_SEED } from './sandbox/rm/state';
import type { SandboxRequest } from './sandbox/server';
import { jsonOf, runRm as runRmRaw } from './harness/rm';
import { useSandbox } from './harness/sandbox';
import { leakedTokens } from './harness/secrets';
import type { RunNodeResult } from '../dev/runNode';
import { byId, runSmenso } from './harness/smenso';
import { SEED } from './sandbox/smenso/state';

/** Every run here is also checked for leaked tokens, whatever fault it met. */
async function runRm(...args: Parameters<typeof runRmRaw>): Promise<RunNodeResult> {
	const result = await runRmRaw(...args);
	expect(leakedTokens(result)).toEqual([]);
	return result;
}
const EXTRA = 10_000 - RM_SEED.projectCount;

const sandbox = useSandbox({
	// 10,000 projects in all (with archived ones included).
	seed: (box) => {
		for (let i = 0; i < EXTRA; i++) {
			const id = 200_000 + i;
			box.rm.projects.set(id, projectRecord(id, { name: `Bulk ${i}` }));
		}
	},
});

const projects = '/api/v1/projects';
const allProjects = {
	resource: 'project',
	operation: 'getAll',
	returnAll: true,
	simplify: false,
	filters: { with_archived: true },
};
const pageOf = (r: SandboxRequest) => Number(r.query.page ?? 1);
const mayHaveApplied = /may or may not have been applied/;

describe('rate limits', () => {
	/** The next GET of /projects says the rate-limit window is used up for `seconds`; answers the reset. */
	function windowUsedUp(seconds: number): number {
		const reset = Math.ceil(Date.now() / 1000) + seconds;
		sandbox.inject({
			method: 'GET',
			path: projects,
			headers: {
				'X-RateLimit-Limit': '120',
				'X-RateLimit-Remaining': '0',
				'X-RateLimit-Reset': String(reset),
			},
		});
		return reset;
	}

	test('Return All over 10,000 RM records with a 429 every 5 pages returns every record exactly once', async () => {
		let seen = 0;
		sandbox.inject({
			method: 'GET',
			path: projects,
			times: 1000,
			when: () => ++seen % 5 === 0,
			respond: () => rateLimited(0),
		});
		const result = await runRm(sandbox, allProjects);
		const items = jsonOf(result);
		expect(items).toHaveLength(10_000);
		expect(new Set(items.map((p) => p.id)).size).toBe(10_000);
		// 10 pages + 2 retried ones; each retry asks for the page that was refused, not page 1.
		expect(sandbox.requests.map(pageOf)).toEqual([1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 9, 10]);
		expect(
			sandbox.requests.every(
				(r) => r.query.per_page === '1000' && r.query.with_archived === 'true',
			),
		).toBe(true);
	});

	test('Retry-After is honoured before the retry', async () => {
		sandbox.inject({
			method: 'GET',
			path: projects,
			response: { status: 429, headers: { 'Retry-After': '1' }, body: {} },
		});
		const result = await runRm(sandbox, { resource: 'project', operation: 'getAll', limit: 2 });
		expect(jsonOf(result)).toHaveLength(2);
		expect(sandbox.requests).toHaveLength(2);
		expect(sandbox.requests[1].receivedAt - sandbox.requests[0].receivedAt).toBeGreaterThanOrEqual(
			950,
		);
	});

	test('X-RateLimit-Remaining: 0 makes the next page wait for the reset instead of provoking a 429', async () => {
		const reset = windowUsedUp(1);
		const result = await runRm(sandbox, {
			...allProjects,
			filters: {},
			limit: 1500,
			returnAll: false,
		});
		expect(jsonOf(result)).toHaveLength(1500);
		expect(sandbox.requests).toHaveLength(2);
		expect(sandbox.requests[1].receivedAt).toBeGreaterThanOrEqual(reset * 1000 - 5);
	});

	test('X-RateLimit-Remaining: 0 with a reset beyond Max Retry Wait fails before the next page is sent', async () => {
		windowUsedUp(600);
		const result = await runRm(sandbox, allProjects);
		expect(result.error).toBeInstanceOf(NodeApiError);
		const used = /^The service's rate limit is used up for the next (\d+) s$/.exec(
			result.error?.message ?? '',
		);
		expect(used).not.toBeNull();
		// 600 s from the reset, less the moment the page took.
		expect(Number(used?.[1])).toBeGreaterThanOrEqual(595);
		expect(Number(used?.[1])).toBeLessThanOrEqual(601);
		expect(result.error?.description).toBe(
			"That is longer than Max Retry Wait (120 s). Raise it in the node's Settings → Request Options, or run the workflow later.",
		);
		expect(sandbox.requests).toHaveLength(1);
	});

	test('a write refused with 429 is sent again and creates exactly one record', async () => {
		const before = sandbox.rm.projects.size;
		sandbox.inject({ method: 'POST', path: projects, response: rateLimited(0) });
		const result = await runRm(sandbox, { resource: 'project', operation: 'create', name: 'Once' });
		expect(jsonOf(result)[0]).toMatchObject({ name: 'Once' });
		expect(sandbox.requestsTo(projects, 'POST')).toHaveLength(2);
		expect(sandbox.rm.projects.size).toBe(before + 1);
	});

	test('when the limit stays exhausted the item fails after Max Retries, with no partial list', async () => {
		sandbox.inject({
			method: 'GET',
			path: projects,
			times: 100,
			when: (r) => pageOf(r) === 3,
			respond: () => rateLimited(0),
		});
		const result = await runRm(sandbox, { ...allProjects, requestOptions: { maxRetries: 2 } });
		expect(result.items).toHaveLength(0);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toBe("Resource Management's rate limit was reached (429)");
		expect(result.error?.description).toMatch(/gave up after 3 attempts over \d+ s\.$/);
		expect(sandbox.requests.map(pageOf)).toEqual([1, 2, 3, 3, 3]);
	});

	test('a wait longer than Max Retry Wait fails at once instead of hanging', async () => {
		sandbox.inject({
			method: 'GET',
			path: projects,
			response: { status: 429, headers: { 'Retry-After': '600' }, body: {} },
		});
		const result = await runRm(sandbox, { resource: 'project', operation: 'getAll', limit: 1 });
		expect(result.error?.message).toBe("Resource Management's rate limit was reached (429)");
		expect(result.error?.description).toContain('beyond Max Retry Wait (120 s)');
		expect(sandbox.requests).toHaveLength(1);
	});

	test('smenso reads are retried on 429 too, and Continue On Fail turns an exhausted item into an error item', async () => {
		sandbox.inject({
			method: 'GET',
			path: '/integration/project/json',
			response: { status: 429, headers: { 'Retry-After': '0' }, body: {} },
		});
		const ok = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'get',
			projectId: byId(SEED.mainProjectId),
		});
		expect(jsonOf(ok)[0]).toMatchObject({ id: SEED.mainProjectId });
		expect(sandbox.requests).toHaveLength(2);

		sandbox.clearRequests();
		sandbox.inject({
			method: 'GET',
			path: '/integration/project/json',
			times: 10,
			when: (r) => r.path.endsWith(SEED.mainProjectId),
			response: { status: 429, headers: { 'Retry-After': '0' }, body: {} },
		});
		const result = await runSmenso(
			sandbox,
			{
				resource: 'project',
				operation: 'get',
				projectId: byId('={{ $json.id }}'),
				requestOptions: { maxRetries: 1 },
			},
			{
				continueOnFail: true,
				items: [{ id: SEED.mainProjectId }, { id: [...sandbox.smenso.projects.keys()][1] }],
			},
		);
		expect(result.items[0].error?.message).toBe("smenso's rate limit was reached (429)");
		expect(result.items[1].json).toMatchObject({ id: [...sandbox.smenso.projects.keys()][1] });
	});
});

describe('temporary faults', () => {
	test.each([502, 503, 504])('a read answered %s is retried', async (status) => {
		sandbox.inject({
			method: 'GET',
			path: projects,
			response: { status, body: { message: 'upstream' } },
		});
		const result = await runRm(sandbox, {
			resource: 'project',
			operation: 'getAll',
			limit: 1,
			requestOptions: { maxWaitSeconds: 5 },
		});
		expect(jsonOf(result)).toHaveLength(1);
		expect(sandbox.requests).toHaveLength(2);
	});

	test('a write answered 503 is not repeated and says the change may or may not have happened', async () => {
		const before = sandbox.rm.projects.size;
		sandbox.inject({
			method: 'POST',
			path: projects,
			response: { status: 503, body: { message: 'unavailable' } },
		});
		const result = await runRm(sandbox, {
			resource: 'project',
			operation: 'create',
			name: 'Maybe',
		});
		expect(result.error?.message).toBe(
			'Resource Management could not process the request (503): unavailable',
		);
		expect(result.error?.description).toMatch(mayHaveApplied);
		expect(sandbox.requestsTo(projects, 'POST')).toHaveLength(1);
		expect(sandbox.rm.projects.size).toBe(before);
	});

	test('a dropped connection on a read is retried', async () => {
		sandbox.inject({ method: 'GET', path: projects, drop: true });
		const result = await runRm(sandbox, {
			resource: 'project',
			operation: 'getAll',
			limit: 3,
			requestOptions: { maxWaitSeconds: 5 },
		});
		expect(jsonOf(result)).toHaveLength(3);
		expect(sandbox.requests).toHaveLength(2);
	});

	test('a dropped connection on a write is not repeated, so nothing is created twice', async () => {
		sandbox.inject({
			method: 'PUT',
			path: `${projects}/${RM_SEED.firstProjectId + 3}`,
			drop: true,
		});
		const result = await runRm(sandbox, {
			resource: 'project',
			operation: 'update',
			projectId: byId(String(RM_SEED.firstProjectId + 3)),
			updateFields: { name: 'Dropped' },
		});
		expect(result.error?.message).toMatch(/^Could not reach http:\/\/127\.0\.0\.1:\d+\/api\/v1: /);
		expect(result.error?.description).toMatch(mayHaveApplied);
		expect(sandbox.requests).toHaveLength(1);
	});

	test('a cut-off JSON answer on a read is retried; on a write it is reported, not repeated', async () => {
		sandbox.inject({ method: 'GET', path: projects, truncate: true });
		const read = await runRm(sandbox, {
			resource: 'project',
			operation: 'getAll',
			limit: 2,
			requestOptions: { maxWaitSeconds: 5 },
		});
		expect(jsonOf(read)).toHaveLength(2);
		expect(sandbox.requests).toHaveLength(2);

		sandbox.clearRequests();
		sandbox.inject({ method: 'POST', path: projects, truncate: true });
		const write = await runRm(sandbox, { resource: 'project', operation: 'create', name: 'Cut' });
		expect(write.error?.message).toMatch(/cut off or is not valid JSON/);
		expect(write.error?.description).toMatch(mayHaveApplied);
		expect(sandbox.requestsTo(projects, 'POST')).toHaveLength(1);
	});

	test('a slow answer beyond the Timeout setting is retried on reads', async () => {
		sandbox.inject({ method: 'GET', path: projects, delayMs: 1500 });
		const result = await runRm(sandbox, {
			resource: 'project',
			operation: 'getAll',
			limit: 1,
			requestOptions: { timeout: 300, maxWaitSeconds: 5 },
		});
		expect(jsonOf(result)).toHaveLength(1);
		expect(sandbox.requests).toHaveLength(2);
	});

	test('a fault in the middle of paging that does not pass fails the item instead of returning part of the list', async () => {
		sandbox.inject({
			method: 'GET',
			path: projects,
			times: 100,
			when: (r) => pageOf(r) === 4,
			response: { status: 503, body: {} },
		});
		const result = await runRm(sandbox, {
			...allProjects,
			requestOptions: { maxRetries: 1, maxWaitSeconds: 5 },
		});
		expect(result.items).toHaveLength(0);
		expect(result.error?.message).toBe('Resource Management could not process the request (503)');
		expect(sandbox.requests.map(pageOf)).toEqual([1, 2, 3, 4, 4]);
	});

	test('smenso ticket polling survives a 503 and the write is sent once', async () => {
		sandbox.inject({
			method: 'GET',
			path: '/integration/status/json/',
			response: { status: 503, body: {} },
		});
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'create',
			title: 'Polled',
			phaseId: 1,
			typeId: 1,
			options: { pollIntervalSeconds: 0.01 },
			requestOptions: { maxWaitSeconds: 5 },
		});
		expect(jsonOf(result)[0]).toMatchObject({ status: 'Completed', success: true });
		expect(sandbox.requestsTo('/integration/project/json', 'POST')).toHaveLength(1);
	});
});
