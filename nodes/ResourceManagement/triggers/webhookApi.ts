import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHookFunctions,
} from 'n8n-workflow';
import { asItemContext } from '../../shared/sender';
import { readPages } from '../../shared/pageLoop';
import { createFetch } from '../../shared/transport';
import { rmBaseUrl } from '../shared/baseUrl';
import { RM_CREDENTIAL, RM_MAX_PAGE_SIZE, RM_SERVICE, rmPager } from '../shared/transport';

/** A webhook as RM lists it: `{id, organization_id, url, status, event_type}`. */
export interface RmWebhook {
	id: number;
	event_type: string;
	url: string;
	status?: string;
}

/**
 * RM's /webhooks endpoints for the trigger's lifecycle, sent through the shared sender: reads are
 * retried like every RM read, creates and deletes only when RM refused them unprocessed (429,
 * connection never opened), errors are worded by describeRmFailure, and the token (plus the
 * trigger's own secret) is redacted from every message.
 */
export interface RmWebhookApi {
	/** Every webhook of the organization (all pages). */
	list(): Promise<RmWebhook[]>;
	/** Registers one webhook; answers its id (undefined when RM's answer names none). */
	create(eventType: string, url: string): Promise<number | undefined>;
	/** Removes one webhook; 'missing' when RM no longer knows it (404). */
	remove(id: number): Promise<'deleted' | 'missing'>;
}

function idOf(value: unknown): number | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const id = (value as IDataObject).id;
	if (id === null || id === undefined || id === '') return undefined;
	const number = Number(id);
	return Number.isSafeInteger(number) ? number : undefined;
}

/** The id in a create answer: a bare object (what RM answers elsewhere) or a `data` wrapper. */
function createdWebhookId(body: unknown): number | undefined {
	const data = body && typeof body === 'object' ? (body as IDataObject).data : undefined;
	return idOf(body) ?? idOf(data) ?? (Array.isArray(data) ? idOf(data[0]) : undefined);
}

function asWebhook(record: IDataObject): RmWebhook | undefined {
	const id = idOf(record);
	if (id === undefined) return undefined;
	return {
		id,
		event_type: String(record.event_type ?? ''),
		url: String(record.url ?? ''),
		status:
			record.status === undefined || record.status === null ? undefined : String(record.status),
	};
}

export async function rmWebhookApi(
	hook: IHookFunctions,
	extraSecrets: string[] = [],
): Promise<RmWebhookApi> {
	const ctx: IExecuteSingleFunctions = asItemContext(hook);
	const baseURL = rmBaseUrl(await ctx.getCredentials(RM_CREDENTIAL));
	const defaults = { baseURL, headers: { Accept: 'application/json' } };
	const fetch = await createFetch(ctx, RM_SERVICE, defaults, { secrets: extraSecrets });
	// A webhook RM no longer knows (404) counts as removed, so deletes read that status themselves.
	const fetchDelete = await createFetch(ctx, RM_SERVICE, defaults, {
		secrets: extraSecrets,
		tolerate: [404],
	});

	return {
		async list() {
			const result = await readPages(
				ctx,
				rmPager,
				// baseURL in the request itself: next links are resolved against it.
				{ method: 'GET', baseURL, url: '/webhooks', qs: { per_page: RM_MAX_PAGE_SIZE } },
				fetch,
				async (records) =>
					records.map(asWebhook).filter((hook): hook is RmWebhook => hook !== undefined),
			);
			if ('items' in result) return result.items;
			// Not a {data, paging} list: a bare array is read as the list, anything else is an error
			// (reading it as "no webhooks" could register duplicates).
			const body = result.single.body as unknown;
			if (Array.isArray(body)) {
				return (body as IDataObject[])
					.map(asWebhook)
					.filter((hook): hook is RmWebhook => hook !== undefined);
			}
			throw new NodeOperationError(
				ctx.getNode(),
				"Resource Management's list of webhooks has an unexpected shape",
				{
					description:
						'GET /webhooks should answer {"data": [...], "paging": {...}}. Check the Base URL of the credential.',
				},
			);
		},
		async create(eventType, url) {
			const { response } = await fetch({
				method: 'POST',
				url: '/webhooks',
				body: { event_type: eventType, url },
			});
			return createdWebhookId(response.body);
		},
		async remove(id) {
			const { response } = await fetchDelete({
				method: 'DELETE',
				url: `/webhooks/${encodeURIComponent(String(id))}`,
			});
			return response.statusCode === 404 ? 'missing' : 'deleted';
		},
	};
}
