/**
 * The demo user folder of `npm start` (scripts/start.ts; startDemo in dev/demo.ts): after a start it holds only
 * the demo credentials and workflows, also when an older version had filled it with the e2e
 * tests' fixtures (the credential "smenso sandbox (wrong token)", the test workflows). What the
 * user made there stays. A second start finds nothing to remove.
 */
import fs from 'node:fs';
import path from 'node:path';
import { demoWorkflowFiles, startDemo, testWorkflowIds, type DemoStart } from '../../dev/demo';
import { startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import {
	loadWorkflows,
	N8n,
	workflowFiles,
	type CredentialFixture,
	type Json,
	type N8nServer,
} from '../../dev/n8n/n8n';
import {
	allCredentials,
	allPlaceholders,
	CREDENTIALS,
	DEMO_CREDENTIAL_IDS,
	fixtureCredentialIds,
} from '../../dev/services';

const WORKFLOWS = path.join(__dirname, 'workflows');

let sandbox: ResourcePlanningSandbox;
let n8n: N8n;
let first: DemoStart | undefined;

const OWN_CREDENTIAL: CredentialFixture = {
	id: 'myOwnSmenso',
	name: 'My smenso workspace',
	type: 'smensoIntegrationApi',
	data: { workspace: 'acme', apiToken: 'my-own-token' },
};
const OWN_WORKFLOW: Json = {
	id: 'myOwnWorkflow1',
	name: 'My own workflow',
	nodes: [
		{
			id: 'own-trigger',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
	],
	connections: {},
	settings: {},
};

const demoIds = () =>
	demoWorkflowFiles().map((file) => String((JSON.parse(fs.readFileSync(file, 'utf8')) as Json).id));
const ids = (items: Json[]) => items.map((item) => String(item.id)).sort();

/** The credentials and workflows n8n lists for the owner. */
async function contents(
	server: N8nServer,
): Promise<{ credentials: string[]; workflows: string[] }> {
	const cookie = await server.login();
	const credentials = await server.rest('GET', '/credentials', undefined, cookie);
	const workflows = await server.rest('GET', '/workflows', undefined, cookie);
	expect([credentials.status, workflows.status]).toEqual([200, 200]);
	return {
		credentials: ids(credentials.body.data as Json[]),
		workflows: ids(workflows.body.data as Json[]),
	};
}

beforeAll(async () => {
	sandbox = await startSandbox();
	n8n = await N8n.create();
	// The folder as an older `npm start` left it: every credential and workflow of the e2e tests,
	// plus a credential and a workflow the user made.
	await n8n.importCredentials([...allCredentials(sandbox), OWN_CREDENTIAL]);
	await n8n.importWorkflows([
		...loadWorkflows(workflowFiles(WORKFLOWS), allPlaceholders(sandbox)),
		OWN_WORKFLOW,
	]);
	first = await startDemo(n8n, sandbox);
}, 300_000);

afterAll(async () => {
	await first?.server.stop();
	await n8n?.dispose();
	await sandbox?.close();
});

describe('npm start: the demo user folder', () => {
	test('the demo workflows are named "Demo: …" and refer only to the demo credentials', () => {
		expect(first!.workflows.every((w) => String(w.name).startsWith('Demo: '))).toBe(true);
		// Every credential a demo node refers to is one of the demo credentials, by ID and name.
		const demoCredentialRefs = new Set(
			first!.credentials.map((c) => `${c.type}/${c.id}/${c.name}`),
		);
		for (const workflow of first!.workflows) {
			for (const node of workflow.nodes as Json[]) {
				for (const [type, ref] of Object.entries(
					(node.credentials ?? {}) as Record<string, { id: string; name: string }>,
				)) {
					expect(demoCredentialRefs).toContain(`${type}/${ref.id}/${ref.name}`);
				}
			}
		}
	});

	test('removes the fixtures an older version imported; the user’s own credential and workflow stay', async () => {
		expect(first!.removed).toEqual({
			credentials: fixtureCredentialIds(sandbox),
			workflows: testWorkflowIds(),
		});
		expect(first!.removed.credentials).toEqual([CREDENTIALS.smensoBadToken.id]);
		expect(first!.removed.workflows.length).toBeGreaterThanOrEqual(5);

		expect(await contents(first!.server)).toEqual({
			credentials: [...DEMO_CREDENTIAL_IDS, OWN_CREDENTIAL.id].sort(),
			workflows: [...demoIds(), String(OWN_WORKFLOW.id)].sort(),
		});
		// Gone for good, not just archived.
		const cookie = await first!.server.login();
		for (const id of testWorkflowIds()) {
			expect([
				id,
				(await first!.server.rest('GET', `/workflows/${id}`, undefined, cookie)).status,
			]).toEqual([id, 404]);
		}
	});

	test('a second start removes nothing and leaves the same contents', async () => {
		const before = await contents(first!.server);
		await first!.server.stop();
		first = await startDemo(n8n, sandbox);
		expect(first.removed).toEqual({ credentials: [], workflows: [] });
		expect(await contents(first.server)).toEqual(before);
	}, 180_000);

	test('the demos’ sticky notes send users to their own credentials, not into the sandbox ones', () => {
		for (const file of demoWorkflowFiles()) {
			const workflow = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Json[] };
			const text = workflow.nodes
				.filter((node) => node.type === 'n8n-nodes-base.stickyNote')
				.map((node) => String((node.parameters as Json).content))
				.join('\n');
			const says = (phrase: string) => ({
				file: path.basename(file),
				phrase,
				found: text.includes(phrase),
			});
			for (const phrase of [
				'the sandbox credentials and this workflow are reset on every start',
				'create your own credential',
				'*Create new credential*',
			]) {
				expect(says(phrase)).toEqual({ file: path.basename(file), phrase, found: true });
			}
			expect(text).not.toMatch(
				/open the credential \*(smenso sandbox|Resource Management sandbox)/,
			);
		}
	});
});
