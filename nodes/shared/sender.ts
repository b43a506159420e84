import {
	NodeApiError,
	sleep,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHookFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IN8nHttpFullResponse,
	type IPollFunctions,
	type ITriggerFunctions,
	type IWebhookFunctions,
	type JsonObject,
} from 'n8n-workflow';
import { httpError, redact, type DescribeFailure } from './errors';
import {
	backoffSeconds,
	MAYBE_SENT_CODES,
	NOT_SENT_CODES,
	RETRYABLE_STATUS,
	retryPolicy,
	serverWaitSeconds,
	windowExhausted,
} from './retry';

/** Sends one request with the node's credential; answers any status, throws only when it gives up. */
export type Sender = (request: IHttpRequestOptions) => Promise<IN8nHttpFullResponse>;

export interface SenderConfig {
	credentialType: string;
	describeFailure: DescribeFailure;
	/** Requests that only read (and may be repeated): GET by default; RM report queries too. */
	isRead?: (request: IHttpRequestOptions) => boolean;
}

/**
 * Transport failures in words. (n8n replaces any message that contains an error code such as
 * ECONNREFUSED with a generic text, so the code itself stays out of the message.)
 */
const NETWORK_FAILURES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ECONNRESET: 'the connection was closed before an answer came',
	ENOTFOUND: 'the host name was not found',
	EAI_AGAIN: 'the host name could not be looked up',
	ETIMEDOUT: 'the request timed out',
	ECONNABORTED: 'the request timed out',
	ESOCKETTIMEDOUT: 'the request timed out',
	EPIPE: 'the connection was closed while sending',
};

const MAY_HAVE_APPLIED =
	'It was a create, update or delete, so it may or may not have been applied: look the record up in the service before running the node again. The node never repeats such a request by itself.';

/** Whether a request only reads (may be repeated); everything else is a write. */
export function isReadRequest(config: SenderConfig, request: IHttpRequestOptions): boolean {
	if (config.isRead) return config.isRead(request);
	const method = (request.method ?? 'GET').toUpperCase();
	return method === 'GET' || method === 'HEAD';
}

/** A JSON answer that does not parse (cut off in transit): axios hands it over as text. */
function isUnreadable(request: IHttpRequestOptions, response: IN8nHttpFullResponse): boolean {
	if (request.encoding === 'arraybuffer' || typeof response.body !== 'string' || !response.body) return false;
	const type = String((response.headers as IDataObject)?.['content-type'] ?? '');
	if (!/json/i.test(type)) return false;
	try {
		JSON.parse(response.body);
		return false;
	} catch {
		return true;
	}
}

function attempts(count: number): string {
	return count === 1 ? '1 attempt' : `${count} attempts`;
}

function errorCode(error: unknown): string {
	const e = error as { code?: string; cause?: { code?: string }; message?: string };
	const code = e.code ?? e.cause?.code ?? '';
	if (code) return code;
	return /timeout/i.test(String(e.message ?? '')) ? 'ETIMEDOUT' : '';
}

/**
 * A sender that sends with the credential and keeps going through what real services do:
 * - 429 and 502/503/504 on reads: waits as the service says (`Retry-After`, else
 *   `X-RateLimit-Reset`), else backs off exponentially with jitter, within Max Retries and
 *   Max Retry Wait. A write is retried only on 429 or when the connection never opened: the
 *   service refused it unprocessed, so nothing can be created twice.
 * - dropped connections, timeouts and cut-off JSON on reads: retried the same way; on writes
 *   they fail with a message that the change may or may not have happened.
 * - `X-RateLimit-Remaining: 0`: the next request waits for the window to reset instead of
 *   provoking a 429.
 */
