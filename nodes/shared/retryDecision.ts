import type { IDataObject } from 'n8n-workflow';
import {
	backoffSeconds,
	MAYBE_SENT_CODES,
	NOT_SENT_CODES,
	RETRYABLE_STATUS,
	serverWaitSeconds,
	windowExhausted,
	type RetryPolicy,
} from './retry';

/** What one attempt came back with: an answer (any status), or a network error code ('' when unknown). */
export type AttemptOutcome =
	| { kind: 'response'; status: number; headers?: IDataObject; unreadable?: boolean }
	| { kind: 'network'; code: string };

export interface RetryInput {
	/** Whether the request only reads (and may be repeated). */
	isRead: boolean;
	/** 0 for the first attempt. */
	attempt: number;
	outcome: AttemptOutcome;
	/** Seconds this request has already waited between attempts. */
	waitedSeconds: number;
	policy: RetryPolicy;
	/** Epoch ms, to read `Retry-After` dates and `X-RateLimit-Reset`. */
	now: number;
	/** Jitter source for the back-off (Math.random in the sender). */
	random: () => number;
}

/**
 * Why a request is given up:
 * - `cutOff`: the JSON answer does not parse;
 * - `gaveUp`: a retryable status (429, 502-504) outlasted Max Retries;
 * - `serverFault`: a 5xx on a write, which is never repeated;
 * - `waitTooLong`: the next pause (`waitSeconds`) would pass Max Retry Wait; `askedSeconds` when the
 *   service asked for it (`Retry-After` / `X-RateLimit-Reset`), absent when it is the back-off;
 * - `unreachable`: no answer (network error `code`).
 * `mayHaveApplied`: a write that may or may not have been applied.
 */
export type FailReason =
	| { reason: 'cutOff'; mayHaveApplied: boolean }
	| { reason: 'gaveUp' }
	| { reason: 'serverFault' }
	| { reason: 'waitTooLong'; waitSeconds: number; askedSeconds?: number }
	| { reason: 'unreachable'; code: string; mayHaveApplied: boolean };

export type RetryDecision = (
	| { action: 'return' }
	| { action: 'retry'; waitSeconds: number }
	| ({ action: 'fail' } & FailReason)
) & {
	/** Set when the answer used up the rate-limit window: seconds until the next request may go. */
	windowResetSeconds?: number;
};

/** The pause before sending while a used-up rate-limit window resets, or the failure when it is too long. */
type WindowDecision =
	| { action: 'send' }
	| { action: 'wait'; waitSeconds: number }
	| { action: 'fail'; waitSeconds: number };

/** Whether the next request may go now, must wait for the window (epoch ms `pauseUntil`), or would wait too long. */
export function decideWindowWait(
	pauseUntil: number,
	now: number,
	waitedSeconds: number,
	policy: RetryPolicy,
): WindowDecision {
	const wait = (pauseUntil - now) / 1000;
	if (wait <= 0) return { action: 'send' };
	if (waitedSeconds + wait > policy.maxWaitSeconds) return { action: 'fail', waitSeconds: wait };
	return { action: 'wait', waitSeconds: wait };
}

/**
 * What to do after one attempt, as README's "Reliability" table says: reads are retried on 429,
 * 502-504, dropped connections, timeouts and cut-off JSON; writes only on 429 or when the
 * connection never opened. Pauses follow `Retry-After` / `X-RateLimit-Reset`, else the back-off,
 * within Max Retries and Max Retry Wait.
 */
export function decideRetry(input: RetryInput): RetryDecision {
	return input.outcome.kind === 'response'
		? decideOnResponse(input, input.outcome)
		: decideOnNetworkError(input, input.outcome.code);
}

function decideOnResponse(
	input: RetryInput,
	outcome: Extract<AttemptOutcome, { kind: 'response' }>,
): RetryDecision {
	const { isRead, attempt, policy, now } = input;
	const { status, headers, unreadable = false } = outcome;
	const window: { windowResetSeconds?: number } = {};
	if (windowExhausted(headers) && status < 400) {
		const reset = serverWaitSeconds(headers, now);
		if (reset !== undefined) window.windowResetSeconds = reset;
	}
	const retryable =
		(RETRYABLE_STATUS.has(status) && (isRead || status === 429)) || (unreadable && isRead);
	if (!retryable || attempt >= policy.maxRetries) {
		if (unreadable) return { action: 'fail', reason: 'cutOff', mayHaveApplied: !isRead, ...window };
		if (retryable) return { action: 'fail', reason: 'gaveUp', ...window };
		if (status >= 500 && !isRead) return { action: 'fail', reason: 'serverFault', ...window };
		return { action: 'return', ...window };
	}
	const asked = serverWaitSeconds(headers, now);
	const wait = asked ?? backoffSeconds(attempt, input.random);
	if (input.waitedSeconds + wait > policy.maxWaitSeconds) {
		const askedPart = asked === undefined ? {} : { askedSeconds: asked };
		return { action: 'fail', reason: 'waitTooLong', waitSeconds: wait, ...askedPart, ...window };
	}
	return { action: 'retry', waitSeconds: wait, ...window };
}

function decideOnNetworkError(input: RetryInput, code: string): RetryDecision {
	const { isRead, attempt, policy } = input;
	const notSent = NOT_SENT_CODES.has(code);
	// An unknown host name is a setting to fix, not a fault that passes.
	const retryable =
		code !== 'ENOTFOUND' && (notSent || (isRead && (MAYBE_SENT_CODES.has(code) || !code)));
	const fail: RetryDecision = {
		action: 'fail',
		reason: 'unreachable',
		code,
		mayHaveApplied: !(notSent || isRead),
	};
	if (!retryable || attempt >= policy.maxRetries) return fail;
	const wait = backoffSeconds(attempt, input.random);
	if (input.waitedSeconds + wait > policy.maxWaitSeconds) return fail;
	return { action: 'retry', waitSeconds: wait };
}
