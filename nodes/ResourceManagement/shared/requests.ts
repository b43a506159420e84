import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { readPages, type Fetch } from '../../shared/pageLoop';
import { createFetch } from '../../shared/transport';
import { rmBaseUrl } from './baseUrl';
import { RM_CREDENTIAL, RM_MAX_PAGE_SIZE, RM_SERVICE, rmPager } from './transport';

/*
 * Extra requests some operations make besides their main one (the leave-type look-up of
 * absences, the updated_at look-up of approvals, the time entries of "both" absences). They
 * use the node's credential, the shared sender and page loop, and report failures like the
 * runner does.
 */

/** The API root (…/api/v1) for requests made outside the main request. */
export async function apiBase(ctx: IExecuteSingleFunctions): Promise<string> {
	return rmBaseUrl(await ctx.getCredentials(RM_CREDENTIAL));
}

/**
 * GETs with the credential through the item's shared sender (the runner's retries, rate-limit
 * waits and network errors); a failure status throws the runner's error.
 */
export async function rmFetch(ctx: IExecuteSingleFunctions): Promise<Fetch> {
	return await createFetch(ctx, RM_SERVICE, { method: 'GET' });
}

/** One GET (see rmFetch). */
export async function rmGet(
	ctx: IExecuteSingleFunctions,
	request: IHttpRequestOptions,
): Promise<IN8nHttpFullResponse> {
	return (await (await rmFetch(ctx))(request)).response;
}

/**
 * Reads a `{data, paging}` list page by page (1,000 a page), keeping the records `keep` accepts,
 * until `wanted` records are kept or the list ends, with the runner's page loop and guards.
 */
export async function rmReadList(
	ctx: IExecuteSingleFunctions,
	first: IHttpRequestOptions,
	options: { wanted?: number; keep?: (record: IDataObject) => boolean } = {},
): Promise<IDataObject[]> {
	const result = await readPages(
		ctx,
		rmPager,
		{ method: 'GET', ...first, qs: { ...(first.qs ?? {}), per_page: RM_MAX_PAGE_SIZE } },
		await rmFetch(ctx),
		async (records) => (options.keep ? records.filter(options.keep) : records),
		options.wanted,
	);
	// A body that is no list has no records.
	return 'items' in result ? result.items : [];
}

/**
 * The account's leave types by id → name, looked up once per input item (the context object
 * stays the same while a list is read page by page).
 */
const leaveTypeCache = new WeakMap<object, Promise<Map<number, string>>>();

export async function leaveTypeNames(
	ctx: IExecuteSingleFunctions,
	baseURL?: string,
): Promise<Map<number, string>> {
	const key = ctx as object;
	let cached = leaveTypeCache.get(key);
	if (!cached) {
		cached = (async () => {
			const records = await rmReadList(ctx, {
				baseURL: baseURL ?? (await apiBase(ctx)),
				url: '/leave_types',
			});
			return new Map(records.map((type) => [Number(type.id), String(type.name ?? '')]));
		})();
		leaveTypeCache.set(key, cached);
		cached.catch(() => leaveTypeCache.delete(key));
	}
	return await cached;
}
