/**
 * Runs the credential's `test.request` the way n8n's credentials tester does: a copy of the node
 * whose only property routes the test request, run by n8n-core's RoutingNode with the decrypted
 * credential; a failed request is matched against the `responseCode` rules.
 */
import { ExecuteContext, RoutingNode } from 'n8n-core';
import {
	NodeConnectionTypes,
	type ICredentialsDecrypted,
	type IExecuteData,
	type INodeExecutionData,
	type INodeType,
} from 'n8n-workflow';
import { rmCredential, rmCredentialType, rmNode, runRm, shape } from '../harness/rm';
import { emptyRunData, makeAdditionalData, makeWorkflow } from '../../dev/runNode';
import { RM_TOKEN } from '../sandbox';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

interface TestResult {
	status: 'OK' | 'Error';
	message: string;
}

async function testCredential(data: Record<string, string>): Promise<TestResult> {
	const testRequest = rmCredentialType.test!;
	const nodeType: INodeType = {
		description: {
			...rmNode.description,
			credentials: [{ name: rmCredentialType.name, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: testRequest.request },
					default: '',
				},
			],
		},
	};
	const credentialsDecrypted: ICredentialsDecrypted = {
		id: 'credential-under-test',
		name: 'Resource Management',
		type: rmCredentialType.name,
		data,
	};
	const options = {
		nodeType,
		parameters: { temp: '' },
		credential: { type: rmCredentialType, data },
	};
	const { workflow, node } = makeWorkflow(options);
	const input: INodeExecutionData[] = [{ json: {} }];
	const inputData = { [NodeConnectionTypes.Main]: [input] };
	const runExecutionData = emptyRunData();
	const executeData: IExecuteData = { node, data: inputData, source: null };
	const context = new ExecuteContext(
		workflow,
		node,
		makeAdditionalData(options),
		'internal',
		runExecutionData,
		0,
		input,
		inputData,
		executeData,
		[],
	);
	try {
		await new RoutingNode(context, nodeType, credentialsDecrypted).runNode();
	} catch (error) {
		const status = (error as { cause?: { response?: { status?: number } } }).cause?.response
			?.status;
		if (status !== undefined) {
			for (const rule of testRequest.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === status)
					return { status: 'Error', message: rule.properties.message };
			}
			return { status: 'Error', message: `Received HTTP status code: ${status}` };
		}
		return { status: 'Error', message: (error as Error).message };
	}
	return { status: 'OK', message: 'Connection successful!' };
}

describe('Resource Management credential test', () => {
	test('a good token reads one user through GET /users?per_page=1', async () => {
		expect(await testCredential(rmCredential(sandbox).data)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: '/api/v1/users', query: { per_page: '1' }, body: undefined },
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});

	test('the token is trimmed and a base URL with /api/v1 and a trailing slash still works', async () => {
		const data = {
			apiToken: `  ${RM_TOKEN}\n`,
			region: 'custom',
			baseUrl: `${sandbox.rmBaseUrl}/api/v1/`,
		};
		expect(await testCredential(data)).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(sandbox.requests.map((r) => [r.path, r.headers.auth])).toEqual([
			['/api/v1/users', RM_TOKEN],
		]);
	});

	test('a bad token gets the 401 rule message', async () => {
		const rule = rmCredentialType.test!.rules!.find(
			(r) => r.type === 'responseCode' && r.properties.value === 401,
		);
		expect(rule?.properties.message).toBe(
			'Resource Management did not accept the token: copy it again from Settings → Developer API and check the region',
		);
		expect(await testCredential(rmCredential(sandbox, 'wrong-token').data)).toEqual({
			status: 'Error',
			message: rule!.properties.message,
		});
		// n8n-core re-authenticates and repeats a request once after a 401 (for expiring tokens).
		expect(sandbox.requests.map((r) => [r.path, r.query, r.headers.auth])).toEqual(
			Array(2).fill(['/api/v1/users', { per_page: '1' }, 'wrong-token']),
		);
	});

	test('a 403 gets the permission rule message', async () => {
		sandbox.inject({
			method: 'GET',
			path: '/api/v1/users',
			response: { status: 403, body: { message: 'forbidden' } },
		});
		expect(await testCredential(rmCredential(sandbox).data)).toEqual({
			status: 'Error',
			message: 'The token may not read users: use a token created by a Resourcing Administrator',
		});
	});
});

test('a token pasted with spaces or a line break is still redacted when RM echoes it in an error', async () => {
	// The credential sends the trimmed token; redaction must look for that text, not the pasted one.
	sandbox.inject({
		path: '/api/v1/projects',
		respond: (req) => ({ status: 400, body: { message: `bad token ${String(req.headers.auth)}` } }),
	});
	const result = await runRm(
		sandbox,
		{ resource: 'project', operation: 'get', projectId: { __rl: true, mode: 'id', value: '1001' } },
		{ token: `  ${RM_TOKEN}\n` },
	);
	expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	expect(result.error).toBeDefined();
	const everything = JSON.stringify({
		message: result.error?.message,
		description: result.error?.description,
		error: result.error,
		items: result.items,
	});
	expect(everything).toContain('bad token ***');
	expect(everything).not.toContain(RM_TOKEN);
});
