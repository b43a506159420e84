import {
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecutePaginationFunctions,
	type ICredentialDataDecryptedObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type PostReceiveAction,
} from 'n8n-workflow';
import { httpError, inputError, type ErrorText } from './errors';
import { MAX_PAGES, pageFingerprint, type Pager } from './paging';
import { createSender, isReadRequest, type Sender, type SenderConfig } from './sender';

/**
 * One request runner per node. n8n's RoutingNode builds the request from the node's
 * declarative routing and, because every operation sets `paginate`, hands it to the runner
 * (n8n's hook for custom pagination). The runner owns what declarative routing cannot express:
 * following pages with guards, async tickets, and error messages people can act on.
 */
export interface ServiceConfig extends SenderConfig {
	/** Credential fields that hold secrets; their values are redacted from every message. */
	secretFields: string[];
	/** Says what is wrong with a credential that cannot work, before any request. */
	checkCredentials?: (credentials: ICredentialDataDecryptedObject) => ErrorText | undefined;
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
	sendWrite?: (ctx: IExecuteSingleFunctions, request: IHttpRequestOptions, send: Sender) => Promise<IN8nHttpFullResponse> | undefined;
	/** Called when an item fails before its request was sent (other items may be waiting for it). */
	dropItem?: (ctx: IExecuteSingleFunctions) => void;
}

/** The second path of an endpoint, and how to check its answer when its scope is wider than the first's. */
export interface Alternative {
	request: IHttpRequestOptions;
	/** Throws when the answer is not the record the first path asked for (e.g. one outside its project). */
	verify?: (ctx: IExecuteSingleFunctions, response: IN8nHttpFullResponse, fetch: Fetch) => Promise<void>;
}

export type { Sender };

/**
 * Reads the credential once per item: fails early on a credential that cannot work (an empty
 * token, no workspace) and returns its secrets so every message can be redacted.
 */
async function checkedSecrets(ctx: IExecuteSingleFunctions, config: ServiceConfig): Promise<string[]> {
	let credentials: ICredentialDataDecryptedObject;
	try {
		credentials = await ctx.getCredentials(config.credentialType);
	} catch {
		return [];
	}
	const problem = config.checkCredentials?.(credentials);
	if (problem) throw inputError(ctx.getNode(), problem.message, problem.description, ctx.getItemIndex());
	// Trimmed: the credentials send the trimmed token, so that is the text to redact.
	return config.secretFields.map((field) => String(credentials[field] ?? '').trim()).filter(Boolean);
}

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
				throw new NodeOperationError(ctx.getNode(), 'Only function postReceive actions are supported');
			}
			out = await action.call(ctx, out, response);
		}
	}
	return out;
}

/**
 * How many records the user asked for. List operations show Return All; for them this is
 * all or the Limit. Other operations read a single object (or a list they return whole).
 */
function wantedRecords(
	ctx: IExecuteSingleFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): { isList: boolean; wanted: number } {
	const returnAll = ctx.getNodeParameter('returnAll', null) as boolean | null;
	if (returnAll === null) return { isList: false, wanted: Infinity };
	if (returnAll) return { isList: true, wanted: Infinity };
	// Read the parameter itself: n8n drops a maxResults of 0, which would mean "everything".
	const raw = ctx.getNodeParameter('limit', requestData.maxResults ?? null) as unknown;
	if (raw === null) return { isList: true, wanted: Infinity };
	const limit = Number(raw);
	if (!Number.isInteger(limit) || limit < 1) {
		throw inputError(
			ctx.getNode(),
			`'Limit' must be a whole number of 1 or more: ${JSON.stringify(raw)}`,
			"Set 'Limit' to how many records you want, or turn on 'Return All'.",
			ctx.getItemIndex(),
		);
	}
	return { isList: true, wanted: limit };
}

/** What a page loop reads: a single object (not a list), or the items collected from every page. */
export type PageResult<T> = { single: IN8nHttpFullResponse } | { items: T[] };

/** Fetches one request; returns the answer and the request that got it (it may differ, e.g. a fallback path). */
export type Fetch = (
	request: IHttpRequestOptions,
) => Promise<{ response: IN8nHttpFullResponse; request: IHttpRequestOptions }>;

/**
 * Reads a list page by page until `wanted` items are collected or the list ends, and always
 * terminates: it stops on an empty page and fails (never returning a partial list) on a next
 * link that points back to a page already requested, on a page that repeats an earlier one,
 * and after MAX_PAGES pages. `collect` turns a page's records into items (it may filter them).
 */
