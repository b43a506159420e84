import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { inputError } from '../../shared/errors';
import { isValidId } from '../../shared/idChecks';
import { createFetch } from '../../shared/transport';
import { smensoBaseUrl } from './baseUrl';
import { SMENSO_CREDENTIAL, SMENSO_SERVICE } from './transport';

/** Lists read besides an operation's own request, kept for the rest of the execution. */
const cache = new Map<string, Promise<IDataObject[]>>();
/** Executions whose lists are kept at once; the oldest is dropped first. */
const MAX_CACHED = 50;

/**
 * Reads a smenso list once per execution and node (every item of a run shares it), through the
 * node's sender: same retries, error wording and token redaction as the operation itself.
 */
export async function executionList(
	ctx: IExecuteSingleFunctions,
	url: string,
): Promise<IDataObject[]> {
	const executionId = ctx.getExecutionId();
	const node = ctx.getNode();
	const key = executionId ? [executionId, node.id ?? node.name, url].join('\n') : undefined;
	const cached = key ? cache.get(key) : undefined;
	if (cached) return await cached;
	const load = (async () => {
		const baseURL = smensoBaseUrl(await ctx.getCredentials(SMENSO_CREDENTIAL));
		const fetch = await createFetch(ctx, SMENSO_SERVICE, { baseURL });
		const { response } = await fetch({ method: 'GET', url });
		return Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	})();
	if (key) {
		cache.set(key, load);
		if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
		// A failed read is not kept: the next item tries again.
		load.catch(() => cache.delete(key));
	}
	return await load;
}

const MEMBERS_URL = '/api/integration/settings/member/json';

/**
 * A member given as GUID or e-mail, as the member's GUID. smenso's records name their member by
 * `userId` (smenso.md §5.4); an e-mail is looked up in the member list (`email`, an assumption
 * listed in the README) so that filters compare GUIDs only.
 */
export async function memberGuid(
	ctx: IExecuteSingleFunctions,
	value: string,
	label: string,
): Promise<string> {
	if (isValidId(value, 'guid')) return value;
	const members = await executionList(ctx, MEMBERS_URL);
	const wanted = value.toLowerCase();
	const match = members.find(
		(member) =>
			String(member.email ?? '')
				.trim()
				.toLowerCase() === wanted,
	);
	if (match?.id) return String(match.id);
	const withEmail = members.filter((member) => member.email).length;
	throw inputError(
		ctx.getNode(),
		`No smenso member has the e-mail address ${JSON.stringify(value)} ('${label}')`,
		withEmail
			? 'Check the address (it must be the e-mail of a member of this workspace), or pick the member by GUID.'
			: "smenso's member list shows no e-mail addresses to look the member up by; give the member's GUID instead (Member → Get Many lists them).",
		ctx.getItemIndex(),
	);
}
