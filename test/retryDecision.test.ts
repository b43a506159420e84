/**
 * The sender's retry decision as a table: one row per fault of README's "Reliability" table
 * (and the edges around it). The decision is a pure function, so the jitter is a fixed number
 * here and every row is exact.
 */
import type { IDataObject } from 'n8n-workflow';
import { DEFAULT_RETRY, type RetryPolicy } from '../nodes/shared/retry';
import {
	decideRetry,
	decideWindowWait,
	type AttemptOutcome,
	type RetryDecision,
	type RetryInput,
} from '../nodes/shared/retryDecision';
import { failureError, type FailureContext } from '../nodes/shared/sendFailures';

/** 2026-03-02T10:00:00Z */
const NOW = Date.UTC(2026, 2, 2, 10, 0, 0);
const NOW_S = NOW / 1000;

const status = (code: number, headers: IDataObject = {}): AttemptOutcome => ({
	kind: 'response',
	status: code,
	headers,
});
const network = (code: string): AttemptOutcome => ({ kind: 'network', code });
const cutOff = (code = 200): AttemptOutcome => ({
	kind: 'response',
	status: code,
	headers: {},
	unreadable: true,
});

interface Row {
	fault: string;
	isRead: boolean;
	outcome: AttemptOutcome;
	attempt?: number;
	waited?: number;
	policy?: RetryPolicy;
	/** The jitter draw: 0.5 is the middle of ±20 % (the back-off exactly). */
	random?: number;
	expected: RetryDecision;
}

const read = true;
const write = false;

