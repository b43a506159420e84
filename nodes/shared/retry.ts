import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

/** How persistent a node is with a busy or flaky service (node option "Retries"). */
export interface RetryPolicy {
	/** Extra attempts after the first (0 = never retry). */
	maxRetries: number;
	/** Total seconds one request may spend waiting between attempts. */
	maxWaitSeconds: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 5, maxWaitSeconds: 120 };

/** Longest single pause of the exponential back-off. */
const MAX_BACKOFF_SECONDS = 30;

/**
 * Added to n8n's own "Request Options" node setting (Batching, Proxy, Timeout …): n8n's loader
 * merges a node's `requestOptions` collection into that setting.
 */
export const retryRequestOptions: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	isNodeSetting: true,
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 20 },
			default: 5,
			description:
				'Extra attempts when the service answers 429 (rate limit) or a temporary fault (502, 503, 504, dropped connection). Reads are retried; creates, updates and deletes only when the service refused them unprocessed. 0 turns retrying off.',
		},
		{
			displayName: 'Max Retry Wait (Seconds)',
			name: 'maxWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 120,
			description:
				'Longest total pause per request; if the service asks for a longer wait, the item fails instead of hanging',
		},
	],
};

export function retryPolicy(ctx: IExecuteSingleFunctions): RetryPolicy {
	const options = ctx.getNodeParameter('requestOptions', {}) as IDataObject;
	const number = (value: unknown, fallback: number) =>
		typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
	return {
		maxRetries: Math.floor(number(options.maxRetries, DEFAULT_RETRY.maxRetries)),
		maxWaitSeconds: number(options.maxWaitSeconds, DEFAULT_RETRY.maxWaitSeconds),
	};
}

function header(headers: IDataObject | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
	const value = key ? headers[key] : undefined;
	return value === undefined || value === null ? undefined : String(value);
}

/**
 * Seconds the service asks us to wait: `Retry-After` (seconds or an HTTP date), else
 * `X-RateLimit-Reset` (epoch seconds, RM and smenso). Undefined when it says nothing.
 */
export function serverWaitSeconds(
	headers: IDataObject | undefined,
	now = Date.now(),
): number | undefined {
	const retryAfter = header(headers, 'retry-after');
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(seconds, 0);
		const date = Date.parse(retryAfter);
		if (Number.isFinite(date)) return Math.max((date - now) / 1000, 0);
	}
	const reset = Number(header(headers, 'x-ratelimit-reset'));
	if (Number.isFinite(reset) && reset > 0) return Math.max(reset - now / 1000, 0);
	return undefined;
}

/** True when the service says this response used up the window (`X-RateLimit-Remaining: 0`). */
export function windowExhausted(headers: IDataObject | undefined): boolean {
	return header(headers, 'x-ratelimit-remaining') === '0';
}

/** 1 s, 2 s, 4 s … up to 30 s, each ±20 % so parallel items do not retry in lockstep. */
export function backoffSeconds(attempt: number, random = Math.random): number {
	const base = Math.min(2 ** attempt, MAX_BACKOFF_SECONDS);
	return base * (0.8 + 0.4 * random());
}

/** Statuses that say "try again later" without the request having been processed. */
export const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** Connection failures where the request never reached the service. */
export const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** Connection failures that may happen after the service received the request. */
export const MAYBE_SENT_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'ESOCKETTIMEDOUT',
]);
