/**
 * Runs one of our declarative nodes the way n8n does: a real `Workflow`, n8n-core's real
 * `ExecuteContext` and `RoutingNode`, real expression evaluation and the real HTTP stack.
 * The only stand-in is the credentials store, which hands out the test credential and applies
 * a credential's generic `authenticate` block exactly as n8n's CLI does (resolve each key and
 * value as an expression over `$credentials`).
 */
import { DirectoryLoader, ExecuteContext, RoutingNode } from 'n8n-core';
import {
	ICredentialsHelper,
	NodeConnectionTypes,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type ICredentials,
	type IDataObject,
	type IExecuteData,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeExecutionData,
	type INodeParameters,
	type INodeProperties,
	type INodeType,
	type INodeTypes,
	type IRequestOptionsSimplified,
	type IRunExecutionData,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly types: ICredentialType[],
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		incoming: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const options = incoming as unknown as Record<string, Record<string, string>>;
		const auth = this.type(typeName).authenticate;
		if (typeof auth === 'function') return await auth(credentials, incoming as IHttpRequestOptions);
		if (auth?.type === 'generic' && workflow && node) {
			const resolve = (value: string): string => {
				if (typeof value !== 'string' || !value.startsWith('=')) return value;
				const resolved = workflow.expression.getSimpleParameterValue(
					node,
					value,
					'internal',
					{ $credentials: credentials },
					undefined,
					'',
				);
				return resolved ? String(resolved) : '';
			};
			options.headers ??= {};
			for (const [outer, entries] of Object.entries(auth.properties)) {
				for (const [key, value] of Object.entries(entries as Record<string, string>)) {
					options[outer] ??= {};
					options[outer][resolve(key)] = resolve(value);
				}
			}
		}
		return options as unknown as IHttpRequestOptions;
	}

	async preAuthentication(): Promise<undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(_details: INodeCredentialsDetails, _type: string): Promise<ICredentials> {
		throw new Error('not used by declarative nodes');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_details: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.data[type];
		if (!data) throw new Error(`No test credential of type ${type}`);
		return { ...data };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.type(type).properties;
	}

	private type(name: string): ICredentialType {
		const found = this.types.find((t) => t.name === name);
		if (!found) throw new Error(`Unknown credential type ${name}`);
		return found;
	}
}

export interface RunNodeOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	/** Credential type description and the decrypted data the node receives. */
	credential?: { type: ICredentialType; data: ICredentialDataDecryptedObject };
	/** Input items (default: one empty item). */
	items?: IDataObject[];
	continueOnFail?: boolean;
	/** Workflow timezone (n8n's workflow setting); default Europe/Berlin. */
	timezone?: string;
	/** For triggers: the node's name, its webhook id (part of its URL), the workflow's static data, active. */
	nodeName?: string;
	webhookId?: string;
	staticData?: IDataObject;
	active?: boolean;
}

export interface RunNodeResult {
	items: INodeExecutionData[];
	/** Present when the node threw instead of returning items. */
	error?: Error & { description?: string; httpCode?: string | null; context?: IDataObject };
}

/** n8n's loader adds the "Request Options" setting to declarative nodes; do the same, once. */
const loaded = new WeakSet<INodeType>();
function asLoaded(nodeType: INodeType): INodeType {
	if (!loaded.has(nodeType)) {
		DirectoryLoader.applyDeclarativeNodeOptionParameters(nodeType);
		loaded.add(nodeType);
	}
	return nodeType;
}

export function makeWorkflow(options: RunNodeOptions): { workflow: Workflow; node: INode } {
	const { credential } = options;
	const nodeType = asLoaded(options.nodeType);
	const node: INode = {
		id: 'node-under-test',
		name: options.nodeName ?? 'Node Under Test',
		type: `n8n-nodes-resource-planning.${nodeType.description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		continueOnFail: options.continueOnFail ?? false,
		webhookId: options.webhookId,
		credentials: credential
			? { [credential.type.name]: { id: 'cred-1', name: 'Test credential' } }
			: undefined,
	};
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: 'wf-test',
		name: 'Test workflow',
		nodes: [node],
		connections: {},
		active: options.active ?? false,
		nodeTypes,
		staticData: options.staticData,
		settings: { timezone: options.timezone ?? 'Europe/Berlin' },
	});
	// The Workflow constructor fills in parameter defaults exactly as n8n does at run time.
	return { workflow, node: workflow.getNode(node.name)! };
}

let executions = 0;

export function makeAdditionalData(options: RunNodeOptions): IWorkflowExecuteAdditionalData {
	const credentials = new TestCredentialsHelper(
		options.credential ? [options.credential.type] : [],
		options.credential ? { [options.credential.type.name]: options.credential.data } : {},
	);
	return {
		credentialsHelper: credentials,
		// Each run is its own execution, as in n8n (per-execution caches start empty).
		executionId: `test-${++executions}`,
		variables: {},
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		formBaseUrl: '',
		formWaitingBaseUrl: '',
		formTestBaseUrl: '',
		webhookBaseUrl: '',
		webhookWaitingBaseUrl: '',
		webhookTestBaseUrl: '',
		mcpBaseUrl: '',
		mcpTestBaseUrl: '',
		logAiEvent: () => {},
		executeWorkflow: async () => {
			throw new Error('not used');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** The run data of an execution that has just started: what an ExecuteContext needs around one node. */
export function emptyRunData(): IRunExecutionData {
	return {
		version: 1,
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			nodeExecutionStack: [],
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: {},
		},
	} as unknown as IRunExecutionData;
}

/** Runs the node once over the input items and returns its output (or the error it threw). */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const { workflow, node } = makeWorkflow(options);
	const additionalData = makeAdditionalData(options);
	const input: INodeExecutionData[] = (options.items ?? [{}]).map((json, index) => ({
		json,
		pairedItem: { item: index },
	}));
	const inputData = { [NodeConnectionTypes.Main]: [input] };
	const runExecutionData = emptyRunData();
	const executeData: IExecuteData = { node, data: inputData, source: null };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'manual',
		runExecutionData,
		0,
		input,
		inputData,
		executeData,
		[],
	);
	try {
		const output = await new RoutingNode(context, asLoaded(options.nodeType)).runNode();
		return { items: output?.[0] ?? [] };
	} catch (error) {
		return { items: [], error: error as RunNodeResult['error'] };
	}
}