const rows: Row[] = [
	// 429: reads and writes are retried (a write refused with 429 was not processed).
	{
		fault: '429 on a read: back-off 1 s',
		isRead: read,
		outcome: status(429),
		expected: { action: 'retry', waitSeconds: 1 },
	},
	{
		fault: '429 on a write: retried too',
		isRead: write,
		outcome: status(429),
		expected: { action: 'retry', waitSeconds: 1 },
	},
	{
		fault: '429, third attempt: 4 s',
		isRead: read,
		outcome: status(429),
		attempt: 2,
		expected: { action: 'retry', waitSeconds: 4 },
	},
	{
		fault: 'back-off jitter low end: -20 %',
		isRead: read,
		outcome: status(429),
		attempt: 1,
		random: 0,
		expected: { action: 'retry', waitSeconds: 1.6 },
	},
	{
		fault: 'back-off jitter high end: +20 %',
		isRead: read,
		outcome: status(429),
		attempt: 1,
		random: 1,
		expected: { action: 'retry', waitSeconds: 2.4 },
	},
	{
		fault: 'back-off is at most 30 s a pause',
		isRead: read,
		outcome: status(429),
		attempt: 10,
		policy: { maxRetries: 20, maxWaitSeconds: 1000 },
		expected: { action: 'retry', waitSeconds: 30 },
	},
	// 5xx: reads are retried; a write may have been applied, so it is not repeated.
	{
		fault: '502 on a read',
		isRead: read,
		outcome: status(502),
		expected: { action: 'retry', waitSeconds: 1 },
	},
	{
		fault: '503 on a read',
		isRead: read,
		outcome: status(503),
		expected: { action: 'retry', waitSeconds: 1 },
	},
	{
		fault: '504 on a read',
		isRead: read,
		outcome: status(504),
		expected: { action: 'retry', waitSeconds: 1 },
	},
	{
		fault: '500 on a read: not a passing fault, handed back',
		isRead: read,
		outcome: status(500),
		expected: { action: 'return' },
	},
	{
		fault: '503 on a write: not repeated',
		isRead: write,
		outcome: status(503),
		expected: { action: 'fail', reason: 'serverFault' },
	},
	{
		fault: '500 on a write: not repeated',
		isRead: write,
		outcome: status(500),
		expected: { action: 'fail', reason: 'serverFault' },
	},
	// Dropped connections and timeouts.
	{
		fault: 'dropped connection on a read',
		isRead: read,
		outcome: network('ECONNRESET'),
		expected: { action: 'retry', waitSeconds: 1 },
	},
	{
		fault: 'dropped connection on a write: not repeated',
		isRead: write,
		outcome: network('ECONNRESET'),
		expected: { action: 'fail', reason: 'unreachable', code: 'ECONNRESET', mayHaveApplied: true },
	},
	{
		fault: 'timeout on a read',
		isRead: read,
		outcome: network('ETIMEDOUT'),
		expected: { action: 'retry', waitSeconds: 1 },
	},
	{
		fault: 'timeout on a write: not repeated',
		isRead: write,
		outcome: network('ETIMEDOUT'),
		expected: { action: 'fail', reason: 'unreachable', code: 'ETIMEDOUT', mayHaveApplied: true },
	},
	{
		fault: 'no answer, no code, on a read',
		isRead: read,
		outcome: network(''),
		expected: { action: 'retry', waitSeconds: 1 },
	},
	{
		fault: 'connection refused on a write: never sent, retried',
		isRead: write,
		outcome: network('ECONNREFUSED'),
		expected: { action: 'retry', waitSeconds: 1 },
	},
	{
		fault: 'unknown host: a setting to fix, not retried',
		isRead: read,
		outcome: network('ENOTFOUND'),
		expected: { action: 'fail', reason: 'unreachable', code: 'ENOTFOUND', mayHaveApplied: false },
	},
	// Cut-off JSON.
	{
		fault: 'cut-off JSON on a read',
		isRead: read,
		outcome: cutOff(),
		expected: { action: 'retry', waitSeconds: 1 },
	},
	{
		fault: 'cut-off JSON on a write: not repeated',
		isRead: write,
		outcome: cutOff(),
		expected: { action: 'fail', reason: 'cutOff', mayHaveApplied: true },
	},
	// The service says how long to wait.
	{
		fault: 'Retry-After in seconds',
		isRead: read,
		outcome: status(429, { 'Retry-After': '7' }),
		expected: { action: 'retry', waitSeconds: 7 },
	},
	{
		fault: 'Retry-After as an HTTP date',
		isRead: read,
		outcome: status(503, { 'retry-after': new Date(NOW + 12_000).toUTCString() }),
		expected: { action: 'retry', waitSeconds: 12 },
	},
	{
		fault: 'Retry-After wins over X-RateLimit-Reset',
		isRead: read,
		outcome: status(429, { 'Retry-After': '3', 'X-RateLimit-Reset': String(NOW_S + 50) }),
		expected: { action: 'retry', waitSeconds: 3 },
	},
	{
		fault: 'X-RateLimit-Reset (epoch seconds)',
		isRead: read,
		outcome: status(429, { 'X-RateLimit-Reset': String(NOW_S + 20) }),
		expected: { action: 'retry', waitSeconds: 20 },
	},
	{
		fault: 'X-RateLimit-Reset in the past: retried at once',
		isRead: read,
		outcome: status(429, { 'X-RateLimit-Reset': String(NOW_S - 5) }),
		expected: { action: 'retry', waitSeconds: 0 },
	},
	// Max Retry Wait.
	{
		fault: 'service asks beyond Max Retry Wait: fails at once',
		isRead: read,
		outcome: status(429, { 'Retry-After': '121' }),
		expected: { action: 'fail', reason: 'waitTooLong', waitSeconds: 121, askedSeconds: 121 },
	},
	{
		fault: 'earlier waits count towards Max Retry Wait',
		isRead: read,
		outcome: status(429, { 'Retry-After': '21' }),
		waited: 100,
		expected: { action: 'fail', reason: 'waitTooLong', waitSeconds: 21, askedSeconds: 21 },
	},
	{
		fault: 'exactly Max Retry Wait is still waited',
		isRead: read,
		outcome: status(429, { 'Retry-After': '20' }),
		waited: 100,
		expected: { action: 'retry', waitSeconds: 20 },
	},
	{
		fault: 'back-off beyond Max Retry Wait: the planned wait, nothing asked',
		isRead: read,
		outcome: status(503),
		policy: { maxRetries: 5, maxWaitSeconds: 0.5 },
		expected: { action: 'fail', reason: 'waitTooLong', waitSeconds: 1 },
	},
	{
		fault: 'network back-off beyond Max Retry Wait',
		isRead: read,
		outcome: network('ECONNRESET'),
		policy: { maxRetries: 5, maxWaitSeconds: 0.5 },
		expected: { action: 'fail', reason: 'unreachable', code: 'ECONNRESET', mayHaveApplied: false },
	},
	// Max Retries.
	{
		fault: '429 after Max Retries: gives up',
		isRead: read,
		outcome: status(429),
		attempt: 5,
		expected: { action: 'fail', reason: 'gaveUp' },
	},
	{
		fault: '503 after Max Retries: gives up',
		isRead: read,
		outcome: status(503),
		attempt: 5,
		expected: { action: 'fail', reason: 'gaveUp' },
	},
	{
		fault: 'last retry still allowed',
		isRead: read,
		outcome: status(503),
		attempt: 4,
		expected: { action: 'retry', waitSeconds: 16 },
	},
	{
		fault: 'Max Retries 0 turns retrying off',
		isRead: read,
		outcome: status(429),
		policy: { maxRetries: 0, maxWaitSeconds: 120 },
		expected: { action: 'fail', reason: 'gaveUp' },
	},
	{
		fault: 'dropped connection after Max Retries',
		isRead: read,
		outcome: network('ECONNRESET'),
		attempt: 5,
		expected: { action: 'fail', reason: 'unreachable', code: 'ECONNRESET', mayHaveApplied: false },
	},
	{
		fault: 'cut-off JSON after Max Retries',
		isRead: read,
		outcome: cutOff(),
		attempt: 5,
		expected: { action: 'fail', reason: 'cutOff', mayHaveApplied: false },
	},
	// Answers that are not faults.
	{ fault: '200: handed back', isRead: read, outcome: status(200), expected: { action: 'return' } },
	{
		fault: '404 on a write: handed back (the runner reads it)',
		isRead: write,
		outcome: status(404),
		expected: { action: 'return' },
	},
	{
		fault: 'X-RateLimit-Remaining: 0 on a 200: the next request waits for the reset',
		isRead: read,
		outcome: status(200, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(NOW_S + 9) }),
		expected: { action: 'return', windowResetSeconds: 9 },
	},
	{
		fault: 'X-RateLimit-Remaining: 0 on a 429 is the retry wait, not a hold',
		isRead: read,
		outcome: status(429, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(NOW_S + 9) }),
		expected: { action: 'retry', waitSeconds: 9 },
	},
	{
		fault: 'X-RateLimit-Remaining: 1: no hold',
		isRead: read,
		outcome: status(200, { 'X-RateLimit-Remaining': '1', 'X-RateLimit-Reset': String(NOW_S + 9) }),
		expected: { action: 'return' },
	},
];

