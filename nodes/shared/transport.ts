import {
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type PostReceiveAction,
} from 'n8n-workflow';
import { httpError } from './errors';
import { itemSender, type CredentialConfig } from './itemSender';
import { readPages, wantedRecords, type Fetch } from './pageLoop';
import type { Pager } from './paging';
import { isReadRequest, type Sender } from './sender';

/**
 * One request runner per node. n8n's RoutingNode builds the request from the node's
 * declarative routing and, because every operation sets `paginate`, hands it to the runner
 * (n8n's hook for custom pagination). The runner owns what declarative routing cannot express:
 * following pages with guards, async tickets, and error messages people can act on.
 */
export interface ServiceConfig extends CredentialConfig {
	/** How a response is split into records and where the next page is. */
	pager: Pager;
	/**
	 * Called for every write (a request the sender does not treat as a read) answered below 400,
	 * with the request that got the answer: reads the service's result (smenso: 200 results and
	 * 202 tickets) and returns the final response, or throws when the service reports a failure.
	 */
	settleWrite?: (
		this: IExecuteSingleFunctions,
		response: IN8nHttpFullResponse,
		send: Sender,
		request: IHttpRequestOptions,
	) => Promise<IN8nHttpFullResponse>;
	/**
	 * Where the spec knows two paths for one endpoint: the request to try when the first answers
	 * 404. A 404 means nothing was changed, so trying the other path is safe even for writes.
	 */
	alternativeOn404?: (request: IHttpRequestOptions) => Alternative | undefined;
	/**
	 * Sends a write together with other items' writes (smenso's Send in Bulk): the shared answer,
	 * or undefined to send the item on its own.
	 */
	sendWrite?: (
		ctx: IExecuteSingleFunctions,
		request: IHttpRequestOptions,
		send: Sender,
	) => Promise<IN8nHttpFullResponse> | undefined;
	/** Called when an item fails before its request was sent (other items may be waiting for it). */
	dropItem?: (ctx: IExecuteSingleFunctions) => void;
	/** Reads, into the records, what their answer left to further requests (RM: nested pages). */
	completeRecords?: (
		ctx: IExecuteSingleFunctions,
		records: IDataObject[],
		base: IHttpRequestOptions,
		fetch: Fetch,
	) => Promise<void>;
}

/** The second path of an endpoint, and how to check its answer when its scope is wider than the first's. */
export interface Alternative {
	request: IHttpRequestOptions;
	/** Throws when the answer is not the record the first path asked for (e.g. one outside its project). */
	verify?: (
		ctx: IExecuteSingleFunctions,
		response: IN8nHttpFullResponse,
		fetch: Fetch,
	) => Promise<void>;
}

export type { Sender };

/** Throws the service's error for any status of 400 or above. */
function assertOk(
	ctx: IExecuteSingleFunctions,
	config: ServiceConfig,
	response: IN8nHttpFullResponse,
	secrets: string[],
): void {
	if (response.statusCode < 400) return;
	throw httpError(
		ctx.getNode(),
		response.statusCode,
		response.body,
		config.describeFailure(response.statusCode, response.body),
		ctx.getItemIndex(),
		secrets,
	);
}

/** Runs the operation's postReceive functions (all of ours are functions) on the records. */
async function runPostReceive(
	ctx: IExecuteSingleFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	let out = items;
	for (const step of requestData.postReceive) {
		for (const action of step.actions as PostReceiveAction[]) {
			if (typeof action !== 'function') {
				throw new NodeOperationError(
					ctx.getNode(),
					'Only function postReceive actions are supported',
				);
			}
			out = await action.call(ctx, out, response);
		}
	}
	return out;
}

/**
 * The runner's way of sending, for code that RoutingNode does not run (triggers): the credential
 * is checked first, every request goes through the shared sender (retries, rate limits, network
 * errors) and a failure status becomes the service's error, secrets redacted. `ctx` is an item
 * context (for triggers: `asItemContext` from ./sender). `secrets` are redacted besides the
 * credential's; statuses in `tolerate` are handed back for the caller to read (e.g. 404 on a delete).
 */
