import type { ICredentialDataDecryptedObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { inputError, type ErrorText } from './errors';
import { createSender, type Sender, type SenderConfig } from './sender';

/** What the item's sender needs to know about a service's credential. */
export interface CredentialConfig extends SenderConfig {
	/** Credential fields that hold secrets; their values are redacted from every message. */
	secretFields: string[];
	/** Says what is wrong with a credential that cannot work, before any request. */
	checkCredentials?: (credentials: ICredentialDataDecryptedObject) => ErrorText | undefined;
}

/**
 * Reads the credential once per item: fails early on a credential that cannot work (an empty
 * token, no workspace) and returns its secrets so every message can be redacted.
 */
async function checkedSecrets(
	ctx: IExecuteSingleFunctions,
	config: CredentialConfig,
): Promise<string[]> {
	let credentials: ICredentialDataDecryptedObject;
	try {
		credentials = await ctx.getCredentials(config.credentialType);
	} catch {
		return [];
	}
	const problem = config.checkCredentials?.(credentials);
	if (problem)
		throw inputError(ctx.getNode(), problem.message, problem.description, ctx.getItemIndex());
	// Trimmed: the credentials send the trimmed token, so that is the text to redact.
	return config.secretFields
		.map((field) => String(credentials[field] ?? '').trim())
		.filter(Boolean);
}

/**
 * One sender per item and service: the main request, every page after it and every extra read
 * an operation makes for that item (look-ups, follow-up lists, pickers) share it, so a used-up
 * rate-limit window (`X-RateLimit-Remaining: 0`) delays whichever request comes next.
 */
const senders = new WeakMap<object, Map<string, Promise<{ send: Sender; secrets: string[] }>>>();

/**
 * RoutingNode runs preSend and postReceive hooks with the item's context, but the runner with a
 * view of it (`Object.create`, adding `makeRoutingRequest`); both must find the same sender.
 */
function itemKey(ctx: IExecuteSingleFunctions): object {
	return Object.prototype.hasOwnProperty.call(ctx, 'makeRoutingRequest')
		? (Object.getPrototypeOf(ctx) as object)
		: ctx;
}

/** The item's sender for this service, made on first use, and the credential's secrets. */
export async function itemSender(
	ctx: IExecuteSingleFunctions,
	config: CredentialConfig,
): Promise<{ send: Sender; secrets: string[] }> {
	const key = itemKey(ctx);
	let byService = senders.get(key);
	if (!byService) senders.set(key, (byService = new Map()));
	let entry = byService.get(config.credentialType);
	if (!entry) {
		entry = (async () => {
			const secrets = await checkedSecrets(ctx, config);
			return { send: createSender(ctx, config, secrets, { json: true }), secrets };
		})();
		byService.set(config.credentialType, entry);
		// A credential that cannot work is reported again on the next try, not cached.
		entry.catch(() => byService!.delete(config.credentialType));
	}
	return await entry;
}
