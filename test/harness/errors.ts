import { NodeOperationError } from 'n8n-workflow';
import type { ResourcePlanningSandbox } from '../sandbox';
import type { RunNodeResult } from '../../dev/runNode';

/**
 * The node rejected its input itself, before any request: n8n-core wraps the NodeOperationError
 * thrown before the request and keeps it as `cause`. A string must be part of the message, a
 * pattern must match it.
 */
export function expectInputError(
	sandbox: ResourcePlanningSandbox,
	result: RunNodeResult,
	message: string | RegExp,
): void {
	expect(result.error).toBeDefined();
	const error = result.error as Error & { cause?: unknown };
	expect(error.cause ?? error).toBeInstanceOf(NodeOperationError);
	if (typeof message === 'string') expect(error.message).toContain(message);
	else expect(error.message).toMatch(message);
	expect(sandbox.requests).toHaveLength(0);
}