export async function createFetch(
	ctx: IExecuteSingleFunctions,
	config: ServiceConfig,
	defaults: Partial<IHttpRequestOptions>,
	options: { secrets?: string[]; tolerate?: number[] } = {},
): Promise<Fetch> {
	const { send, secrets: own } = await itemSender(ctx, config);
	const secrets = [...own, ...(options.secrets ?? []).filter(Boolean)];
	return async (request) => {
		const response = await send({ ...defaults, ...request });
		if (!options.tolerate?.includes(response.statusCode)) assertOk(ctx, config, response, secrets);
		return { response, request };
	};
}

/** The request runner of a service: RoutingNode hands it every item's request (see ServiceConfig). */
export function createRunner(config: ServiceConfig) {
	return async function runRequest(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		let done = false;
		try {
			const items = await runItem(this, config, requestData);
			done = true;
			return items;
		} finally {
			// Items sent together must not wait for one that failed before its request went out.
			if (!done) config.dropItem?.(this);
		}
	};
}

/** One item: reads every page (or the single answer) and runs the operation's postReceive on it. */
async function runItem(
	ctx: IExecutePaginationFunctions,
	config: ServiceConfig,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const { send: shared, secrets } = await itemSender(ctx, config);
	const { baseURL, timeout } = requestData.options;
	const send: Sender = async (request) => await shared({ baseURL, timeout, ...request });
	const { isList, wanted } = wantedRecords(ctx, requestData);
	const first = isList
		? config.pager.firstRequest(requestData.options as IHttpRequestOptions, wanted)
		: (requestData.options as IHttpRequestOptions);
	const fetch = runnerFetch(ctx, config, send, secrets);
	const complete = async (records: IDataObject[]) =>
		await config.completeRecords?.(
			ctx,
			records,
			{ method: 'GET', baseURL, timeout, url: '' },
			fetch,
		);
	// postReceive runs page by page, so a Limit counts what the user gets even when an
	// operation filters records client-side.
	const result = await readPages(
		ctx,
		config.pager,
		first,
		fetch,
		async (records, response) => {
			await complete(records);
			return await runPostReceive(
				ctx,
				requestData,
				records.map((json) => ({ json })),
				response,
			);
		},
		wanted,
	);
	if ('items' in result) return withPairing(ctx, result.items);
	// A single answer (get, create, update, delete): one item; a bare array, one per element.
	const body: unknown = result.single.body ?? {};
	const items = (Array.isArray(body) ? body : [body]).map((value: unknown) => ({
		json: (value !== null && typeof value === 'object' ? value : { value }) as IDataObject,
	}));
	await complete(items.map((item) => item.json));
	return withPairing(ctx, await runPostReceive(ctx, requestData, items, result.single));
}

/**
 * How the runner fetches one page or record: writes may go out together with other items'
 * (sendWrite), a 404 may be tried on the endpoint's other path, a write's answer is settled
 * (smenso tickets), and any failure status becomes the service's error.
 */
function runnerFetch(
	ctx: IExecutePaginationFunctions,
	config: ServiceConfig,
	send: Sender,
	secrets: string[],
): Fetch {
	const fetch: Fetch = async (request) => {
		const together = isReadRequest(config, request)
			? undefined
			: config.sendWrite?.(ctx, request, send);
		let response = together ? await together : await send(request);
		const alternative =
			response.statusCode === 404 ? config.alternativeOn404?.(request) : undefined;
		if (alternative) {
			const second = await send(alternative.request);
			if (second.statusCode !== 404) {
				response = second;
				request = alternative.request;
				if (response.statusCode < 400) await alternative.verify?.(ctx, response, fetch);
			}
		}
		if (config.settleWrite && response.statusCode < 400 && !isReadRequest(config, request)) {
			response = await config.settleWrite.call(ctx, response, send, request);
		}
		assertOk(ctx, config, response, secrets);
		return { response, request };
	};
	return fetch;
}

function withPairing(
	ctx: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): INodeExecutionData[] {
	const item = ctx.getItemIndex();
	// Set in place rather than copying every item: the items are this run's own objects (made
	// from the response or by postReceive), and a copy per record was the runner's largest cost
	// at 100,000 records (`npm run bench`, BENCHMARKS.md).
	for (const entry of items) entry.pairedItem = { item };
	return items;
}
