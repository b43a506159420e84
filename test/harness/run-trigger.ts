/**
 * Runs trigger nodes the way n8n does, with n8n-core's real contexts: a `Workflow` that keeps the
 * nodes' static data (n8n saves it after every hook call; here it simply stays on the object, so
 * several calls see one another's changes like one activation after another), `HookContext` for
 * the webhook lifecycle (checkExists / create / delete, as n8n's WebhookService calls them),
 * `WebhookContext` for a delivery (with an express-like request and a response that records what
 * the node answered). The credential store and HTTP stack are the ones of run-node.ts.
 *
 * `makeTriggerWorkflow` and `triggerAdditionalData` are generic, for any trigger node (polling
 * triggers build n8n-core's PollContext from the same pieces).
 */
import { HookContext, WebhookContext } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type INode,
	type INodeParameters,
	type INodeType,
	type IWebhookData,
	type IWebhookResponseData,
	type IWorkflowExecuteAdditionalData,
	type WorkflowActivateMode,
	type WorkflowExecuteMode,
} from 'n8n-workflow';
import { makeAdditionalData, makeWorkflow } from '../../dev/runNode';

export interface TriggerOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	credential?: { type: ICredentialType; data: ICredentialDataDecryptedObject };
	/** The node's webhook id (n8n gives every webhook node one); part of its URL. */
	webhookId?: string;
	/** Static data to start from (as n8n loads it from its database), e.g. `{ 'node:Trigger': {...} }`. */
	staticData?: IDataObject;
	/** Workflow timezone; default Europe/Berlin. */
	timezone?: string;
	/** Name of the node in the workflow. */
	nodeName?: string;
}

export const TRIGGER_NODE_NAME = 'Trigger Under Test';
export const TRIGGER_WEBHOOK_ID = '6f1c2a7e-3b9d-4e58-a0c4-2d7f9e1b5a63';

/** A one-node workflow around a trigger, active, with the node's parameter defaults filled in. */
export function makeTriggerWorkflow(options: TriggerOptions): { workflow: Workflow; node: INode } {
	return makeWorkflow({
		...options,
		nodeName: options.nodeName ?? TRIGGER_NODE_NAME,
		webhookId: options.webhookId ?? TRIGGER_WEBHOOK_ID,
		active: true,
	});
}

/** n8n's base URLs for webhooks: what WEBHOOK_URL turns into (`<WEBHOOK_URL>webhook`, `…webhook-test`). */
export function webhookBaseUrls(
	webhookUrl: string,
): Pick<IWorkflowExecuteAdditionalData, 'webhookBaseUrl' | 'webhookTestBaseUrl'> {
	const base = webhookUrl.endsWith('/') ? webhookUrl : `${webhookUrl}/`;
	return { webhookBaseUrl: `${base}webhook`, webhookTestBaseUrl: `${base}webhook-test` };
}

/** additionalData of a trigger run: the test credential store, n8n's webhook base URLs, the HTTP request/response. */
export function triggerAdditionalData(
	options: TriggerOptions,
	extra: { webhookUrl?: string; httpRequest?: unknown; httpResponse?: unknown } = {},
): IWorkflowExecuteAdditionalData {
	const data = makeAdditionalData({
		nodeType: options.nodeType,
		parameters: options.parameters,
		credential: options.credential,
	});
	return Object.assign(data, webhookBaseUrls(extra.webhookUrl ?? 'https://n8n.example.test/'), {
		httpRequest: extra.httpRequest,
		httpResponse: extra.httpResponse,
	}) as IWorkflowExecuteAdditionalData;
}

/** The IWebhookData n8n builds for a node's webhook description (`default` unless named). */
export function webhookData(
	workflow: Workflow,
	node: INode,
	additionalData: IWorkflowExecuteAdditionalData,
	options: { name?: string; isTest?: boolean } = {},
): IWebhookData {
	const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	const description = (nodeType.description.webhooks ?? []).find(
		(hook) => hook.name === (options.name ?? 'default'),
	);
	if (!description) throw new Error(`node has no webhook named ${options.name ?? 'default'}`);
	return {
		httpMethod: description.httpMethod as IWebhookData['httpMethod'],
		node: node.name,
		path: `${node.webhookId}/${String(description.path)}`,
		webhookDescription: description,
		workflowId: String(workflow.id),
		workflowExecuteAdditionalData: additionalData,
		webhookId: node.webhookId,
		isTest: options.isTest,
	};
}

export type HookMethod = 'checkExists' | 'create' | 'delete';

export interface HookResult {
	value?: boolean;
	error?: Error & { description?: string | null; httpCode?: string | null };
}

