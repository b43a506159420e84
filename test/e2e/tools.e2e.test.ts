/**
 * The AI-agent tool variants n8n generates from the nodes (`usableAsTool`): smensoTool and
 * resourceManagementTool. A tool is a sub-node: it has no main input, so `n8n execute` cannot start
 * it, and an AI Agent would need a chat model. n8n's own Tool Executor node (what the editor uses
 * to test a tool on its own) calls a tool without a model: it hands the tool the arguments an agent
 * would fill into `$fromAI(...)`. These runs use it to drive each tool against the sandbox.
 * (That n8n registers both tool types, with their parameters, is checked in editor.e2e.test.ts.)
 */
import { RM_TOKEN, SMENSO_TOKENS, startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import { describeExecution, N8n, type Execution, type Json } from '../../dev/n8n/n8n';
import { allCredentials } from '../../dev/services';
import { TOOL_WORKFLOWS } from './tool-workflows';

let sandbox: ResourcePlanningSandbox;
let n8n: N8n;

beforeAll(async () => {
	sandbox = await startSandbox();
	n8n = await N8n.create();
	await n8n.importCredentials(allCredentials(sandbox));
	await n8n.importWorkflows(Object.values(TOOL_WORKFLOWS));
});

afterAll(async () => {
	await n8n?.dispose();
	await sandbox?.close();
});

beforeEach(() => sandbox.clearRequests());

/** What the tool answered: Tool Executor passes the tool's JSON text on as the item. */
function toolAnswer(run: Execution): unknown {
	expect({ status: run.status, run: describeExecution(run) }).toEqual({
		status: 'success',
		run: expect.any(String),
	});
	const items = run.nodes['Call the tool'].items as unknown[];
	expect(items).toHaveLength(1);
	expect(typeof items[0]).toBe('string');
	return JSON.parse(items[0] as string);
}

describe('the nodes as AI-agent tools, called without a model', () => {
	test('smensoTool: the agent’s limit (2) reaches the node, which returns two projects from one request', async () => {
		const run = await n8n.execute(String(TOOL_WORKFLOWS.smenso.id));
		const answer = toolAnswer(run) as Json[];
		expect(answer.map((p) => p.title)).toEqual(['Website Relaunch', 'Project 0001']);
		expect(run.nodes['smenso projects'].status).toBe('success');
		expect(
			sandbox.requests.map((r) => ({ method: r.method, path: r.path, query: r.query })),
		).toEqual([{ method: 'GET', path: '/skyisland/api/integration/project/json', query: {} }]);
		expect(sandbox.requests[0].headers.authorization).toBe(`Basic ${SMENSO_TOKENS.admin}`);
	});

	test('resourceManagementTool: the agent’s user ID (503) becomes GET /users/503', async () => {
		const run = await n8n.execute(String(TOOL_WORKFLOWS.resourceManagement.id));
		const answer = toolAnswer(run) as Json[];
		expect(answer).toEqual([
			expect.objectContaining({ id: 503, first_name: 'Alan', last_name: 'Tester02' }),
		]);
		expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/users/503']);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});
});
