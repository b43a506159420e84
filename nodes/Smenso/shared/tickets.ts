import {
	NodeApiError,
	sleep,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type JsonObject,
} from 'n8n-workflow';
import { messagesFromBody } from '../../shared/errors';
import type { Sender } from '../../shared/transport';
import { tempIdFor } from './envelope';

/** Longest pause between two status checks (smenso's rate-limit page recommends 30 s). */
const MAX_POLL_SECONDS = 30;

/** The ticket ID of a 202 answer: a bare string, or `ticketId` / `TicketId` / `id`. */
export function ticketIdOf(body: unknown): string | undefined {
	if (typeof body === 'string' && body.trim()) return body.trim().replace(/^"|"$/g, '');
	if (body && typeof body === 'object') {
		const data = body as IDataObject;
		const id = data.ticketId ?? data.TicketId ?? data.id;
		if (typeof id === 'string' && id) return id;
	}
	return undefined;
}

export type TicketState = 'done' | 'failed' | 'pending';

/** Status words: Completed/Success/Done/Finished → done, Failed/Error → failed, else pending. */
export function ticketState(body: unknown): TicketState {
	const data = (body ?? {}) as IDataObject;
	const status = String(data.status ?? data.Status ?? data.state ?? '');
	if (/fail|error|abort|cancel/i.test(status)) return 'failed';
	if (/complet|success|done|finish/i.test(status)) return 'done';
	return 'pending';
}

function resultItems(body: IDataObject): IDataObject[] {
	const list = body.items ?? body.Items ?? body.results ?? body.result;
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}

function ticketMessages(body: IDataObject): string[] {
	const fromItems = resultItems(body).flatMap((item) => messagesFromBody(item));
	return [...new Set([...messagesFromBody(body), ...fromItems])];
}

/**
 * Handles smenso's 202 + ticket: by default polls the ticket (1 s, 2 s, 4 s … up to 30 s
 * apart, bounded by Max Wait Time) and returns the item's final result. A failed ticket, an
 * item reported as unsuccessful, or a ticket still running at the deadline is an error that
 * carries the ticket ID and smenso's messages.
 */
export async function waitForTicket(
	this: IExecuteSingleFunctions,
	accepted: IN8nHttpFullResponse,
	send: Sender,
): Promise<IN8nHttpFullResponse> {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const ticketId = ticketIdOf(accepted.body);
	if (!ticketId) {
		throw new NodeApiError(node, { body: JSON.stringify(accepted.body ?? '') } as JsonObject, {
			message: 'smenso accepted the change but sent no ticket ID',
			description:
				'The change may or may not be applied. Check the record in smenso before running the node again.',
			httpCode: '202',
			itemIndex,
		});
	}
	const wait = this.getNodeParameter('options.waitForCompletion', true) as boolean;
	if (!wait) return { ...accepted, statusCode: 202, body: { ticketId, status: 'Accepted' } };

	const maxWait = Number(this.getNodeParameter('options.maxWaitSeconds', 120));
	let delay = Number(this.getNodeParameter('options.pollIntervalSeconds', 1));
	let waited = 0;
	for (;;) {
		await sleep(delay * 1000);
		waited += delay;
		const response = await send({ method: 'GET', url: `/api/integration/status/json/${encodeURIComponent(ticketId)}`, json: true });
		if (response.statusCode >= 400) return response;
		const body = (response.body ?? {}) as IDataObject;
		const state = ticketState(body);
		if (state === 'pending') {
			if (waited >= maxWait) {
				throw new NodeApiError(node, { ticketId, status: String(body.status ?? '') } as JsonObject, {
					message: `smenso is still processing the change after ${Math.round(waited)} s (ticket ${ticketId})`,
					description:
						'The change is queued and will probably complete. Check it later with the Ticket resource (Get Status) before running the node again, or raise Max Wait Time in the options.',
					itemIndex,
				});
			}
			delay = Math.min(delay * 2, MAX_POLL_SECONDS, Math.max(maxWait - waited, 0.01));
			continue;
		}
		const items = resultItems(body);
		const mine =
			items.find((item) => item.tempId === tempIdFor(itemIndex)) ?? (items.length === 1 ? items[0] : undefined);
		const failed = state === 'failed' || mine?.success === false;
		if (failed) {
			const messages = mine ? messagesFromBody(mine) : ticketMessages(body);
			throw new NodeApiError(node, { ticketId, status: String(body.status ?? ''), messages } as unknown as JsonObject, {
				message: `smenso did not apply the change: ${messages.join('; ') || 'the ticket failed without a message'}`,
				description: `Ticket ${ticketId} ended as ${String(body.status ?? 'failed')}. Fix what the message names (for example overlapping dates, an archived project or missing rights) and run the node again; nothing was changed for this item.`,
				itemIndex,
			});
		}
		return {
			...response,
			statusCode: 200,
			body: { ticketId, status: body.status ?? 'Completed', ...(mine ?? {}) },
		};
	}
}
