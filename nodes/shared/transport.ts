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
import { MAX_PAGES, pageFingerprint, type Pager } from './paging';
import { createSender, type Sender, type SenderConfig } from './sender';

/**
 * One request runner per node. n8n's RoutingNode builds the request from the node's
 * declarative routing and, because every operation sets `paginate`, hands it to the runner
 * (n8n's hook for custom pagination). The runner owns what declarative routing cannot express:
 * following pages with guards, async tickets, and error messages people can act on.
 */
export interface ServiceConfig extends SenderConfig {
	/** Credential fields that hold secrets; their values are redacted from every message. */
	secretFields: string[];
	/** How a response is split into records and where the next page is. */
	pager: Pager;
	/** Called for 202 Accepted (smenso tickets); returns the final response. */
	onAccepted?: (
		this: IExecuteSingleFunctions,
		accepted: IN8nHttpFullResponse,
		send: Sender,
	) => Promise<IN8nHttpFullResponse>;
	/**
	 * Where the spec knows two paths for one endpoint: the request to try when the first answers
	 * 404. A 404 means nothing was changed, so trying the other path is safe even for writes.
	 */
	alternativeOn404?: (request: IHttpRequestOptions) => IHttpRequestOptions | undefined;
}

export type { Sender };

async function secretsOf(ctx: IExecuteSingleFunctions, config: ServiceConfig): Promise<string[]> {
	try {
		const credentials = await ctx.getCredentials(config.credentialType);
		return config.secretFields.map((field) => String(credentials[field] ?? '')).filter(Boolean);
	} catch {
		return [];
	}
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
	const limit = Number(requestData.maxResults);
	const wanted = returnAll || !Number.isFinite(limit) || limit <= 0 ? Infinity : limit;
	return { isList: true, wanted };
}

export function createRunner(config: ServiceConfig) {
	return async function runRequest(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const secrets = await secretsOf(this, config);
		const { baseURL, timeout } = requestData.options;
		const send = createSender(this, config, secrets, { baseURL, timeout, json: true });
		const { isList, wanted } = wantedRecords(this, requestData);
		let request = isList
			? config.pager.firstRequest(requestData.options as IHttpRequestOptions, wanted)
			: (requestData.options as IHttpRequestOptions);

		// Output items so far. postReceive runs page by page, so a Limit counts what the user gets
		// even when an operation filters records client-side.
		const items: INodeExecutionData[] = [];
		const seenRequests = new Set<string>();
		const seenPages = new Set<string>();

		for (let page = 1; ; page++) {
			if (page > MAX_PAGES) {
				throw new NodeOperationError(this.getNode(), `Stopped after ${MAX_PAGES} pages`, {
					description:
						'The service kept returning more pages than any real list has. Narrow the request with filters or use Limit.',
					itemIndex: this.getItemIndex(),
				});
			}
			seenRequests.add(config.pager.requestKey(request));
			let response = await send(request);
			const alternative = response.statusCode === 404 ? config.alternativeOn404?.(request) : undefined;
			if (alternative) {
				const second = await send(alternative);
				if (second.statusCode !== 404) {
					response = second;
					request = alternative;
				}
			}
			if (response.statusCode === 202 && config.onAccepted) {
				response = await config.onAccepted.call(this, response, send);
			}
			assertOk(this, config, response, secrets);

			const { records: pageRecords, next } = config.pager.read(response, request);
			if (pageRecords === undefined) {
				// A single object (get, create, update, delete): one item.
				const json = (response.body ?? {}) as IDataObject;
				const single = [{ json: typeof json === 'object' ? json : { value: json } }];
				return withPairing(this, await runPostReceive(this, requestData, single, response));
			}
			if (pageRecords.length === 0) {
				// An empty list still passes through postReceive (e.g. "pick one by ID" reports a miss).
				if (page === 1) items.push(...(await runPostReceive(this, requestData, [], response)));
				break;
			}
			const fingerprint = pageFingerprint(pageRecords);
			if (seenPages.has(fingerprint)) {
				throw new NodeOperationError(this.getNode(), 'The service returned the same page twice', {
					description: `Page ${page} repeated an earlier page, so the list cannot be read to its end reliably. Nothing was returned to avoid duplicates; try again later or narrow the request with filters.`,
					itemIndex: this.getItemIndex(),
				});
			}
			seenPages.add(fingerprint);
			const pageItems = pageRecords.map((json) => ({ json }));
			items.push(...(await runPostReceive(this, requestData, pageItems, response)));
			if (items.length >= wanted || !next) break;
			if (seenRequests.has(config.pager.requestKey(next))) {
				throw new NodeOperationError(this.getNode(), 'The next-page link points back to a page already read', {
					description: `After page ${page} the service pointed at a page that was already requested, which would loop forever. Nothing was returned to avoid duplicates; try again later.`,
					itemIndex: this.getItemIndex(),
				});
			}
			request = next;
		}
		return withPairing(this, items.slice(0, wanted));
	};
}

function withPairing(ctx: IExecuteSingleFunctions, items: INodeExecutionData[]): INodeExecutionData[] {
	const item = ctx.getItemIndex();
	return items.map((entry) => ({ ...entry, pairedItem: { item } }));
}
