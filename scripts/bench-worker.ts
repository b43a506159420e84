/**
 * One benchmark scenario in a process of its own, started by scripts/benchmark.ts (which holds
 * the sandbox, so the sandbox's memory is not counted here). The parent compiles this file to
 * plain JavaScript first: no TypeScript compiler in memory, so the peak RSS is the scenario's.
 * Loading, timing and reporting over the IPC channel: scripts/bench-measure.ts.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { measure, type Run } from './bench-measure';

export type { WorkerMessage } from './bench-measure';

export type Scenario = 'limit' | 'node' | 'http';
export type Service = 'rm' | 'smenso';

export interface WorkerTask {
	scenario: Scenario;
	service: Service;
	/** Timed runs. */
	runs: number;
	/** One untimed run first (JIT, lazy module set-up), reported as the cold run. */
	warmUp: boolean;
	/** RM: the sandbox origin (paths start with /api/v1). smenso: the base ending in /skyisland. */
	baseUrl: string;
	/** RM API token, or smenso's token as sent after "Basic ". */
	token: string;
	/** smenso: the project whose time records are listed. */
	projectId?: string;
	/** HTTP Request node on RM: the `per_page` query parameter; undefined = the API's default. */
	perPage?: number;
	/** n8n-nodes-base's dist folder inside the cached n8n runtime (HTTP scenarios). */
	nodesBaseDir?: string;
}

const RM_MAX_PAGE = 1000;

/** The limit: a bare keep-alive fetch loop (Node's fetch reuses connections) at the largest page size. */
async function limitRun(task: WorkerTask): Promise<Run> {
	// Node loads its fetch client (undici) on the first call: make one that needs no network, so
	// "RSS before the run" includes the client as it includes n8n-core for the other scenarios.
	await (await fetch('data:,')).text();
	if (task.service === 'rm') {
		return async () => {
			const records: unknown[] = [];
			let url: string | undefined = `${task.baseUrl}/api/v1/time_entries?per_page=${RM_MAX_PAGE}`;
			while (url) {
				const response = await fetch(url, {
					headers: { auth: task.token, accept: 'application/json' },
				});
				if (!response.ok) throw new Error(`RM answered ${response.status}`);
				const body = (await response.json()) as {
					data: unknown[];
					paging: { next: string | null };
				};
				for (const record of body.data) records.push(record);
				url = body.paging.next ? new URL(body.paging.next, task.baseUrl).href : undefined;
			}
			return { items: records.length };
		};
	}
	return async () => {
		const url = `${task.baseUrl}/api/integration/timerecord/json/${encodeURIComponent(task.projectId!)}`;
		const response = await fetch(url, {
			headers: { authorization: `Basic ${task.token}`, accept: 'application/json' },
		});
		if (!response.ok) throw new Error(`smenso answered ${response.status}`);
		const records = (await response.json()) as unknown[];
		return { items: records.length };
	};
}

/** This package: the node's Return All through n8n-core's RoutingNode (dev/runNode.ts). */
async function nodeRun(task: WorkerTask): Promise<Run> {
	await import('../dev/coreEnv');
	const { runNode } = await import('../dev/runNode');
	let options: Parameters<typeof runNode>[0];
	if (task.service === 'rm') {
		const { ResourceManagement } = await import(
			'../nodes/ResourceManagement/ResourceManagement.node'
		);
		const { SmartsheetResourceManagementApi } = await import(
			'../credentials/SmartsheetResourceManagementApi.credentials'
		);
		options = {
			nodeType: new ResourceManagement(),
			parameters: { resource: 'timeEntry', operation: 'getAll', returnAll: true },
			credential: {
				type: new SmartsheetResourceManagementApi(),
				data: { apiToken: task.token, region: 'custom', baseUrl: task.baseUrl },
			},
		};
	} else {
		const { Smenso } = await import('../nodes/Smenso/Smenso.node');
		const { SmensoIntegrationApi } = await import(
			'../credentials/SmensoIntegrationApi.credentials'
		);
		options = {
			nodeType: new Smenso(),
			parameters: {
				resource: 'timeEntry',
				operation: 'getAll',
				projectId: { __rl: true, mode: 'id', value: task.projectId! },
				returnAll: true,
			},
			credential: {
				type: new SmensoIntegrationApi(),
				data: { workspace: 'sandbox', apiToken: task.token, baseUrl: task.baseUrl },
			},
		};
	}
	return async () => {
		const result = await runNode(options);
		if (result.error) throw result.error;
		return { items: result.items.length };
	};
}

/**
 * What a user builds today: n8n's HTTP Request node (the version new nodes get) from the n8n
 * runtime's n8n-nodes-base, executed by its own execute() in n8n-core's real ExecuteContext,
 * with the same workflow and additional-data plumbing as the node harness. RM: built-in
 * pagination as n8n's docs suggest (query `page` = `{{ $pageCount + 1 }}`), complete when
 * `paging.next` is null, then a Split Out node on `data` to get one item per record.
 * smenso sends the whole list as a JSON array, which the HTTP node already splits into items.
 */
