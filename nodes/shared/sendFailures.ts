import { NodeApiError, type INode, type IN8nHttpFullResponse, type JsonObject } from 'n8n-workflow';
import { httpError, type DescribeFailure } from './errors';
import type { FailReason } from './retryDecision';

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

const RAISE_WAIT = "Raise it in the node's Settings → Request Options, or run the workflow later.";

/** Where a request went and what has happened to it so far, for the message of a failure. */
export interface FailureContext {
	node: INode;
	itemIndex: number;
	secrets: string[];
	describeFailure: DescribeFailure;
	/** Base URL or URL of the request, secrets redacted. */
	host: string;
	/** Attempts made, counting the first. */
	attempts: number;
	waitedSeconds: number;
	maxWaitSeconds: number;
}

function attemptsText(count: number): string {
	return count === 1 ? '1 attempt' : `${count} attempts`;
}

/** The error for a request that was given up (see `decideRetry`); `response` is absent on network errors. */
export function failureError(
	fail: FailReason,
	at: FailureContext,
	response?: IN8nHttpFullResponse,
): Error {
	if (fail.reason === 'unreachable') return unreachableError(fail.code, fail.mayHaveApplied, at);
	const status = response?.statusCode ?? 0;
	const body = response?.body;
	if (fail.reason === 'cutOff') {
		return new NodeApiError(at.node, { status } as JsonObject, {
			message: `The answer from ${at.host} was cut off or is not valid JSON`,
			description: fail.mayHaveApplied
				? MAY_HAVE_APPLIED
				: `Gave up after ${attemptsText(at.attempts)}. The connection or the service is unstable; run the node again later.`,
			itemIndex: at.itemIndex,
		});
	}
	const text = at.describeFailure(status, body);
	const description = answerFailureText(fail, at, text.description);
	return httpError(
		at.node,
		status,
		body,
		{ message: text.message, description },
		at.itemIndex,
		at.secrets,
	);
}

/** The description of a failure on an answer that was not cut off. */
function answerFailureText(
	fail: Extract<FailReason, { reason: 'gaveUp' | 'serverFault' | 'waitTooLong' }>,
	at: FailureContext,
	statusText: string,
): string {
	switch (fail.reason) {
		case 'gaveUp':
			return `${statusText} The node gave up after ${attemptsText(at.attempts)} over ${Math.round(at.waitedSeconds)} s.`;
		case 'serverFault':
			return MAY_HAVE_APPLIED;
		case 'waitTooLong': {
			const limit = `Max Retry Wait (${at.maxWaitSeconds} s). ${RAISE_WAIT}`;
			return fail.askedSeconds === undefined
				? `The node's next back-off of ${Math.ceil(fail.waitSeconds)} s would pass ${limit}`
				: `The service asked to wait ${Math.ceil(fail.askedSeconds)} s more, beyond ${limit}`;
		}
	}
}

function unreachableError(code: string, mayHaveApplied: boolean, at: FailureContext): Error {
	return new NodeApiError(
		at.node,
		{ message: `request failed: ${code || 'no answer'}` } as JsonObject,
		{
			message: `Could not reach ${at.host}: ${NETWORK_FAILURES[code] ?? 'no answer'}`,
			description: mayHaveApplied
				? MAY_HAVE_APPLIED
				: `Gave up after ${attemptsText(at.attempts)}. Check the base URL or workspace in the credential and that the host is reachable from n8n.`,
			itemIndex: at.itemIndex,
		},
	);
}

/** The error when a used-up rate-limit window would keep the next request waiting beyond Max Retry Wait. */
export function windowUsedUpError(waitSeconds: number, at: FailureContext): Error {
	return new NodeApiError(at.node, { waitSeconds } as JsonObject, {
		message: `The service's rate limit is used up for the next ${Math.ceil(waitSeconds)} s`,
		description: `That is longer than Max Retry Wait (${at.maxWaitSeconds} s). ${RAISE_WAIT}`,
		itemIndex: at.itemIndex,
	});
}
