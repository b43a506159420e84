import { NodeOperationError } from 'n8n-workflow';
import type { ResourcePlanningSandbox } from '../sandbox';
import type { RunNodeResult } from '../../dev/runNode';

/**
 * The node rejected its input itself, before any request: n8n-core wraps the NodeOperationError
 * thrown before the request and keeps it as `cause`; `message` must be part of its message.
 */
export function expectInputError(
	sandbox: ResourcePlanningSandbox,
	result: RunNodeResult,
	message: string,
): void {
	expect(result.error).toBeDefined();
	const error = result.error as Error & { cause?: unknown };
	expect(error.cause ?? error).toBeInstanceOf(NodeOperationError);
	expect(error.message).toContain(message);
	expect(sandbox.requests).toHaveLength(0);
}
