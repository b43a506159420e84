import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import type { Sender } from '../../shared/transport';
import { pollTicket, ticketIdOf } from './tickets';

/**
 * Send in Bulk: smenso's writes take an array of items and a bulk request counts as one request
 * against the rate limit (smenso.md §3.1, §9), so the items of one node run can go together.
 *
 * n8n's RoutingNode builds every item's request in one synchronous loop and starts them all before
 * awaiting any. The first preSend of every request (the node's runner field) runs inside that
 * loop, so by the time any item reaches the runner, every item that will ever reach it has
 * registered here. Each item then either arrives at the runner with its envelope, or drops out
 * (a preSend or the runner failed before sending: see `wrapPreSends`). A batch is sent as soon as
 * it is full, and the rest once every registered item has arrived or dropped out; the items of a
 * batch share one request and one ticket, and each reads its own result by its `tempId`.
 * The state hangs on the run's execute data (one object per node run): it ends with the run.
 * The options that turn it on (Send in Bulk, Batch Size) are in writeFields.ts.
 */

/** The references name no limit; this keeps a bulk request's body and its ticket result moderate. */
export const MAX_BATCH_SIZE = 500;

/** What a bulk answer tells each of its items besides the response. */
export interface BulkInfo {
	/** Items in the request that carried this item. */
	size: number;
	/** This item's place in it (to pair results by position when smenso echoes no tempId). */
	position: number;
	/** Input items of that request smenso applied (known once the result is final). */
	applied?: number;
}

export type BulkResponse = IN8nHttpFullResponse & { bulk?: BulkInfo };

interface Arrival {
	index: number;
	request: IHttpRequestOptions;
	ctx: IExecuteSingleFunctions;
	send: Sender;
	resolve: (response: BulkResponse) => void;
	reject: (error: unknown) => void;
}

class Batcher {
	private readonly registered = new Set<number>();
	private readonly settled = new Set<number>();
	private readonly waiting = new Map<string, Arrival[]>();

	constructor(private readonly size: number) {}

	register(index: number): void {
		this.registered.add(index);
	}

	/** The item will not be sent (its checks failed): stop waiting for it. */
	drop(index: number): void {
		if (!this.registered.has(index) || this.settled.has(index)) return;
		this.settled.add(index);
		this.flush();
	}

	submit(arrival: Omit<Arrival, 'resolve' | 'reject'>): Promise<BulkResponse> {
		return new Promise((resolve, reject) => {
			this.settled.add(arrival.index);
			const key = groupKey(arrival.request);
			const group = this.waiting.get(key) ?? [];
			group.push({ ...arrival, resolve, reject });
			this.waiting.set(key, group);
			this.flush();
		});
	}

	/** Sends every full batch, and everything once no registered item is still on its way. */
	private flush(): void {
		const everyone = [...this.registered].every((index) => this.settled.has(index));
		for (const [key, group] of this.waiting) {
			while (group.length >= this.size || (everyone && group.length > 0)) {
				group.sort((a, b) => a.index - b.index);
				void sendBatch(group.splice(0, this.size));
			}
			if (!group.length) this.waiting.delete(key);
		}
	}
}

/** Requests that may share a body: same method, path and envelope head (timezoneId, projectId …). */
function groupKey(request: IHttpRequestOptions): string {
	const body = request.body as IDataObject;
	const [entity] = envelopeEntity(body)!;
	const head = Object.fromEntries(Object.entries(body).filter(([key]) => key !== entity));
	return JSON.stringify([
		request.method,
		request.baseURL,
		request.url,
		request.qs ?? {},
		entity,
		head,
	]);
}

/** `[entity, items]` of a write envelope holding one item, or undefined for other bodies. */
export function envelopeEntity(body: unknown): [string, IDataObject[]] | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const lists = Object.entries(body as IDataObject).filter(([, value]) => Array.isArray(value));
	if (lists.length !== 1) return undefined;
	const [entity, items] = lists[0] as [string, IDataObject[]];
	return items.length === 1 && items[0] && typeof items[0] === 'object'
		? [entity, items]
		: undefined;
}

/**
 * One request for the batch's items, then (when smenso answers with a ticket and Wait for
 * Completion is on) one ticket followed to its end; every item gets the final answer.
 */
