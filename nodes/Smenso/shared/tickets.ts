import {
	NodeApiError,
	sleep,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type JsonObject,
} from 'n8n-workflow';
import type { Sender } from '../../shared/transport';

/** Longest pause between two status checks (smenso's rate-limit page recommends 30 s). */
const MAX_POLL_SECONDS = 30;

/**
 * The ticket ID of a 202 answer: a bare string, or `ticketId` / `TicketId` / `id` (smenso.md
 * §4.3 leaves the shape open). `explicitOnly` reads only the ticket keys: in a 200 answer `id`
 * is the record's ID, not a ticket.
 */
export function ticketIdOf(body: unknown, explicitOnly = false): string | undefined {
	if (!explicitOnly && typeof body === 'string' && body.trim())
		return body.trim().replace(/^"|"$/g, '');
	if (body && typeof body === 'object' && !Array.isArray(body)) {
		const data = body as IDataObject;
		const id = data.ticketId ?? data.TicketId ?? (explicitOnly ? undefined : data.id);
		if (typeof id === 'string' && id) return id;
	}
	return undefined;
}

export type TicketState = 'done' | 'failed' | 'pending';

/** The status word of a ticket or result envelope, as sent. */
export function statusOf(body: unknown): string | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const data = body as IDataObject;
	const status = data.status ?? data.Status ?? data.state ?? data.State;
	return typeof status === 'string' ? status : undefined;
}

/** Status words: Completed/Success/Done/Finished → done, Failed/Error → failed, else pending. */
export function ticketState(body: unknown): TicketState {
	const status = statusOf(body) ?? '';
	if (/fail|error|abort|cancel/i.test(status)) return 'failed';
	if (/complet|success|done|finish/i.test(status)) return 'done';
	return 'pending';
}

/**
 * Polls a ticket until smenso reports a final state: 1 s, 2 s, 4 s … up to 30 s apart, bounded
 * by Max Wait Time. Returns the final status answer (or an error answer for the caller to
 * report); a ticket still running at the deadline is an error naming the ticket.
 */
export async function pollTicket(
	ctx: IExecuteSingleFunctions,
	ticketId: string,
	send: Sender,
): Promise<IN8nHttpFullResponse> {
	const maxWait = Number(ctx.getNodeParameter('options.maxWaitSeconds', 120));
	let delay = Number(ctx.getNodeParameter('options.pollIntervalSeconds', 1));
	let waited = 0;
	for (;;) {
		await sleep(delay * 1000);
		waited += delay;
		const response = await send({
			method: 'GET',
			url: `/api/integration/status/json/${encodeURIComponent(ticketId)}`,
			json: true,
		});
		if (response.statusCode >= 400 || ticketState(response.body) !== 'pending') return response;
		if (waited >= maxWait) {
			throw new NodeApiError(
				ctx.getNode(),
				{ ticketId, status: statusOf(response.body) ?? '' } as JsonObject,
				{
					message: `smenso is still processing the change after ${Math.round(waited)} s (ticket ${ticketId})`,
					description:
						'The change is queued and will probably complete. Check it later with the Ticket resource (Get Status) before running the node again, or raise Max Wait Time in the options.',
					itemIndex: ctx.getItemIndex(),
				},
			);
		}
		delay = Math.min(delay * 2, MAX_POLL_SECONDS, Math.max(maxWait - waited, 0.01));
	}
}
