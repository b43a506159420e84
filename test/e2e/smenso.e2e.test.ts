/**
 * The smenso node inside a real n8n: the packed package installed as a community node,
 * credentials and workflows imported with n8n's CLI, runs with `n8n execute` against the sandbox.
 */
import path from 'node:path';
import { SMENSO_TOKENS, startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import type { SandboxRequest } from '../sandbox/server';
import {
	describeExecution,
	loadWorkflows,
	N8n,
	workflowFiles,
	type Execution,
} from '../../dev/n8n/n8n';
import { e2eVersion } from '../../dev/n8n/versions';
import { allCredentials, allPlaceholders } from '../../dev/services';

const WORKFLOWS = path.join(__dirname, 'workflows');

let sandbox: ResourcePlanningSandbox;
let n8n: N8n;

beforeAll(async () => {
	sandbox = await startSandbox();
	n8n = await N8n.create();
	await n8n.importCredentials(allCredentials(sandbox));
	await n8n.importWorkflows(loadWorkflows(workflowFiles(WORKFLOWS), allPlaceholders(sandbox)));
});

afterAll(async () => {
	await n8n?.dispose();
	await sandbox?.close();
});

beforeEach(() => sandbox.clearRequests());

const shape = (r: SandboxRequest) => ({
	method: r.method,
	path: r.path,
	query: r.query,
	body: r.body,
});

function expectStatus(run: Execution, status: string, exitCode: number) {
	// The status and exit code together, with the node summary when they are wrong.
	expect({ status: run.status, exitCode: run.exitCode, run: describeExecution(run) }).toEqual({
		status,
		exitCode,
		run: expect.any(String),
	});
}

describe(`smenso node in n8n ${e2eVersion()}`, () => {
	test('project Get Many with Return All: 2,500 projects from one request', async () => {
		const run = await n8n.execute('smensoProjectGetAll');
		expectStatus(run, 'success', 0);

		const items = run.nodes.smenso.items;
		expect(items).toHaveLength(sandbox.smenso.projects.size);
		expect(items).toHaveLength(2500);
		expect(new Set(items.map((item) => item.id)).size).toBe(2500);
		expect(items[0]).toMatchObject({ title: 'Website Relaunch' });

		expect(sandbox.requests).toHaveLength(1);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/project/json',
			query: {},
			body: undefined,
		});
		expect(sandbox.requests[0].headers.authorization).toBe(`Basic ${SMENSO_TOKENS.admin}`);
	});

	test('project Create: POST, ticket polls until Completed, the new project in the output', async () => {
		const before = sandbox.smenso.projects.size;
		const run = await n8n.execute('smensoProjectCreate');
		expectStatus(run, 'success', 0);

		expect(run.nodes.smenso.items).toHaveLength(1);
		const [out] = run.nodes.smenso.items;
		expect(out).toMatchObject({ status: 'Completed', success: true, tempId: 'n8n-item-0' });
		expect(typeof out.ticketId).toBe('string');
		expect(typeof out.id).toBe('string');

		const [post, ...polls] = sandbox.requests;
		expect(shape(post)).toEqual({
			method: 'POST',
			path: '/skyisland/api/integration/project/json',
			query: {},
			body: {
				timezoneId: 'W. Europe Standard Time',
				project: [
					{
						title: 'Office Move (e2e)',
						phaseId: 2,
						typeId: 1,
						startDate: '2026-03-01',
						endDate: '2026-06-30',
						tempId: 'n8n-item-0',
					},
				],
			},
		});
		// Created → Processing → Completed.
		expect(polls.map((r) => `${r.method} ${r.path}`)).toEqual(
			Array(sandbox.smenso.pollsToFinish).fill(
				`GET /skyisland/api/integration/status/json/${String(out.ticketId)}`,
			),
		);
		expect(
			sandbox.requests.every((r) => r.headers.authorization === `Basic ${SMENSO_TOKENS.admin}`),
		).toBe(true);

		expect(sandbox.smenso.projects.size).toBe(before + 1);
		expect(sandbox.smenso.projects.get(String(out.id))).toMatchObject({
			title: 'Office Move (e2e)',
			startDate: '2026-03-01',
			endDate: '2026-06-30',
		});
	});

	test('a wrong API token fails the run with the node’s 401 message', async () => {
		const run = await n8n.execute('smensoBadToken');
		expectStatus(run, 'error', 1);

		expect(run.error).toMatchObject({
			message: expect.stringContaining('smenso did not accept the API token'),
			httpCode: '401',
			node: 'smenso',
		});
		expect(run.error?.description).toContain('Admin Center');
		expect(run.nodes.smenso).toMatchObject({ status: 'error', items: [] });
		expect(run.nodes.smenso.error?.message).toContain('smenso did not accept the API token');

		expect(sandbox.requests).toHaveLength(1);
		expect(sandbox.requests[0].headers.authorization).toBe('Basic not-a-smenso-token');
	});
});