describe('decideRetry', () => {
	test.each(rows.map((row) => [row.fault, row] as const))('%s', (_fault, row) => {
		const input: RetryInput = {
			isRead: row.isRead,
			attempt: row.attempt ?? 0,
			outcome: row.outcome,
			waitedSeconds: row.waited ?? 0,
			policy: row.policy ?? DEFAULT_RETRY,
			now: NOW,
			random: () => row.random ?? 0.5,
		};
		const decision = decideRetry(input);
		if (decision.action === 'retry' && 'waitSeconds' in row.expected) {
			expect({ ...decision, waitSeconds: Number(decision.waitSeconds.toFixed(6)) }).toEqual(
				row.expected,
			);
		} else {
			expect(decision).toEqual(row.expected);
		}
	});

	test('the jitter is drawn only when the service names no wait', () => {
		const random = jest.fn(() => 0.5);
		const base = {
			isRead: true,
			attempt: 0,
			waitedSeconds: 0,
			policy: DEFAULT_RETRY,
			now: NOW,
			random,
		};
		decideRetry({ ...base, outcome: status(429, { 'Retry-After': '2' }) });
		expect(random).not.toHaveBeenCalled();
		decideRetry({ ...base, outcome: status(429) });
		expect(random).toHaveBeenCalledTimes(1);
	});
});

describe('decideWindowWait (after X-RateLimit-Remaining: 0)', () => {
	test.each([
		['no hold: send', 0, 0, { action: 'send' }],
		['hold passed: send', NOW - 1000, 0, { action: 'send' }],
		['hold ahead: wait for it', NOW + 5000, 0, { action: 'wait', waitSeconds: 5 }],
		['hold beyond Max Retry Wait: fail', NOW + 121_000, 0, { action: 'fail', waitSeconds: 121 }],
		['earlier waits count', NOW + 30_000, 100, { action: 'fail', waitSeconds: 30 }],
	] as const)('%s', (_case, pauseUntil, waited, expected) => {
		expect(decideWindowWait(pauseUntil, NOW, waited, DEFAULT_RETRY)).toEqual(expected);
	});
});

describe('the message of a wait beyond Max Retry Wait', () => {
	const at: FailureContext = {
		node: { id: '1', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} },
		itemIndex: 0,
		secrets: [],
		describeFailure: (code) => ({ message: `Failed (${code})`, description: 'Try later.' }),
		host: 'https://api.example.com',
		attempts: 1,
		waitedSeconds: 0,
		maxWaitSeconds: 0,
	};
	test.each([
		[
			'the service asked',
			status(429, { 'Retry-After': '7' }),
			'The service asked to wait 7 s more, beyond Max Retry Wait (0 s).',
		],
		[
			"the node's own back-off (503 without Retry-After)",
			status(503),
			"The node's next back-off of 1 s would pass Max Retry Wait (0 s).",
		],
	])('%s', (_case, outcome, wording) => {
		const decision = decideRetry({
			isRead: true,
			attempt: 0,
			outcome,
			waitedSeconds: 0,
			policy: { maxRetries: 5, maxWaitSeconds: 0 },
			now: NOW,
			random: () => 0.5,
		});
		if (decision.action !== 'fail') throw new Error(`expected a failure, got ${decision.action}`);
		const error = failureError(decision, at) as Error & { description?: string };
		expect(error.description).toContain(wording);
		expect(error.description).not.toContain('wait 0 s');
	});
});
