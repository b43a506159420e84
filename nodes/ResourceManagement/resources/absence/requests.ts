import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
} from 'n8n-workflow';
import { httpError } from '../../../shared/errors';
import { MAX_PAGES, pageFingerprint, requestKey } from '../../../shared/paging';
import { createSender } from '../../../shared/sender';
import { rmBaseUrl } from '../../shared/baseUrl';
import { describeRmFailure, RM_CREDENTIAL, RM_MAX_PAGE_SIZE, rmPager } from '../../shared/transport';

/*
 * Extra requests some operations make besides their main one (the leave-type look-up of
 * absences, the updated_at look-up of approvals, the time entries of "both" absences). They
 * use the node's credential and the shared sender, and report failures like the runner does.
 */

/** The API root (…/api/v1) for requests made outside the main request. */
export async function apiBase(ctx: IExecuteSingleFunctions): Promise<string> {
	return rmBaseUrl(await ctx.getCredentials(RM_CREDENTIAL));
}

/**
 * Sends one GET with the credential through the shared sender (the runner's retries, rate-limit
 * waits and network errors) and throws the runner's error for any failure status.
 */
export async function rmGet(
	ctx: IExecuteSingleFunctions,
	request: IHttpRequestOptions,
): Promise<IN8nHttpFullResponse> {
	const credentials = await ctx.getCredentials(RM_CREDENTIAL);
	const secrets = [String(credentials.apiToken ?? '').trim()].filter(Boolean);
	const send = createSender(ctx, { credentialType: RM_CREDENTIAL, describeFailure: describeRmFailure }, secrets, {
		method: 'GET',
		json: true,
	});
	const response = await send(request);
	if (response.statusCode >= 400) {
		throw httpError(
			ctx.getNode(),
			response.statusCode,
			response.body,
			describeRmFailure(response.statusCode, response.body),
			ctx.getItemIndex(),
			secrets,
		);
	}
	return response;
}

/**
 * Reads a `{data, paging}` list page by page (1,000 a page), keeping the records `keep` accepts,
 * until `wanted` records are kept or the list ends. Same guards as the runner: a page cap, a
 * next link that points back, a page that repeats.
 */
export async function rmReadList(
	ctx: IExecuteSingleFunctions,
	first: IHttpRequestOptions,
	options: { wanted?: number; keep?: (record: IDataObject) => boolean } = {},
): Promise<IDataObject[]> {
	const wanted = options.wanted ?? Infinity;
	const kept: IDataObject[] = [];
	const seenRequests = new Set<string>();
	const seenPages = new Set<string>();
	let request: IHttpRequestOptions = {
		method: 'GET',
		...first,
		qs: { ...(first.qs ?? {}), per_page: RM_MAX_PAGE_SIZE },
	};
	for (let page = 1; kept.length < wanted; page++) {
		if (page > MAX_PAGES) throw stopped(ctx, `Stopped after ${MAX_PAGES} pages of ${String(first.url)}`);
		seenRequests.add(requestKey(request));
		const { records = [], next } = rmPager.read(await rmGet(ctx, request), request);
		if (records.length === 0) break;
		const fingerprint = pageFingerprint(records);
		if (seenPages.has(fingerprint)) throw stopped(ctx, `The service returned the same page of ${String(first.url)} twice`);
		seenPages.add(fingerprint);
		kept.push(...(options.keep ? records.filter(options.keep) : records));
		if (!next) break;
		if (seenRequests.has(requestKey(next))) {
			throw stopped(ctx, `The next-page link of ${String(first.url)} points back to a page already read`);
		}
		request = next;
	}
	return kept.slice(0, wanted);
}

function stopped(ctx: IExecuteSingleFunctions, message: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, {
		description: 'The list could not be read to its end reliably, so nothing was returned. Try again later or narrow the dates.',
		itemIndex: ctx.getItemIndex(),
	});
}

/**
 * The account's leave types by id → name, looked up once per input item (the context object
 * stays the same while a list is read page by page).
 */
const leaveTypeCache = new WeakMap<object, Promise<Map<number, string>>>();

export async function leaveTypeNames(ctx: IExecuteSingleFunctions, baseURL?: string): Promise<Map<number, string>> {
	const key = ctx as object;
	let cached = leaveTypeCache.get(key);
	if (!cached) {
		cached = (async () => {
			const records = await rmReadList(ctx, { baseURL: baseURL ?? (await apiBase(ctx)), url: '/leave_types' });
			return new Map(records.map((type) => [Number(type.id), String(type.name ?? '')]));
		})();
		leaveTypeCache.set(key, cached);
		cached.catch(() => leaveTypeCache.delete(key));
	}
	return await cached;
}
