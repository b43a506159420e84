import {
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
} from 'n8n-workflow';
import { redact, type DescribeFailure } from './errors';
import { retryPolicy, type RetryPolicy } from './retry';
import { decideRetry, decideWindowWait, type AttemptOutcome } from './retryDecision';
import { failureError, windowUsedUpError, type FailureContext } from './sendFailures';

/** Sends one request with the node's credential; answers any status, throws only when it gives up. */
export type Sender = (request: IHttpRequestOptions) => Promise<IN8nHttpFullResponse>;

export interface SenderConfig {
	credentialType: string;
	describeFailure: DescribeFailure;
	/** Requests that only read (and may be repeated): GET by default; RM report queries too. */
	isRead?: (request: IHttpRequestOptions) => boolean;
}

/** Whether a request only reads (may be repeated); everything else is a write. */
export function isReadRequest(config: SenderConfig, request: IHttpRequestOptions): boolean {
	if (config.isRead) return config.isRead(request);
	const method = (request.method ?? 'GET').toUpperCase();
	return method === 'GET' || method === 'HEAD';
}

/** A JSON answer that does not parse (cut off in transit): axios hands it over as text. */
function isUnreadable(request: IHttpRequestOptions, response: IN8nHttpFullResponse): boolean {
	if (request.encoding === 'arraybuffer' || typeof response.body !== 'string' || !response.body)
		return false;
	const type = String((response.headers as IDataObject)?.['content-type'] ?? '');
	if (!/json/i.test(type)) return false;
	try {
		JSON.parse(response.body);
		return false;
	} catch {
		return true;
	}
}

function errorCode(error: unknown): string {
	const e = error as { code?: string; cause?: { code?: string }; message?: string };
	const code = e.code ?? e.cause?.code ?? '';
	if (code) return code;
	return /timeout/i.test(String(e.message ?? '')) ? 'ETIMEDOUT' : '';
}

/** Sends once with the credential: the answer (any status), or the network error's code. */
async function sendOnce(
	ctx: IExecuteSingleFunctions,
	credentialType: string,
	options: IHttpRequestOptions,
): Promise<{ response?: IN8nHttpFullResponse; code: string }> {
	try {
		const response = (await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			credentialType,
			options,
		)) as IN8nHttpFullResponse;
		return { response, code: '' };
	} catch (error) {
		return { code: errorCode(error) };
	}
}

/** What an attempt came back with, as the retry decision reads it. */
function outcomeOf(
	options: IHttpRequestOptions,
	sent: { response?: IN8nHttpFullResponse; code: string },
): AttemptOutcome {
	const { response, code } = sent;
	if (!response) return { kind: 'network', code };
	return {
		kind: 'response',
		status: response.statusCode,
		headers: response.headers as IDataObject,
		unreadable: isUnreadable(options, response),
	};
}

/**
 * A sender that sends with the credential and keeps going through what real services do
 * (`decideRetry` in ./retryDecision says when and how long to wait; this only carries it out):
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
	// Shared by every request of this sender: once the window is used up, all of them wait.
	const window: RateWindow = { pauseUntil: 0 };
	return async (request) => {
		const options: IHttpRequestOptions = {
			...defaults,
			...request,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		};
		return await sendWithRetries(ctx, { config, secrets, policy, window }, options);
	};
}

interface RateWindow {
	/** Epoch ms before which no request is sent (the rate-limit window is used up). */
	pauseUntil: number;
}

interface SendPlan {
	config: SenderConfig;
	secrets: string[];
	policy: RetryPolicy;
	window: RateWindow;
}

/** One request through its attempts: waits, sends, and returns or throws as decideRetry says. */
async function sendWithRetries(
	ctx: IExecuteSingleFunctions,
	plan: SendPlan,
	options: IHttpRequestOptions,
): Promise<IN8nHttpFullResponse> {
	const { config, secrets, policy, window } = plan;
	const isRead = isReadRequest(config, options);
	const host = redact(String(options.baseURL ?? options.url ?? ''), secrets);
	let waited = 0;
	const pause = async (seconds: number) => {
		await sleep(seconds * 1000);
		waited += seconds;
	};
	const context = (attempt: number): FailureContext => ({
		node: ctx.getNode(),
		itemIndex: ctx.getItemIndex(),
		secrets,
		describeFailure: config.describeFailure,
		host,
		attempts: attempt + 1,
		waitedSeconds: waited,
		maxWaitSeconds: policy.maxWaitSeconds,
	});

	for (let attempt = 0; ; attempt++) {
		const hold = decideWindowWait(window.pauseUntil, Date.now(), waited, policy);
		if (hold.action === 'fail') throw windowUsedUpError(hold.waitSeconds, context(attempt));
		if (hold.action === 'wait') await pause(hold.waitSeconds);
		const sent = await sendOnce(ctx, config.credentialType, options);
		const outcome = outcomeOf(options, sent);
		const decision = decideRetry({
			isRead,
			attempt,
			outcome,
			waitedSeconds: waited,
			policy,
			now: Date.now(),
			random: Math.random,
		});
		if (decision.windowResetSeconds !== undefined)
			window.pauseUntil = Date.now() + decision.windowResetSeconds * 1000;
		if (decision.action === 'return') return sent.response!;
		if (decision.action === 'fail') throw failureError(decision, context(attempt), sent.response);
		await pause(decision.waitSeconds);
	}
}

/**
 * Trigger code (webhook hooks, polls) and the editor's list searches have no input items, while
 * the sender, the page loop and the services' request helpers take an item's context (they read
 * the item index only to tag errors). This view of such a context is item 0 and otherwise the
 * real context: same node, parameters, credentials and HTTP helpers.
 */
export function asItemContext(
	ctx:
		| IHookFunctions
		| IPollFunctions
		| ITriggerFunctions
		| IWebhookFunctions
		| ILoadOptionsFunctions,
): IExecuteSingleFunctions {
	const view = Object.create(ctx) as IExecuteSingleFunctions;
	return Object.assign(view, { getItemIndex: () => 0 });
}
