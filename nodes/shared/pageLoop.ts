import {
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
} from 'n8n-workflow';
import { inputError } from './errors';
import { MAX_PAGES, pageFingerprint, type Pager } from './paging';

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
 * How many records the user asked for. List operations show Return All; for them this is
 * all or the Limit. Other operations read a single object (or a list they return whole).
 */
export function wantedRecords(
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
