/**
 * The Resource Management node inside a real n8n (see smenso.e2e.test.ts for how it runs):
 * Return All asks for full pages and sends the `auth` header.
 */
import path from 'node:path';
import { RM_TOKEN, startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import { describeExecution, loadWorkflows, N8n, workflowFiles } from '../../dev/n8n/n8n';
import { allCredentials, allPlaceholders } from '../../dev/services';

let sandbox: ResourcePlanningSandbox;
let n8n: N8n;

beforeAll(async () => {
	sandbox = await startSandbox();
	n8n = await N8n.create();
	await n8n.importCredentials(allCredentials(sandbox));
	await n8n.importWorkflows(
		loadWorkflows(workflowFiles(path.join(__dirname, 'workflows')), allPlaceholders(sandbox)),
	);
});

afterAll(async () => {
	await n8n?.dispose();
	await sandbox?.close();
});

test('user Get Many with Return All: every active user from one full-size page', async () => {
	sandbox.clearRequests();
	const run = await n8n.execute('rmUserGetAll');
	expect({ status: run.status, exitCode: run.exitCode, run: describeExecution(run) }).toEqual({
		status: 'success',
		exitCode: 0,
		run: expect.any(String),
	});

	const active = [...sandbox.rm.users.values()]
		.filter((user) => !user.archived)
		.map((user) => user.id);
	const items = run.nodes['Resource Management'].items;
	expect(items.map((item) => item.id).sort()).toEqual([...active].sort());

	// Return All asks for RM's largest page (1,000): the seeded users fit on one.
	expect(sandbox.requests.map((r) => ({ method: r.method, path: r.path, query: r.query }))).toEqual(
		[{ method: 'GET', path: '/api/v1/users', query: { per_page: '1000' } }],
	);
	expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
});