/**
 * One trigger instance across activations: the same Workflow object (and so the same static data)
 * for every hook call and delivery, like one workflow in n8n's database.
 */
export class TriggerRun {
	readonly workflow: Workflow;
	readonly node: INode;

	constructor(
		readonly options: TriggerOptions,
		readonly webhookUrl = 'https://n8n.example.test/',
	) {
		({ workflow: this.workflow, node: this.node } = makeTriggerWorkflow(options));
	}

	/** The node's static data (what n8n stores for it). */
	get staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	/** The production webhook URL n8n gives the node. */
	get nodeUrl(): string {
		return `${webhookBaseUrls(this.webhookUrl).webhookBaseUrl}/${this.node.webhookId}/webhook`;
	}

	/** Calls one webhook method through n8n-core's HookContext (mode/activation as on activation in n8n). */
	async hook(
		method: HookMethod,
		options: {
			mode?: WorkflowExecuteMode;
			activation?: WorkflowActivateMode;
			isTest?: boolean;
		} = {},
	): Promise<HookResult> {
		const additionalData = triggerAdditionalData(this.options, { webhookUrl: this.webhookUrl });
		const data = webhookData(this.workflow, this.node, additionalData, { isTest: options.isTest });
		const nodeType = this.options.nodeType;
		const fn = nodeType.webhookMethods?.[data.webhookDescription.name]?.[method];
		if (!fn)
			throw new Error(`node has no webhookMethods.${data.webhookDescription.name}.${method}`);
		const context = new HookContext(
			this.workflow,
			this.node,
			additionalData,
			options.mode ?? 'trigger',
			options.activation ?? 'activate',
			data,
		);
		try {
			return { value: await fn.call(context) };
		} catch (error) {
			return { error: error as HookResult['error'] };
		}
	}

	/** What n8n's ActiveWorkflowManager does on activation: checkExists, then create when false. */
	async activate(
		activation: WorkflowActivateMode = 'activate',
	): Promise<HookResult & { created: boolean }> {
		const exists = await this.hook('checkExists', { activation });
		if (exists.error) return { ...exists, created: false };
		if (exists.value) return { value: true, created: false };
		return { ...(await this.hook('create', { activation })), created: true };
	}

	async deactivate(): Promise<HookResult> {
		return await this.hook('delete', { mode: 'internal', activation: 'update' });
	}

	/** Delivers one HTTP request to the node's webhook() through n8n-core's WebhookContext. */
	async receive(request: FakeRequestInit): Promise<WebhookRun> {
		const req = fakeRequest(request);
		const res = new FakeResponse();
		const additionalData = triggerAdditionalData(this.options, {
			webhookUrl: this.webhookUrl,
			httpRequest: req,
			httpResponse: res,
		});
		const data = webhookData(this.workflow, this.node, additionalData);
		const context = new WebhookContext(
			this.workflow,
			this.node,
			additionalData,
			'webhook',
			data,
			[],
			null,
		);
		const nodeType = this.options.nodeType;
		if (!nodeType.webhook) throw new Error('node has no webhook()');
		try {
			const result = await nodeType.webhook.call(context);
			return {
				result,
				response: res,
				items: (result.workflowData?.[0] ?? []).map((item) => item.json),
			};
		} catch (error) {
			return { response: res, items: [], error: error as Error };
		}
	}
}

export interface FakeRequestInit {
	body?: unknown;
	query?: Record<string, string | string[]>;
	headers?: Record<string, string>;
	method?: string;
}

/** The parts of an express request n8n's WebhookContext reads. */
export function fakeRequest(init: FakeRequestInit) {
	return {
		method: init.method ?? 'POST',
		body: init.body,
		query: init.query ?? {},
		headers: { 'content-type': 'application/json', ...init.headers },
		params: {},
	};
}

/** An express-like response that records what a node answers by itself. */
export class FakeResponse {
	statusCode = 200;
	body: unknown;
	headers: Record<string, string> = {};
	headersSent = false;
	ended = false;

	status(code: number): this {
		this.statusCode = code;
		return this;
	}

	setHeader(name: string, value: string): this {
		this.headers[name.toLowerCase()] = value;
		return this;
	}

	json(body: unknown): this {
		this.body = body;
		return this.end();
	}

	send(body: unknown): this {
		this.body = body;
		return this.end();
	}

	end(): this {
		this.ended = true;
		this.headersSent = true;
		return this;
	}
}

export interface WebhookRun {
	result?: IWebhookResponseData;
	response: FakeResponse;
	/** JSON of the items the node would start the workflow with. */
	items: IDataObject[];
	error?: Error;
}
