import { inspect } from 'node:util';
import { RM_TOKEN, SMENSO_TOKENS } from '../sandbox';
import type { RunNodeResult } from '../../dev/runNode';

/** Every token the tests use; none may ever show up in what a run produces. */
export const ALL_TOKENS = [SMENSO_TOKENS.admin, SMENSO_TOKENS.member, RM_TOKEN];

/** Everything a user or a log could see of a run: items, messages, descriptions, the error object. */
export function everythingVisible(result: RunNodeResult): string {
	return [
		JSON.stringify(result.items),
		inspect(result.items, { depth: 12 }),
		result.error ? inspect(result.error, { depth: 12, showHidden: true }) : '',
		result.error ? JSON.stringify(result.error) : '',
		result.error?.message ?? '',
		result.error?.description ?? '',
		String(result.error?.stack ?? ''),
	].join('\n');
}

/** The tokens (of `extra` too) found in a run's visible output; tests expect none. */
export function leakedTokens(result: RunNodeResult, extra: string[] = []): string[] {
	const visible = everythingVisible(result);
	return [...ALL_TOKENS, ...extra].filter((token) => token && visible.includes(token));
}
