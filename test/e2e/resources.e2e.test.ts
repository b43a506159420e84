/**
 * Every resource of both nodes inside a real n8n: one workflow per row of resource-cases.ts
 * (Manual Trigger → the node, with one representative operation), all imported with one
 * `import:workflow` and run with one `execute-batch`. Each row's requests are the sandbox
 * requests that arrived while its run was going (the batch runs one workflow at a time).
 */
import path from 'node:path';
import { RM_TOKEN, SMENSO_TOKENS, startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import type { SandboxRequest } from '../sandbox/server';
import {
	describeExecution,
	N8n,
	requestsDuring,
	type Execution,
	type Json,
} from '../../dev/n8n/n8n';
import { RESOURCE_CASES, type NodeKey, type ResourceCase, type Step } from './resource-cases';
import { e2eVersion } from '../../dev/n8n/versions';
import { allCredentials, CREDENTIALS } from '../../dev/services';
import { PACKAGE_NAME } from '../../dev/n8n/runtime';

const REPO_ROOT = path.resolve(__dirname, '../..');

const NODES: Record<NodeKey, { file: string; exportName: string; credentials: Json }> = {
	smenso: {
		file: 'dist/nodes/Smenso/Smenso.node.js',
		exportName: 'Smenso',
		credentials: { smensoIntegrationApi: CREDENTIALS.smenso },
	},
	resourceManagement: {
		file: 'dist/nodes/ResourceManagement/ResourceManagement.node.js',
		exportName: 'ResourceManagement',
		credentials: { smartsheetResourceManagementApi: CREDENTIALS.resourceManagement },
	},
};

/** The resources a built node offers, from its description. */
async function resourcesOf(node: NodeKey): Promise<string[]> {
	type Description = { properties: Array<{ name: string; options?: Array<{ value: string }> }> };
	const { file, exportName } = NODES[node];
	const built = (await import(path.join(REPO_ROOT, file))) as Record<
		string,
		new () => { description: Description }
	>;
	const NodeClass = built[exportName];
	const resource = new NodeClass().description.properties.find(
		(property) => property.name === 'resource',
	);
	return (resource?.options ?? []).map((option) => option.value);
}

const workflowId = (c: ResourceCase) =>
	`e2e${c.node === 'smenso' ? 'Sm' : 'Rm'}${c.resource[0].toUpperCase()}${c.resource.slice(1)}`;
const label = (c: ResourceCase) => `${c.node} ${c.resource} → ${c.operation}`;

const TRIGGER = 'Start';
const BEFORE = 'Before';
const NODE = 'Node';

function nodeOf(c: ResourceCase, name: string, step: Step, x: number): Json {
	return {
		id: `${workflowId(c)}-${name}`,
		name,
		type: `${PACKAGE_NAME}.${c.node}`,
		typeVersion: 1,
		position: [x, 0],
		parameters: { resource: step.resource, operation: step.operation, ...step.parameters },
		credentials: NODES[c.node].credentials,
	};
}

/** Manual Trigger → [before →] the node. */
function workflowOf(c: ResourceCase): Json {
	const chain = [TRIGGER, ...(c.before ? [BEFORE] : []), NODE];
	return {
		id: workflowId(c),
		name: `e2e: ${label(c)}`,
		nodes: [
			{
				id: `${workflowId(c)}-start`,
				name: TRIGGER,
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			...(c.before ? [nodeOf(c, BEFORE, c.before, 220)] : []),
			nodeOf(c, NODE, c, c.before ? 440 : 220),
		],
		connections: Object.fromEntries(
			chain
				.slice(0, -1)
				.map((from, i) => [from, { main: [[{ node: chain[i + 1], type: 'main', index: 0 }]] }]),
		),
		settings: { executionOrder: 'v1', timezone: 'Europe/Berlin' },
		pinData: {},
	};
}

let sandbox: ResourcePlanningSandbox;
let n8n: N8n;
let runs: Record<string, Execution>;
let requests: SandboxRequest[];
let batchMs: number;

beforeAll(async () => {
	sandbox = await startSandbox();
	n8n = await N8n.create();
	await n8n.importCredentials(allCredentials(sandbox));
	// One import for every workflow, one n8n process for every run.
	await n8n.importWorkflows(RESOURCE_CASES.map(workflowOf));
	sandbox.clearRequests();
	const started = Date.now();
	runs = await n8n.executeBatch(RESOURCE_CASES.map(workflowId));
	batchMs = Date.now() - started;
	requests = [...sandbox.requests];
}, 600_000);

afterAll(async () => {
	await n8n?.dispose();
	await sandbox?.close();
});

describe(`one workflow per resource in n8n ${e2eVersion()}`, () => {
	test('the table covers every resource of both nodes, each once', async () => {
		for (const node of Object.keys(NODES) as NodeKey[]) {
			const covered = RESOURCE_CASES.filter((c) => c.node === node).map((c) => c.resource);
			expect({ node, resources: [...covered].sort() }).toEqual({
				node,
				resources: (await resourcesOf(node)).sort(),
			});
		}
		expect(await resourcesOf('smenso')).toHaveLength(16);
		expect(await resourcesOf('resourceManagement')).toHaveLength(25);
		expect(new Set(RESOURCE_CASES.map(workflowId)).size).toBe(RESOURCE_CASES.length);
	});

	test('one execute-batch ran every workflow, and every request belongs to exactly one run', () => {
		process.stdout.write(
			`[e2e] execute-batch of ${RESOURCE_CASES.length} workflows: ${(batchMs / 1000).toFixed(1)} s\n`,
		);
		expect(Object.keys(runs).sort()).toEqual(RESOURCE_CASES.map(workflowId).sort());
		const owners = requests.map((request) =>
			RESOURCE_CASES.filter((c) => requestsDuring([request], runs[workflowId(c)]).length > 0).map(
				workflowId,
			),
		);
		expect(requests.length).toBeGreaterThan(RESOURCE_CASES.length);
		expect(owners.filter((owner) => owner.length !== 1)).toEqual([]);
	});

	test.each(RESOURCE_CASES.map((c) => [label(c), c] as const))('%s', (_label, c) => {
		const run = runs[workflowId(c)];
		expect(run).toBeDefined();
		expect({ status: run.status, run: describeExecution(run) }).toEqual({
			status: 'success',
			run: expect.any(String),
		});
		expect(run.nodes[NODE]?.status).toBe('success');
		const mine = requestsDuring(requests, run);
		const binaries = run.nodes[NODE].binaries;
		const binary = (name: string) =>
			binaries.map((item) => (item?.[name] ? n8n.readBinary(item[name]) : undefined));
		c.check({ items: run.nodes[NODE].items, binary, requests: mine, sandbox });
		// The credential's auth on every request.
		for (const request of mine) {
			if (c.node === 'smenso')
				expect(request.headers.authorization).toBe(`Basic ${SMENSO_TOKENS.admin}`);
			else expect(request.headers.auth).toBe(RM_TOKEN);
		}
	});
});
