import type { IDataObject, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';

/** Hard stop for any list: far beyond a real account (1,000 pages of up to 1,000 records). */
export const MAX_PAGES = 1000;

/** Splits a response into records and says which request fetches the next page. */
export interface Pager {
	/** The first request of a list operation, e.g. with the page size that fits the records wanted. */
	firstRequest(request: IHttpRequestOptions, wanted: number): IHttpRequestOptions;
	/** `records` is undefined when the response is a single object rather than a list. */
	read(
		response: IN8nHttpFullResponse,
		request: IHttpRequestOptions,
	): { records?: IDataObject[]; next?: IHttpRequestOptions };
	/** Identifies a request, to notice a next link that points back to a page already read. */
	requestKey(request: IHttpRequestOptions): string;
}

/** Identifies a page's content cheaply (size plus first and last record). */
export function pageFingerprint(records: IDataObject[]): string {
	return `${records.length}|${JSON.stringify(records[0])}|${JSON.stringify(records[records.length - 1])}`;
}

/** URL plus sorted query: two requests with the same key fetch the same page. */
export function requestKey(request: IHttpRequestOptions): string {
	const qs = (request.qs ?? {}) as IDataObject;
	const query = Object.keys(qs)
		.filter((key) => qs[key] !== undefined && qs[key] !== null)
		.sort()
		// Values as text: a next link's `per_page=1000` must equal the first request's number 1000.
		.map((key) => `${key}=${String(qs[key])}`)
		.join('&');
	return `${request.method ?? 'GET'} ${request.url}?${query}`;
}

/**
 * Turns a next-page link (absolute, or a path relative to the API host) into the request for
 * that page. The link's own query replaces the previous one: servers put every filter and the
 * page number into it, and appending both would duplicate parameters.
 */
export function followLink(link: string, request: IHttpRequestOptions): IHttpRequestOptions {
	const base = String(request.baseURL ?? '');
	const parsed = new URL(link, base ? `${base.replace(/\/+$/, '')}/` : 'http://invalid.local/');
	const qs: IDataObject = {};
	for (const [key, value] of parsed.searchParams) qs[key] = value;
	const isAbsolute = /^https?:\/\//i.test(link);
	let url = parsed.pathname;
	if (!isAbsolute && base) {
		// A relative link such as `/api/v1/users?page=2` is relative to the host, while our
		// requests are relative to baseURL: keep the request's own path when the link names
		// the same resource, else drop the part of the path that baseURL already holds.
		const basePath = new URL(base).pathname.replace(/\/+$/, '');
		if (request.url && url.endsWith(request.url)) url = request.url;
		else if (basePath && url.startsWith(`${basePath}/`)) url = url.slice(basePath.length);
	}
	return {
		...request,
		baseURL: isAbsolute ? parsed.origin : request.baseURL,
		url,
		qs,
	};
}

/** Reads the `rel="next"` target of a Link header, if any. */
export function nextFromLinkHeader(headers: IDataObject): string | undefined {
	const header = headers.link ?? headers.Link;
	if (typeof header !== 'string') return undefined;
	const match = header.split(',').find((part) => /rel="?next"?/i.test(part));
	return match?.match(/<([^>]+)>/)?.[1];
}

/** Array under one of these keys, next to a next-page marker, is a paged list. */
const LIST_KEYS = ['data', 'items', 'value', 'results'];
const NEXT_KEYS = ['next', 'nextLink', '@odata.nextLink', 'nextPageLink'];

/**
 * The default pager: a JSON array is a whole list (what smenso returns). If a response ever
 * carries a paging marker (a Link header, or an object with a list and a next link), it is
 * followed, with the same loop guards as any other list.
 */
export const listPager: Pager = {
	firstRequest: (request) => request,
	read(response, request) {
		const body = response.body as unknown;
		const linkNext = nextFromLinkHeader(response.headers ?? {});
		if (Array.isArray(body)) {
			return {
				records: body as IDataObject[],
				next: linkNext ? followLink(linkNext, request) : undefined,
			};
		}
		if (body && typeof body === 'object' && !Buffer.isBuffer(body)) {
			const data = body as IDataObject;
			const listKey = LIST_KEYS.find((key) => Array.isArray(data[key]));
			const nextKey = NEXT_KEYS.find((key) => typeof data[key] === 'string' && data[key]);
			if (listKey && (nextKey || linkNext)) {
				const link = nextKey ? (data[nextKey] as string) : linkNext!;
				return { records: data[listKey] as IDataObject[], next: followLink(link, request) };
			}
		}
		return {};
	},
	requestKey,
};