export function createSender(
	ctx: IExecuteSingleFunctions,
	config: SenderConfig,
	secrets: string[],
	defaults: Partial<IHttpRequestOptions> = {},
): Sender {
	const policy = retryPolicy(ctx);
	const node = ctx.getNode();
	const itemIndex = ctx.getItemIndex();
	/** Epoch ms before which no request is sent (the rate-limit window is used up). */
	let pauseUntil = 0;

	return async (request) => {
		const options: IHttpRequestOptions = {
			...defaults,
			...request,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		};
		const isRead = isReadRequest(config, options);
		const host = redact(String(options.baseURL ?? options.url ?? ''), secrets);
		let waited = 0;

		const pause = async (seconds: number, why: () => Error) => {
			if (waited + seconds > policy.maxWaitSeconds) throw why();
			await sleep(seconds * 1000);
			waited += seconds;
		};

		for (let attempt = 0; ; attempt++) {
			const wait = (pauseUntil - Date.now()) / 1000;
			if (wait > 0) {
				await pause(wait, () =>
					new NodeApiError(node, { waitSeconds: wait } as JsonObject, {
						message: `The service's rate limit is used up for the next ${Math.ceil(wait)} s`,
						description: `That is longer than Max Retry Wait (${policy.maxWaitSeconds} s). Raise it in the node's Settings → Request Options, or run the workflow later.`,
						itemIndex,
					}),
				);
			}

			let response: IN8nHttpFullResponse | undefined;
			let code = '';
			try {
				response = (await ctx.helpers.httpRequestWithAuthentication.call(
					ctx,
					config.credentialType,
					options,
				)) as IN8nHttpFullResponse;
			} catch (error) {
				code = errorCode(error);
			}

			if (response) {
				if (windowExhausted(response.headers as IDataObject) && response.statusCode < 400) {
					const reset = serverWaitSeconds(response.headers as IDataObject);
					if (reset !== undefined) pauseUntil = Date.now() + reset * 1000;
				}
				const status = response.statusCode;
				const unreadable = isUnreadable(options, response);
				const retryable = (RETRYABLE_STATUS.has(status) && (isRead || status === 429)) || (unreadable && isRead);
				if (!retryable || attempt >= policy.maxRetries) {
					if (unreadable) {
						throw new NodeApiError(node, { status } as JsonObject, {
							message: `The answer from ${host} was cut off or is not valid JSON`,
							description: isRead
								? `Gave up after ${attempts(attempt + 1)}. The connection or the service is unstable; run the node again later.`
								: MAY_HAVE_APPLIED,
							itemIndex,
						});
					}
					if (retryable) {
						const text = config.describeFailure(status, response.body);
						throw httpError(
							node,
							status,
							response.body,
							{ ...text, description: `${text.description} The node gave up after ${attempts(attempt + 1)} over ${Math.round(waited)} s.` },
							itemIndex,
							secrets,
						);
					}
					if (status >= 500 && !isRead) {
						const text = config.describeFailure(status, response.body);
						throw httpError(node, status, response.body, { ...text, description: MAY_HAVE_APPLIED }, itemIndex, secrets);
					}
					return response;
				}
				const asked = serverWaitSeconds(response.headers as IDataObject);
				await pause(asked ?? backoffSeconds(attempt), () =>
					httpError(
						node,
						status,
						response!.body,
						{
							message: config.describeFailure(status, response!.body).message,
							description: `The service asked to wait ${Math.ceil(asked ?? 0)} s more, beyond Max Retry Wait (${policy.maxWaitSeconds} s). Raise it in the node's Settings → Request Options, or run the workflow later.`,
						},
						itemIndex,
						secrets,
					),
				);
				continue;
			}

			const notSent = NOT_SENT_CODES.has(code);
			// An unknown host name is a setting to fix, not a fault that passes.
			const retryable = code !== 'ENOTFOUND' && (notSent || (isRead && (MAYBE_SENT_CODES.has(code) || !code)));
			const fail = () =>
				new NodeApiError(node, { message: `request failed: ${code || 'no answer'}` } as JsonObject, {
					message: `Could not reach ${host}: ${NETWORK_FAILURES[code] ?? 'no answer'}`,
					description: notSent || isRead
						? `Gave up after ${attempts(attempt + 1)}. Check the base URL or workspace in the credential and that the host is reachable from n8n.`
						: MAY_HAVE_APPLIED,
					itemIndex,
				});
			if (!retryable || attempt >= policy.maxRetries) throw fail();
			await pause(backoffSeconds(attempt), fail);
		}
	};
}

/**
 * Trigger code (webhook hooks, polls) and the editor's list searches have no input items, while
 * the sender, the page loop and the services' request helpers take an item's context (they read
 * the item index only to tag errors). This view of such a context is item 0 and otherwise the
 * real context: same node, parameters, credentials and HTTP helpers.
 */
export function asItemContext(
	ctx: IHookFunctions | IPollFunctions | ITriggerFunctions | IWebhookFunctions | ILoadOptionsFunctions,
): IExecuteSingleFunctions {
	const view = Object.create(ctx) as IExecuteSingleFunctions;
	return Object.assign(view, { getItemIndex: () => 0 });
}
