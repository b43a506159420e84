import {
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';
import { bodyText, messagesFromBody, type ErrorText } from '../../shared/errors';
import { readPages, type Fetch } from '../../shared/pageLoop';
import { followLink, requestKey, type Pager } from '../../shared/paging';
import { createRunner, type ServiceConfig } from '../../shared/transport';

/** RM's largest page. Return All asks for it; Limit asks for no more than it needs. */
export const RM_MAX_PAGE_SIZE = 1000;

/**
 * RM lists are `{ data: [...], paging: { next } }` where `next` is a host-relative path that
 * already carries every filter and the next page number; it is followed verbatim until null.
 */
export const rmPager: Pager = {
	firstRequest(request, wanted) {
		// An operation that filters records client-side sets per_page itself (full pages).
		if (request.qs?.per_page !== undefined) return request;
		const perPage = Number.isFinite(wanted) ? Math.min(wanted, RM_MAX_PAGE_SIZE) : RM_MAX_PAGE_SIZE;
		return { ...request, qs: { ...(request.qs ?? {}), per_page: perPage } };
	},
	read(response, request) {
		const body = response.body as IDataObject | undefined;
		if (!body || typeof body !== 'object' || !Array.isArray(body.data)) return {};
		const next = (body.paging as IDataObject | undefined)?.next;
		return {
			records: body.data as IDataObject[],
			next: typeof next === 'string' && next ? followLink(next, request) : undefined,
		};
	},
	requestKey,
};

/**
 * RM pages a record's nested collections (`fields=` embeds such as a user's assignments) like a
 * list: as many as the request's per_page (20 without one), with `paging.next` linking the rest.
 * Such a collection is read again from the nested endpoint that link names, so each embedded
 * list is whole and its paging says no page follows.
 */
export async function completeNestedLists(
	ctx: IExecuteSingleFunctions,
	records: IDataObject[],
	base: IHttpRequestOptions,
	fetch: Fetch,
): Promise<void> {
	for (const record of records) {
		for (const [key, value] of Object.entries(record)) {
			const nested = value as { data?: unknown; paging?: IDataObject } | null;
			const next = nested?.paging?.next;
			if (!Array.isArray(nested?.data) || typeof next !== 'string' || !next) continue;
			// The link's filters, from the first record, in pages of the largest size: fewest requests.
			const link = followLink(next, base);
			const whole = { ...link, qs: { ...link.qs, page: 1, per_page: RM_MAX_PAGE_SIZE } };
			const all = await readPages(ctx, rmPager, whole, fetch, async (page) => page);
			if (!('items' in all)) {
				throw new NodeOperationError(ctx.getNode(), `Could not read the rest of '${key}'`, {
					description: `Resource Management answered ${next} with no list. Leave '${key}' out of Include and read it with its own operation.`,
					itemIndex: ctx.getItemIndex(),
				});
			}
			record[key] = { ...nested, data: all.items, paging: { ...nested!.paging, next: null } };
		}
	}
}

/** RM's HTTP failures in words a user can act on. */
export function describeRmFailure(status: number, body: unknown): ErrorText {
	const said = messagesFromBody(body).join('; ') || bodyText(body, 300);
	const detail = said ? `: ${said}` : '';
	const isBadData = status === 403 && /bad data|cannot assign|invalid/i.test(said);
	switch (true) {
		case status === 401:
			return {
				message: 'Resource Management did not accept the API token (401)',
				description:
					'Open the credential and paste the token again from Resource Management → Settings → Developer API, and check that the region matches your account (US or EU).',
			};
		case isBadData || status === 400 || status === 422:
			return {
				message: `Resource Management rejected the data${detail}`,
				description:
					'Fix the fields named in the message: dates are YYYY-MM-DD, IDs must belong to the right kind of record (for example a project or leave type for the assignable), and required fields must be set.',
			};
		case status === 403:
			return {
				message: `The token may not do this (403)${detail}`,
				description:
					'Use a token created by a Resourcing Administrator; some data (such as account-level bill rates) is restricted further.',
			};
		case status === 404:
			return {
				message: `Resource Management found no such record (404)${detail}`,
				description:
					'Check the ID: pick the record from the list or map the "id" of an earlier node. An ID is only found for the right kind of record (a leave type ID is no project ID), and nested records must belong to the parent you chose (for example the phase to its project).',
			};
		case status === 429:
			return {
				message: "Resource Management's rate limit was reached (429)",
				description:
					"Run fewer requests at once: in the node's Options add Batching with a pause between batches.",
			};
		case status >= 500:
			return {
				message: `Resource Management could not process the request (${status})${detail}`,
				description:
					'This is a fault on the service side; try again later. If it was a create, update or delete, it may or may not have been applied: check before running it again.',
			};
		default:
			return {
				message: `Resource Management rejected the request (${status})${detail}`,
				description: 'Check the fields and IDs of this operation.',
			};
	}
}

export const RM_CREDENTIAL = 'smartsheetResourceManagementApi';

/** An RM credential that cannot work, in words (checked before any request). */
export function checkRmCredential(
	credentials: ICredentialDataDecryptedObject,
): ErrorText | undefined {
	if (!String(credentials.apiToken ?? '').trim()) {
		return {
			message: 'The Resource Management credential has no API token',
			description:
				'Open the credential and paste the token from Resource Management → Settings → Developer API.',
		};
	}
	if (
		credentials.region === 'custom' &&
		!/^https?:\/\/[^\s/]+/i.test(String(credentials.baseUrl ?? '').trim())
	) {
		return {
			message: `The credential's Base URL is not a URL: ${JSON.stringify(String(credentials.baseUrl ?? ''))}`,
			description:
				'Enter it as https://host (with or without /api/v1), or pick the US or EU region.',
		};
	}
	return undefined;
}

/** How RM is called: credential, paging, error texts (the runner and the extra requests share it). */
export const RM_SERVICE: ServiceConfig = {
	credentialType: RM_CREDENTIAL,
	secretFields: ['apiToken'],
	checkCredentials: checkRmCredential,
	pager: rmPager,
	describeFailure: describeRmFailure,
	completeRecords: completeNestedLists,
	// Report queries are POSTs that only read, so they may be retried like GETs.
	isRead: (request) =>
		(request.method ?? 'GET').toUpperCase() === 'GET' || /^\/reports\//.test(request.url ?? ''),
};

/** Runs every RM request: exact paging, clear errors. */
export const runRmRequest = createRunner(RM_SERVICE);