export async function readPages<T>(
	ctx: IExecuteSingleFunctions,
	pager: Pager,
	first: IHttpRequestOptions,
	fetch: Fetch,
	collect: (records: IDataObject[], response: IN8nHttpFullResponse) => Promise<T[]>,
	wanted = Infinity,
): Promise<PageResult<T>> {
	const items: T[] = [];
	const seenRequests = new Set<string>();
	const seenPages = new Set<string>();
	const stop = (message: string, description: string) =>
		new NodeOperationError(ctx.getNode(), message, { description, itemIndex: ctx.getItemIndex() });
	let request = first;
	for (let page = 1; ; page++) {
		if (page > MAX_PAGES) {
			throw stop(
				`Stopped after ${MAX_PAGES} pages`,
				'The service kept returning more pages than any real list has. Narrow the request with filters or use Limit.',
			);
		}
		seenRequests.add(pager.requestKey(request));
		const fetched = await fetch(request);
		request = fetched.request;
		const { records, next } = pager.read(fetched.response, request);
		if (records === undefined) return { single: fetched.response };
		// An empty page still passes through `collect` (e.g. "pick one by ID" reports a miss).
		if (records.length === 0) {
			items.push(...(await collect([], fetched.response)));
			break;
		}
		const fingerprint = pageFingerprint(records);
		if (seenPages.has(fingerprint)) {
			throw stop(
				'The service returned the same page twice',
				`Page ${page} repeated an earlier page, so the list cannot be read to its end reliably. Nothing was returned to avoid duplicates; try again later or narrow the request with filters.`,
			);
		}
		seenPages.add(fingerprint);
		items.push(...(await collect(records, fetched.response)));
		if (items.length >= wanted || !next) break;
		if (seenRequests.has(pager.requestKey(next))) {
			throw stop(
				'The next-page link points back to a page already read',
				`After page ${page} the service pointed at a page that was already requested, which would loop forever. Nothing was returned to avoid duplicates; try again later.`,
			);
		}
		request = next;
	}
	return { items: items.slice(0, wanted) };
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

/**
 * One sender per item and service: the main request, every page after it and every extra read
 * an operation makes for that item (look-ups, follow-up lists, pickers) share it, so a used-up
 * rate-limit window (`X-RateLimit-Remaining: 0`) delays whichever request comes next.
 */
const senders = new WeakMap<object, Map<string, Promise<{ send: Sender; secrets: string[] }>>>();

/**
 * RoutingNode runs preSend and postReceive hooks with the item's context, but the runner with a
 * view of it (`Object.create`, adding `makeRoutingRequest`); both must find the same sender.
 */
function itemKey(ctx: IExecuteSingleFunctions): object {
	return Object.prototype.hasOwnProperty.call(ctx, 'makeRoutingRequest') ? (Object.getPrototypeOf(ctx) as object) : ctx;
}

async function itemSender(ctx: IExecuteSingleFunctions, config: ServiceConfig): Promise<{ send: Sender; secrets: string[] }> {
	const key = itemKey(ctx);
	let byService = senders.get(key);
	if (!byService) senders.set(key, (byService = new Map()));
	let entry = byService.get(config.credentialType);
	if (!entry) {
		entry = (async () => {
			const secrets = await checkedSecrets(ctx, config);
			return { send: createSender(ctx, config, secrets, { json: true }), secrets };
		})();
		byService.set(config.credentialType, entry);
		// A credential that cannot work is reported again on the next try, not cached.
		entry.catch(() => byService!.delete(config.credentialType));
	}
	return await entry;
}

export function createRunner(config: ServiceConfig) {
	return async function runRequest(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		let done = false;
		try {
			const items = await runItem.call(this, requestData);
			done = true;
			return items;
		} finally {
			// Items sent together must not wait for one that failed before its request went out.
			if (!done) config.dropItem?.(this);
		}
	};

	async function runItem(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const { send: shared, secrets } = await itemSender(this, config);
		const { baseURL, timeout } = requestData.options;
		const send: Sender = async (request) => await shared({ baseURL, timeout, ...request });
		const { isList, wanted } = wantedRecords(this, requestData);
		const first = isList
			? config.pager.firstRequest(requestData.options as IHttpRequestOptions, wanted)
			: (requestData.options as IHttpRequestOptions);

		const fetch: Fetch = async (request) => {
			const together = isReadRequest(config, request) ? undefined : config.sendWrite?.(this, request, send);
			let response = together ? await together : await send(request);
			const alternative = response.statusCode === 404 ? config.alternativeOn404?.(request) : undefined;
			if (alternative) {
				const second = await send(alternative.request);
				if (second.statusCode !== 404) {
					response = second;
					request = alternative.request;
					if (response.statusCode < 400) await alternative.verify?.(this, response, fetch);
				}
			}
			if (config.settleWrite && response.statusCode < 400 && !isReadRequest(config, request)) {
				response = await config.settleWrite.call(this, response, send, request);
			}
			assertOk(this, config, response, secrets);
			return { response, request };
		};
		// postReceive runs page by page, so a Limit counts what the user gets even when an
		// operation filters records client-side.
		const result = await readPages(
			this,
			config.pager,
			first,
			fetch,
			async (records, response) => await runPostReceive(this, requestData, records.map((json) => ({ json })), response),
			wanted,
		);
		if ('items' in result) return withPairing(this, result.items);
		// A single object (get, create, update, delete): one item.
		const json = (result.single.body ?? {}) as IDataObject;
		const single = [{ json: typeof json === 'object' ? json : { value: json } }];
		return withPairing(this, await runPostReceive(this, requestData, single, result.single));
	}
}

function withPairing(ctx: IExecuteSingleFunctions, items: INodeExecutionData[]): INodeExecutionData[] {
	const item = ctx.getItemIndex();
	// Set in place rather than copying every item: the items are this run's own objects (made
	// from the response or by postReceive), and a copy per record was the runner's largest cost
	// at 100,000 records (benchmark, issue 7).
	for (const entry of items) entry.pairedItem = { item };
	return items;
}
