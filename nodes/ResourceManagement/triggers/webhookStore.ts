import type { IDataObject } from 'n8n-workflow';

/*
 * What the trigger keeps in the node's static data, which n8n saves after each lifecycle call:
 *   webhooks: [{ id, event }]   one RM webhook per selected event
 *   secret:   random token      part of the registered URL (?token=…), checked on every delivery
 * RM signs nothing, so the token in the URL is what tells a real delivery from anyone else's POST.
 */

export interface StoredWebhook {
	id: number;
	event: string;
}

/** The stored webhooks; entries without a numeric id or an event are skipped. */
export function storedWebhooks(data: IDataObject): StoredWebhook[] {
	const list = Array.isArray(data.webhooks) ? (data.webhooks as IDataObject[]) : [];
	return list
		.map((entry) => ({ id: Number(entry?.id), event: String(entry?.event ?? '') }))
		.filter((entry) => Number.isSafeInteger(entry.id) && entry.event !== '');
}

/** The stored secret; '' when there is none (or one too short to be ours). */
export function storedSecret(data: IDataObject): string {
	return typeof data.secret === 'string' && data.secret.length >= 32 ? data.secret : '';
}