async function httpRun(task: WorkerTask): Promise<Run> {
	await import('../dev/coreEnv');
	const path = await import('node:path');
	const { ExecuteContext } = await import('n8n-core');
	const { NodeConnectionTypes, Workflow } = await import('n8n-workflow');
	const { emptyRunData, makeAdditionalData } = await import('../dev/runNode');
	const base = task.nodesBaseDir!;
	const { HttpRequest } = await import(path.join(base, 'nodes/HttpRequest/HttpRequest.node.js'));
	const { SplitOut } = await import(path.join(base, 'nodes/Transform/SplitOut/SplitOut.node.js'));
	const { HttpHeaderAuth } = await import(
		path.join(base, 'credentials/HttpHeaderAuth.credentials.js')
	);
	type NodeTypeLike = import('n8n-workflow').INodeType;
	type NodeLike = import('n8n-workflow').INode;

	const versioned = new HttpRequest();
	const version = versioned.description.defaultVersion as number;
	const httpType = versioned.nodeVersions[version] as NodeTypeLike;
	const splitType = new SplitOut() as NodeTypeLike;
	const isRm = task.service === 'rm';

	const httpNode: NodeLike = {
		id: 'http',
		name: 'HTTP Request',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: version,
		position: [0, 0],
		parameters: isRm
			? {
					url: `${task.baseUrl}/api/v1/time_entries`,
					authentication: 'genericCredentialType',
					genericAuthType: 'httpHeaderAuth',
					...(task.perPage
						? {
								sendQuery: true,
								queryParameters: {
									parameters: [{ name: 'per_page', value: String(task.perPage) }],
								},
							}
						: {}),
					options: {
						pagination: {
							pagination: {
								paginationMode: 'updateAParameterInEachRequest',
								parameters: {
									parameters: [{ type: 'qs', name: 'page', value: '={{ $pageCount + 1 }}' }],
								},
								paginationCompleteWhen: 'other',
								completeExpression: '={{ $response.body.paging.next === null }}',
							},
						},
					},
				}
			: {
					url: `${task.baseUrl}/api/integration/timerecord/json/${encodeURIComponent(task.projectId!)}`,
					authentication: 'genericCredentialType',
					genericAuthType: 'httpHeaderAuth',
				},
		credentials: { httpHeaderAuth: { id: 'bench-header', name: 'Header auth' } },
	};
	const splitNode: NodeLike = {
		id: 'split',
		name: 'Split Out',
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		position: [200, 0],
		parameters: { fieldToSplitOut: 'data' },
	};
	const credential = {
		type: new HttpHeaderAuth(),
		data: isRm
			? { name: 'auth', value: task.token }
			: { name: 'Authorization', value: `Basic ${task.token}` },
	};
	const nodeTypes = {
		getByName: (name: string) => (name.endsWith('splitOut') ? splitType : versioned),
		getByNameAndVersion: (name: string) => (name.endsWith('splitOut') ? splitType : httpType),
		getKnownTypes: () => ({}),
	};

	/** Runs one node's execute() over `input` the way n8n's workflow runner does. */
	const execute = async (
		workflow: InstanceType<typeof Workflow>,
		nodeName: string,
		nodeType: NodeTypeLike,
		input: INodeExecutionData[],
	): Promise<INodeExecutionData[]> => {
		const node = workflow.getNode(nodeName)!;
		const inputData = { [NodeConnectionTypes.Main]: [input] };
		const runExecutionData = emptyRunData();
		const context = new ExecuteContext(
			workflow,
			node,
			makeAdditionalData({ nodeType, parameters: {}, credential }),
			'manual',
			runExecutionData,
			0,
			input,
			inputData,
			{ node, data: inputData, source: null },
			[],
		);
		const output = (await nodeType.execute!.call(context)) as INodeExecutionData[][];
		return output[0] ?? [];
	};

	return async (): Promise<{ items: number; detail?: Record<string, number> }> => {
		// A fresh workflow per run, as the node harness does (parameter defaults filled by n8n).
		const workflow = new Workflow({
			id: 'bench-http',
			name: 'HTTP Request benchmark',
			nodes: isRm ? [httpNode, splitNode] : [httpNode],
			connections: isRm
				? {
						[httpNode.name]: {
							main: [[{ node: splitNode.name, type: NodeConnectionTypes.Main, index: 0 }]],
						},
					}
				: {},
			active: false,
			nodeTypes,
			settings: { timezone: 'Europe/Berlin' },
		});
		const started = process.hrtime.bigint();
		const pages = await execute(workflow, httpNode.name, httpType, [
			{ json: {}, pairedItem: { item: 0 } },
		]);
		const httpMs = Number(process.hrtime.bigint() - started) / 1e6;
		if (!isRm) return { items: pages.length, detail: { httpMs } };
		const records = await execute(workflow, splitNode.name, splitType, pages);
		const wrong = pages.find((page) => !Array.isArray((page.json as IDataObject).data));
		if (wrong) throw new Error(`a page without data: ${JSON.stringify(wrong.json).slice(0, 200)}`);
		return { items: records.length, detail: { httpMs, pages: pages.length } };
	};
}

measure<WorkerTask>((task) =>
	task.scenario === 'limit'
		? limitRun(task)
		: task.scenario === 'node'
			? nodeRun(task)
			: httpRun(task),
);
