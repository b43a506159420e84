/**
 * The polling triggers in a real n8n (`n8n start`; 2.41.1, or N8N_E2E_VERSION's): a workflow is activated, its first
 * (activation) poll sets the cursor and runs nothing, a record is created in the sandbox, and the
 * next scheduled poll runs the workflow with exactly that record.
 *
 * n8n rejects polling more often than once a minute, but "Poll Times" accepts a custom cron with a
 * seconds field as long as that field is one fixed second ("17 * * * * *"). Each test creates its
 * workflow with the second a few seconds ahead, so the first scheduled poll comes within seconds
 * of activation instead of up to a minute later.
 */
import { startSandbox, RM_TOKEN, type ResourcePlanningSandbox } from '../sandbox';
import { setRmClock } from '../sandbox/rm/state';
import { ADMIN_AUTH } from '../harness/smenso';
import { SEED } from '../sandbox/smenso/state';
import type { SandboxRequest } from '../sandbox/server';
import { describeExecution, N8n, type Json, type N8nServer } from '../../dev/n8n/n8n';
import { waitFor } from '../../dev/process';
import { allCredentials } from '../../dev/services';
import { pollingWorkflow, rmPollingTrigger, smensoPollingTrigger } from '../../dev/workflows';

/** How far ahead of "now" the first scheduled poll is set: room for creating and activating the workflow. */
const LEAD_SECONDS = 12;

let sandbox: ResourcePlanningSandbox;
let n8n: N8n;
let server: N8nServer;
let cookie: string;

beforeAll(async () => {
	sandbox = await startSandbox();
	n8n = await N8n.create();
	await n8n.importCredentials(allCredentials(sandbox));
	server = await n8n.start();
	cookie = await server.login();
});

afterAll(async () => {
	setRmClock();
	await server?.stop();
	await n8n?.dispose();
	await sandbox?.close();
});