async function sendBatch(batch: Arrival[]): Promise<void> {
	const [lead] = batch;
	try {
		const [entity] = envelopeEntity(lead.request.body)!;
		const items = batch.map((arrival) => envelopeEntity(arrival.request.body)![1][0]);
		const body = { ...(lead.request.body as IDataObject), [entity]: items };
		let response: IN8nHttpFullResponse = await lead.send({ ...lead.request, body });
		const ticket = response.statusCode === 202 ? ticketIdOf(response.body) : undefined;
		if (
			ticket &&
			response.statusCode < 400 &&
			(lead.ctx.getNodeParameter('options.waitForCompletion', true) as boolean)
		) {
			const final = await pollTicket(lead.ctx, ticket, lead.send);
			// A final status answer in place of the 202: each item reads its result from it.
			response = final.statusCode >= 400 ? final : { ...final, statusCode: 200 };
		}
		const applied = appliedCount(response.body);
		batch.forEach((arrival, position) =>
			arrival.resolve({ ...response, bulk: { size: batch.length, position, applied } }),
		);
	} catch (error) {
		for (const arrival of batch) arrival.reject(error);
	}
}

function appliedCount(body: unknown): number | undefined {
	const list = Array.isArray(body) ? body : (body as IDataObject | undefined)?.items;
	return Array.isArray(list)
		? list.filter((item) => (item as IDataObject)?.success === true).length
		: undefined;
}

/** One batcher per node run (keyed by the run's execute data, which every item context shares). */
const batchers = new WeakMap<object, Batcher>();

function bulkOn(ctx: IExecuteSingleFunctions): boolean {
	try {
		return ctx.getNodeParameter('options.sendInBulk', false) === true;
	} catch {
		return false;
	}
}

function batcherOf(ctx: IExecuteSingleFunctions, create: boolean): Batcher | undefined {
	const key = ctx.getExecuteData();
	let batcher = batchers.get(key);
	if (!batcher && create) {
		const size = Math.min(
			Math.max(Math.floor(Number(ctx.getNodeParameter('options.batchSize', 100))) || 100, 1),
			MAX_BATCH_SIZE,
		);
		batchers.set(key, (batcher = new Batcher(size)));
	}
	return batcher;
}

/** First preSend of every request: an item of a bulk write registers while n8n builds the requests. */
export const registerForBulk: PreSendAction = async function (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) {
	if (bulkOn(this)) batcherOf(this, true)!.register(this.getItemIndex());
	return options;
};

/** The item will not reach the batch (a check failed): the others need not wait for it. */
export function dropFromBulk(ctx: IExecuteSingleFunctions): void {
	if (bulkOn(ctx)) batcherOf(ctx, false)?.drop(ctx.getItemIndex());
}

/**
 * The runner's way to send a write: through the run's batch when Send in Bulk is on and the body
 * is a one-item envelope; undefined otherwise (the item is sent on its own).
 */
export function sendInBulk(
	ctx: IExecuteSingleFunctions,
	request: IHttpRequestOptions,
	send: Sender,
): Promise<BulkResponse> | undefined {
	const batcher = bulkOn(ctx) && envelopeEntity(request.body) ? batcherOf(ctx, false) : undefined;
	if (!batcher) return undefined;
	return batcher.submit({ index: ctx.getItemIndex(), request, ctx, send });
}

/** Wraps every preSend of the node's description so that a failing check drops its item from the batch. */
export function wrapPreSends(properties: INodeProperties[]): void {
	const visit = (node: unknown): void => {
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node)) return node.forEach(visit);
		const record = node as IDataObject & { routing?: { send?: { preSend?: PreSendAction[] } } };
		const send = record.routing?.send;
		if (send?.preSend)
			send.preSend = send.preSend.map((hook) =>
				hook === registerForBulk ? hook : dropOnFailure(hook),
			);
		for (const value of Object.values(record)) if (value && typeof value === 'object') visit(value);
	};
	visit(properties);
}

const wrapped = new WeakSet<PreSendAction>();

function dropOnFailure(hook: PreSendAction): PreSendAction {
	if (wrapped.has(hook)) return hook;
	const guarded: PreSendAction = async function (
		this: IExecuteSingleFunctions,
		options: IHttpRequestOptions,
	) {
		let done = false;
		try {
			const sent = await hook.call(this, options);
			done = true;
			return sent;
		} finally {
			if (!done) dropFromBulk(this);
		}
	};
	wrapped.add(guarded);
	return guarded;
}
