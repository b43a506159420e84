/**
 * One request path: on every way the Resource Management node reads a list (the runner's pages,
 * the follow-up reads of absences, the look-ups of approvals, the polling trigger, the editor's
 * list searches), an answer with `X-RateLimit-Remaining: 0` makes the request that comes next
 * wait for `X-RateLimit-Reset` instead of provoking a 429. Each case names the exhausted request
 * and the request that must wait (the next page of the same list, or the next read of that item).
 */
import { ResourceManagementPollingTrigger } from '../nodes/ResourceManagement/ResourceManagementPollingTrigger.node';
import { rmCredential, rmNode, runRm } from './harness/rm';
import { runListSearch } from './harness/load-options';
import { createPoller } from './harness/run-poll';
import { useSandbox } from './harness/sandbox';
import { projectRecord, RM_SEED } from './sandbox/rm/state';
import type { SandboxRequest } from './sandbox/server';

const sandbox = useSandbox({
	// 1,400 projects: the project picker reads two pages.
	seed: (box) => {
		for (let i = 0; i < 1000; i++)
			box.rm.projects.set(300_000 + i, projectRecord(300_000 + i, { name: `Paged ${i}` }));
	},
});

const api = '/api/v1';
const page = (r: SandboxRequest) => Number(r.query.page ?? 1);
const FIRST_ENTRY = RM_SEED.firstTimeEntryId;

interface PathCase {
	/** The exhausted answer: the first request this matches. */
	exhausted: (r: SandboxRequest) => boolean;
	/** The request that comes right after it and must wait. */
	waits: (r: SandboxRequest) => boolean;
	run: () => Promise<unknown>;
}

const cases: Record<string, PathCase> = {
	'the runner: Absence → Get Many (recorded), time entries page 1 → the leave-type look-up (postReceive)':
		{
			exhausted: (r) => r.path === `${api}/time_entries` && page(r) === 1,
			waits: (r) => r.path === `${api}/leave_types`,
			run: () =>
				runRm(sandbox, {
					resource: 'absence',
					operation: 'getAll',
					kind: 'recorded',
					returnAll: true,
					filters: { from: '2026-02-20', to: '2026-04-30' },
				}),
		},
	'the runner: the leave-type look-up → time entries page 2': {
		exhausted: (r) => r.path === `${api}/leave_types`,
		waits: (r) => r.path === `${api}/time_entries` && page(r) === 2,
		run: () =>
			runRm(sandbox, {
				resource: 'absence',
				operation: 'getAll',
				kind: 'recorded',
				returnAll: true,
				filters: { from: '2026-02-20', to: '2026-04-30' },
			}),
	},
	'the absence follow-up: recorded leave after the planned, time entries page 1 → page 2': {
		exhausted: (r) => r.path === `${api}/time_entries` && page(r) === 1,
		waits: (r) => r.path === `${api}/time_entries` && page(r) === 2,
		run: () =>
			runRm(sandbox, {
				resource: 'absence',
				operation: 'getAll',
				kind: 'both',
				returnAll: true,
				filters: { from: '2026-02-01', to: '2026-02-28' },
			}),
	},
	'the absence follow-up: the assignments (runner) → the leave-type look-up → the time entries': {
		exhausted: (r) => r.path === `${api}/leave_types`,
		waits: (r) => r.path === `${api}/time_entries`,
		run: () =>
			runRm(sandbox, {
				resource: 'absence',
				operation: 'getAll',
				kind: 'both',
				returnAll: true,
				filters: { from: '2026-03-01', to: '2026-03-31' },
			}),
	},
	'the approval look-ups: the first entry → the second entry': {
		exhausted: (r) => r.path === `${api}/time_entries/${FIRST_ENTRY}`,
		waits: (r) => r.path === `${api}/time_entries/${FIRST_ENTRY + 1}`,
		run: () =>
			runRm(sandbox, {
				resource: 'approval',
				operation: 'submit',
				timeEntryIds: `${FIRST_ENTRY}, ${FIRST_ENTRY + 1}`,
			}),
	},
	'the polling trigger: assignments page 1 → page 2': {
		exhausted: (r) => r.path === `${api}/assignments` && page(r) === 1,
		waits: (r) => r.path === `${api}/assignments` && page(r) === 2,
		run: () =>
			createPoller({
				nodeType: new ResourceManagementPollingTrigger(),
				parameters: {
					resource: 'assignment',
					event: 'created',
					kind: 'leave',
					daysBack: 3650,
					daysAhead: 3650,
				},
				credential: rmCredential(sandbox),
			}).poll(),
	},
	'the list search: projects page 1 → page 2': {
		exhausted: (r) => r.path === `${api}/projects` && page(r) === 1,
		waits: (r) => r.path === `${api}/projects` && page(r) === 2,
		run: () =>
			runListSearch({
				nodeType: rmNode,
				credential: rmCredential(sandbox),
				parameters: {} as never,
				method: 'searchProjects',
				filter: 'Paged 999',
			}),
	},
};

test.each(Object.entries(cases))('%s', async (_label, { exhausted, waits, run }) => {
	const reset = Math.ceil(Date.now() / 1000) + 1;
	sandbox.inject({
		when: exhausted,
		headers: {
			'X-RateLimit-Limit': '120',
			'X-RateLimit-Remaining': '0',
			'X-RateLimit-Reset': String(reset),
		},
	});
	const result = (await run()) as { error?: Error } | undefined;
	expect(result?.error).toBeUndefined();
	const index = sandbox.requests.findIndex(exhausted);
	expect(index).toBeGreaterThanOrEqual(0);
	const next = sandbox.requests[index + 1];
	expect(next && waits(next)).toBe(true);
	expect(next.receivedAt).toBeGreaterThanOrEqual(reset * 1000 - 5);
});
