import { NodeApiError } from 'n8n-workflow';
import { SMENSO_TOKENS } from '../sandbox';
import { SEED } from '../sandbox/smenso/state';
import type { RunNodeResult } from '../../dev/runNode';
import { leakedTokens } from '../harness/secrets';
import { byId, FAST_TICKETS, runSmenso, smensoCredentialType, smensoNode } from '../harness/smenso';
import { runNode } from '../../dev/runNode';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

const WRONG_TOKEN = 'd3JvbmctdG9rZW46bm90LWEtcmVhbC1zZWNyZXQtOTk5OTk5OTk=';

describe('smenso errors', () => {
	test('a wrong token is a 401 with a message that says how to fix it', async () => {
		const result = await runSmenso(
			sandbox,
			{ resource: 'project', operation: 'getAll', limit: 1 },
			{ token: WRONG_TOKEN },
		);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toBe('smenso did not accept the API token (401)');
		expect(result.error?.description).toContain('Admin Center');
		expect(result.error?.httpCode).toBe('401');
		expect(sandbox.requests[0].headers.authorization).toBe(`Basic ${WRONG_TOKEN}`);
	});

	test('a write with a non-admin token is a 403 naming the role it needs', async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'project',
				operation: 'create',
				title: 'X',
				phaseId: 1,
				typeId: 1,
				options: FAST_TICKETS,
			},
			{ token: SMENSO_TOKENS.member },
		);
		expect(result.error?.message).toBe(
			"The token's user may not do this (403): Write operations require a token of a workspace administrator.",
		);
		expect(result.error?.description).toContain('administrator');
	});

	test('an invalid date fails before any request, naming the field', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'create',
			title: 'X',
			phaseId: 1,
			typeId: 1,
			additionalFields: { startDate: '2026-02-30' },
		});
		// n8n's RoutingNode re-wraps errors thrown before the request as NodeApiError; message and
		// description are kept as the node wrote them.
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toBe(`'Start Date' is not a valid date: "2026-02-30"`);
		expect(result.error?.description).toContain('2025-10-01');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('an end date before the start date fails before any request', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'update',
			projectId: byId(SEED.mainProjectId),
			updateFields: { startDate: '2026-05-01', endDate: '01.04.2026' },
		});
		expect(result.error?.message).toBe(
			"'End Date' (2026-04-01) is before 'Start Date' (2026-05-01)",
		);
		expect(sandbox.requests).toHaveLength(0);
	});

	test.each([
		['empty', '', "'Project' is empty"],
		['not a GUID', '12345', `'Project' is not a valid ID: "12345"`],
		['a path', '../../settings', `'Project' is not a valid ID: "../../settings"`],
	])('a project ID that is %s fails before any request', async (_case, value, message) => {
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'get',
			projectId: byId(value),
		});
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toContain('GUID');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('an API validation error is shown with the field smenso names', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'create',
			title: '',
			phaseId: 1,
			typeId: 1,
		});
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toBe(
			'smenso rejected the request (400): One or more validation errors occurred.; project[0].title: The title field is required.',
		);
		expect(result.error?.httpCode).toBe('400');
	});

	test('an unknown project is a 404 that says how to find the right ID', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'get',
			projectId: byId('00000000-0000-4000-8000-000000000000'),
		});
		expect(result.error?.message).toBe('smenso found no such record (404): Project not found');
		expect(result.error?.description).toContain('pick the record from the list');
	});

	test("a failed ticket is an error carrying smenso's message", async () => {
		sandbox.smenso.writeMode = 'async';
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'update',
			projectId: byId([...sandbox.smenso.projects.values()].find((p) => p.archived)!.id as string),
			updateFields: { title: 'Nope' },
			options: FAST_TICKETS,
		});
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toBe(
			'smenso did not apply the change: Archived projects cannot be changed.',
		);
		expect(result.error?.description).toMatch(/Ticket [0-9a-f-]+ ended as Failed/);
	});

	test('a ticket still running at Max Wait Time is reported with its ID, not retried', async () => {
		sandbox.smenso.writeMode = 'async';
		sandbox.smenso.pollsToFinish = 50;
		try {
			const result = await runSmenso(sandbox, {
				resource: 'project',
				operation: 'create',
				title: 'Slow',
				phaseId: 1,
				typeId: 1,
				options: { pollIntervalSeconds: 0.01, maxWaitSeconds: 0.05 },
			});
			expect(result.error?.message).toMatch(
				/^smenso is still processing the change after \d+ s \(ticket [0-9a-f-]+\)$/,
			);
			expect(result.error?.description).toContain('Ticket resource');
			expect(sandbox.requestsTo('/integration/project/json', 'POST')).toHaveLength(1);
		} finally {
			sandbox.smenso.pollsToFinish = 3;
		}
	});

	test('an unreachable host is a clear error', async () => {
		const result = await runNode({
			nodeType: smensoNode,
			parameters: {
				resource: 'project',
				operation: 'getAll',
				limit: 1,
				requestOptions: { maxRetries: 0 },
			},
			credential: {
				type: smensoCredentialType,
				data: {
					workspace: 'x',
					apiToken: SMENSO_TOKENS.admin,
					baseUrl: 'http://127.0.0.1:9/skyisland',
				},
			},
		});
		expect(result.error?.message).toBe(
			'Could not reach http://127.0.0.1:9/skyisland: the connection was refused',
		);
		expect(result.error?.description).toBe(
			'Gave up after 1 attempt. Check the base URL or workspace in the credential and that the host is reachable from n8n.',
		);
	});

	test('with Continue On Fail a bad item becomes an error item and the others go on', async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'project',
				operation: 'create',
				title: '={{ $json.title }}',
				phaseId: 1,
				typeId: 1,
				additionalFields: { startDate: '={{ $json.start }}' },
				options: FAST_TICKETS,
			},
			{
				continueOnFail: true,
				items: [
					{ title: 'First', start: '2026-01-10' },
					{ title: 'Second', start: 'next tuesday' },
					{ title: 'Third', start: '2026-01-12' },
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json).toMatchObject({
			status: 'Completed',
			success: true,
			tempId: 'n8n-item-0',
		});
		expect(result.items[1].error?.message).toBe(`'Start Date' is not a valid date: "next tuesday"`);
		expect(result.items[2].json).toMatchObject({
			status: 'Completed',
			success: true,
			tempId: 'n8n-item-2',
		});
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, undefined, { item: 2 }]);
		const created = sandbox
			.requestsTo('/integration/project/json', 'POST')
			.map((r) => (r.body as { project: Array<{ title: string }> }).project[0].title);
		expect(created.sort()).toEqual(['First', 'Third']);
	});

	test('no output, message, description or error object ever contains the token', async () => {
		const runs: RunNodeResult[] = [
			await runSmenso(sandbox, { resource: 'project', operation: 'getAll', limit: 2 }),
			await runSmenso(
				sandbox,
				{ resource: 'project', operation: 'getAll', limit: 1 },
				{ token: WRONG_TOKEN },
			),
			await runSmenso(
				sandbox,
				{ resource: 'project', operation: 'create', title: 'X', phaseId: 1, typeId: 1 },
				{ token: SMENSO_TOKENS.member },
			),
			await runSmenso(sandbox, {
				resource: 'project',
				operation: 'create',
				title: '',
				phaseId: 1,
				typeId: 1,
			}),
			await runSmenso(sandbox, {
				resource: 'project',
				operation: 'get',
				projectId: byId('00000000-0000-4000-8000-000000000000'),
			}),
		];
		sandbox.inject({
			path: '/project/json',
			response: { status: 500, body: { message: `echo ${SMENSO_TOKENS.admin}` } },
		});
		runs.push(await runSmenso(sandbox, { resource: 'project', operation: 'getAll', limit: 1 }));
		runs.push(
			await runNode({
				nodeType: smensoNode,
				parameters: {
					resource: 'project',
					operation: 'getAll',
					limit: 1,
					requestOptions: { maxRetries: 0 },
				},
				credential: {
					type: smensoCredentialType,
					data: {
						workspace: 'x',
						apiToken: SMENSO_TOKENS.admin,
						baseUrl: 'http://127.0.0.1:9/skyisland',
					},
				},
			}),
		);
		expect(runs.filter((r) => r.error)).toHaveLength(6);
		for (const run of runs) expect(leakedTokens(run, [WRONG_TOKEN])).toEqual([]);
		expect(runs[5].error?.message).toBe('smenso could not process the request (500): echo ***');
	});
});
