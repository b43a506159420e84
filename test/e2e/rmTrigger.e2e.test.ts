/**
 * The Resource Management Trigger in a real n8n (`n8n start`; 2.41.1, or N8N_E2E_VERSION's):
 * activating the workflow registers its webhook in the sandbox, a time entry created through the
 * sandbox's API is delivered to n8n and runs the workflow with the right item, a delivery without
 * the trigger's token runs nothing, and deactivating removes the webhook again.
 *
 * n8n runs on plain http on a free local port while it believes it is reachable at
 * https://n8n.example.test/ (N8N_WEBHOOK_URL; WEBHOOK_URL on 1.x), as behind a TLS reverse proxy;
 * the sandbox plays the proxy with its delivery mapping (rmWebhooks(...).deliverVia).
 */
import { RM_TOKEN, startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import { rmWebhooks, type RmWebhookSandbox } from '../sandbox/rm/webhooks';
import { describeExecution, N8n, type Json, type N8nServer } from '../../dev/n8n/n8n';
import { freePort, waitFor } from '../../dev/process';
import { SERVICES } from '../../dev/services';
import { rmTriggerWorkflow } from '../../dev/workflows';

const PUBLIC_URL = 'https://n8n.example.test';
const WORKFLOW_ID = 'rmTriggerE2e01';
const WEBHOOK_ID = '3d0b6a52-8c1e-4f7a-9b25-5e4c7a1f0d98';

const workflow = rmTriggerWorkflow(WORKFLOW_ID, WEBHOOK_ID);

/** waitFor's settings for something n8n does right after answering a request. */
const AFTER_ANSWER = { timeoutMs: 20_000, intervalMs: 100, extra: () => server.log().slice(-3000) };

let sandbox: ResourcePlanningSandbox;
let hooks: RmWebhookSandbox;
let n8n: N8n;
let server: N8nServer;

beforeAll(async () => {
	sandbox = await startSandbox();
	hooks = rmWebhooks(sandbox.rm);
	n8n = await N8n.create();
	const rm = SERVICES.find((service) => service.node === 'resourceManagement')!;
	await n8n.importCredentials(rm.credentials(sandbox));
	await n8n.importWorkflows([workflow]);
	const port = await freePort();
	hooks.deliverVia[PUBLIC_URL] = `http://127.0.0.1:${port}`;
	server = await n8n.start({ port, webhookUrl: `${PUBLIC_URL}/` });
});

afterAll(async () => {
	await server?.stop();
	await n8n?.dispose();
	await sandbox?.close();
});

test('an active workflow receives a time entry created in the sandbox, and deactivating removes its webhook', async () => {
	const cookie = await server.login();
	sandbox.clearRequests();

	// Activation: n8n answers first and registers right after; one GET of the organization's
	// webhooks, one POST for the selected event.
	await server.activate(WORKFLOW_ID, cookie);
	await waitFor({
		...AFTER_ANSWER,
		read: () => hooks.hooks.size === 1,
		what: 'the webhook to be registered',
	});
	const registered = [...hooks.hooks.values()];
	expect(registered).toHaveLength(1);
	expect(registered[0]).toMatchObject({ event_type: 'time.entry.created', status: 'active' });
	const url = String(registered[0].url);
	expect(url).toMatch(
		new RegExp(`^${PUBLIC_URL}/webhook/${WEBHOOK_ID}/webhook\\?token=[A-Za-z0-9]{40}$`),
	);
	expect(sandbox.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
		'GET /api/v1/webhooks',
		'POST /api/v1/webhooks',
	]);
	expect(sandbox.requests.every((request) => request.headers.auth === RM_TOKEN)).toBe(true);

	// A time entry created through the API is delivered to n8n (through the "proxy") and runs the workflow.
	const response = await fetch(`${sandbox.rmBaseUrl}/api/v1/users/501/time_entries`, {
		method: 'POST',
		headers: { auth: RM_TOKEN, 'Content-Type': 'application/json' },
		body: JSON.stringify({
			assignable_id: 1001,
			date: '2026-03-02',
			hours: 2.5,
			notes: 'Logged for the e2e test',
		}),
	});
	expect(response.status).toBe(200);
	const created = (await response.json()) as Json;
	await hooks.settled();
	expect(hooks.deliveries).toEqual([
		expect.objectContaining({
			eventType: 'time.entry.created',
			url,
			status: 200,
			target: url.replace(PUBLIC_URL, hooks.deliverVia[PUBLIC_URL]),
		}),
	]);

	const [execution] = await server.waitForExecutions(WORKFLOW_ID, 1);
	expect(describeExecution(execution)).toContain(
		'New time entry: success, 1 items; Next step: success, 1 items',
	);
	const expected = { event: 'time.entry.created', ...created };
	expect(execution.nodes['New time entry']?.items).toEqual([expected]);
	expect(execution.nodes['Next step']?.items).toEqual([expected]);

	// Someone who knows the URL but not the token gets 401 and runs nothing.
	const forged = await fetch(`${hooks.deliverVia[PUBLIC_URL]}/webhook/${WEBHOOK_ID}/webhook`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ type: 'time.entry.created', data: { id: 1, hours: 99 } }),
	});
	expect(forged.status).toBe(401);
	expect(await server.executions(WORKFLOW_ID, cookie)).toHaveLength(1);

	// Deactivation deletes the webhook in RM.
	sandbox.clearRequests();
	await server.deactivate(WORKFLOW_ID, cookie);
	await waitFor({
		...AFTER_ANSWER,
		read: () => hooks.hooks.size === 0,
		what: 'the webhook to be deleted',
	});
	expect(sandbox.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
		`DELETE /api/v1/webhooks/${String(registered[0].id)}`,
	]);
});