/** Whole-second ISO instant (the services stamp with seconds). */
const nowSecond = (offsetMs = 0) =>
	new Date(Math.floor((Date.now() + offsetMs) / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/**
 * Creates a workflow (trigger → No Operation, dev/workflows.ts) through n8n's REST API, its poll set
 * to a second LEAD_SECONDS ahead, and activates it. Answers its id and when the first scheduled poll is due.
 */
async function activateWithPollSoon(
	name: string,
	trigger: Json,
): Promise<{ id: string; pollAt: number }> {
	const pollAt = Math.ceil((Date.now() + LEAD_SECONDS * 1000) / 1000) * 1000;
	const id = await server.createWorkflow(
		pollingWorkflow('e2ePolling', name, trigger, [new Date(pollAt).getUTCSeconds()]),
		cookie,
	);
	await server.activate(id, cookie);
	return { id, pollAt };
}

/** waitFor's settings for what n8n does right after answering a request (activation runs after it). */
const AFTER_ANSWER = { timeoutMs: 20_000, intervalMs: 100, extra: () => server.log().slice(-3000) };

const gets = (fragment: string) =>
	sandbox.requests.filter((request) => request.method === 'GET' && request.path.includes(fragment));
const shapeOf = (request: SandboxRequest) => ({ path: request.path, query: request.query });

test('Resource Management Polling Trigger: an active workflow runs with the time entry created after activation', async () => {
	const started = Date.now();
	// One entry newer than the seed (whose 6,000 entries share one second), so the cursor's second is small.
	setRmClock(nowSecond(-5000));
	await api('POST', '/users/501/time_entries', {
		assignable_id: 1001,
		date: '2026-03-02',
		hours: 1,
	});
	sandbox.clearRequests();

	const { id, pollAt } = await activateWithPollSoon(
		'RM polling trigger: new time entries',
		rmPollingTrigger(),
	);
	// The activation poll: one page of the newest entries, nothing run.
	await waitFor({
		...AFTER_ANSWER,
		read: () => gets('/time_entries').length > 0,
		what: 'the activation poll',
	});
	const probe = { sort_field: 'created', sort_order: 'descending', per_page: '50' };
	expect(gets('/time_entries').map(shapeOf)).toEqual([
		{ path: '/api/v1/time_entries', query: probe },
	]);
	expect(gets('/time_entries')[0].headers.auth).toBe(RM_TOKEN);
	expect(await server.executions(id, cookie)).toEqual([]);

	setRmClock(nowSecond());
	const created = await api('POST', '/users/502/time_entries', {
		assignable_id: 1002,
		date: '2026-03-03',
		hours: 2.5,
		notes: 'After activation',
	});
	expect(Date.now()).toBeLessThan(pollAt);
	sandbox.clearRequests();

	const [execution] = await server.waitForExecutions(id, 1, 75_000);
	expect(describeExecution(execution)).toContain(
		'Trigger: success, 1 items; Next step: success, 1 items',
	);
	expect(execution.nodes.Trigger.items).toEqual([created]);
	expect(execution.nodes['Next step'].items).toEqual([created]);
	// The activation poll ran nothing: this is the only execution.
	expect(await server.executions(id, cookie)).toHaveLength(1);
	// The scheduled poll cost one request.
	expect(gets('/time_entries').map(shapeOf)).toEqual([
		{ path: '/api/v1/time_entries', query: probe },
	]);

	await server.deactivate(id, cookie);
	process.stdout.write(
		`RM polling e2e: ${Date.now() - started} ms (first scheduled poll ${LEAD_SECONDS} s after creating the workflow)\n`,
	);
	expect(Date.now() - started).toBeLessThan(60_000);
});

test('smenso Trigger: an active workflow runs with the task created after activation', async () => {
	const started = Date.now();
	sandbox.clearRequests();
	const { id, pollAt } = await activateWithPollSoon(
		'smenso trigger: new tasks',
		smensoPollingTrigger(),
	);
	await waitFor({
		...AFTER_ANSWER,
		read: () => gets('/reports/').length > 0,
		what: 'the activation poll',
	});
	const exportQuery = {
		format: 'JSON',
		lang: 'en-US',
		timezone: 'UTC',
		globalProjectsFilter: 'all',
	};
	expect(gets('/reports/').map(shapeOf)).toEqual([
		{ path: '/skyisland/api/reports/tasks/filtered', query: exportQuery },
	]);
	expect(gets('/reports/')[0].headers.authorization).toBe(ADMIN_AUTH);
	expect(await server.executions(id, cookie)).toEqual([]);

	// A task created through the Integration API (the sandbox stamps it with the real clock).
	const before = new Set(sandbox.smenso.tasks.keys());
	const response = await fetch(`${sandbox.smensoBaseUrl}/api/integration/task/json`, {
		method: 'POST',
		headers: { Authorization: ADMIN_AUTH, 'Content-Type': 'application/json' },
		body: JSON.stringify({
			projectId: SEED.mainProjectId,
			task: [{ title: 'Created after activation', startDate: '2026-03-02' }],
		}),
	});
	expect(response.status).toBe(202);
	const [taskId] = [...sandbox.smenso.tasks.keys()].filter((key) => !before.has(key));
	expect(Date.now()).toBeLessThan(pollAt);
	sandbox.clearRequests();

	const [execution] = await server.waitForExecutions(id, 1, 75_000);
	expect(describeExecution(execution)).toContain(
		'Trigger: success, 1 items; Next step: success, 1 items',
	);
	expect(execution.nodes.Trigger.items).toEqual([
		expect.objectContaining({
			Id: taskId,
			Title: 'Created after activation',
			Project: 'Website Relaunch',
			'Created On': expect.any(String),
		}),
	]);
	expect(await server.executions(id, cookie)).toHaveLength(1);
	expect(gets('/reports/').map(shapeOf)).toEqual([
		{ path: '/skyisland/api/reports/tasks/filtered', query: exportQuery },
	]);

	await server.deactivate(id, cookie);
	process.stdout.write(
		`smenso polling e2e: ${Date.now() - started} ms (first scheduled poll ${LEAD_SECONDS} s after creating the workflow)\n`,
	);
	expect(Date.now() - started).toBeLessThan(60_000);
});

/** A call to the sandbox's RM API, as someone working in RM would make it. */
async function api(method: string, path: string, body: unknown): Promise<Json> {
	const response = await fetch(`${sandbox.rmBaseUrl}/api/v1${path}`, {
		method,
		headers: { auth: RM_TOKEN, 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
	if (!response.ok)
		throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
	return (await response.json()) as Json;
}
