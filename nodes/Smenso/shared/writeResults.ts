import {
	NodeApiError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type JsonObject,
} from 'n8n-workflow';
import { messagesFromBody } from '../../shared/errors';
import type { Sender } from '../../shared/transport';
import { tempIdFor, timezoneNote } from './envelope';
import type { BulkInfo, BulkResponse } from './bulk';
import { pollTicket, statusOf, ticketIdOf, ticketState } from './tickets';

/**
 * One way to read every smenso write answer. The references allow a write to answer
 * synchronously (200 with the result) or asynchronously (202 + ticket, polled until final), and
 * leave the result's shape open (smenso.md §3.2, §4.3, §10.2–3). Whatever came back, the item
 * leaves the node as `{ id, success, messages, ticketId, status, … }` with `id` at the top level,
 * and a result smenso reports as failed is an error naming smenso's messages.
 */
export async function settleWrite(
	this: IExecuteSingleFunctions,
	response: IN8nHttpFullResponse,
	send: Sender,
	request: IHttpRequestOptions,
): Promise<IN8nHttpFullResponse> {
	let body = parseBody(response.body);
	let ticketId: string | null = null;
	// 202, or a 200 that still carries a running ticket: the result comes from the ticket.
	const ticket =
		response.statusCode === 202
			? ticketIdOf(body)
			: ticketState(body) === 'pending' && !resultList(body)
				? ticketIdOf(body, true)
				: undefined;
	if (response.statusCode === 202 && !ticket && !resultList(body)) {
		throw new NodeApiError(this.getNode(), { body: JSON.stringify(body ?? '') } as JsonObject, {
			message: 'smenso accepted the change but sent no ticket ID',
			description:
				'The change may or may not be applied. Check the record in smenso before running the node again.',
			httpCode: '202',
			itemIndex: this.getItemIndex(),
		});
	}
	if (ticket) {
		ticketId = ticket;
		if (!(this.getNodeParameter('options.waitForCompletion', true) as boolean)) {
			return {
				...response,
				statusCode: 202,
				body: { id: null, success: null, messages: [], ticketId, status: 'Accepted' },
			};
		}
		const final = await pollTicket(this, ticketId, send);
		if (final.statusCode >= 400) return final;
		body = parseBody(final.body);
	}
	// A final answer that names its ticket (a batch's ticket, followed by the batch): report it.
	ticketId ??= ticketIdOf(body, true) ?? null;
	const json = readResult(this, body, ticketId, sentId(request), (response as BulkResponse).bulk);
	const note = timezoneNote(this, request);
	return { ...response, statusCode: 200, body: note ? { ...json, note } : json };
}

/** A JSON text body as a value (some servers send JSON with a text content type). */
function parseBody(body: unknown): unknown {
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
	if (typeof text !== 'string') return body;
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (!/^[[{"]/.test(trimmed)) return trimmed;
	try {
		return JSON.parse(trimmed);
	} catch {
		return trimmed;
	}
}

/** The list of item results: an array body, or `items` (or a variant) of an envelope. */
function resultList(body: unknown): IDataObject[] | undefined {
	const list = Array.isArray(body)
		? body
		: body && typeof body === 'object'
			? ['items', 'Items', 'results', 'Results', 'result']
					.map((key) => (body as IDataObject)[key])
					.find(Array.isArray)
			: undefined;
	return list
		? (list as unknown[]).filter(
				(entry): entry is IDataObject => !!entry && typeof entry === 'object',
			)
		: undefined;
}

/**
 * Every message of a smenso answer: its own (`message`, `errors`, …) and those of its item
 * results, for an error answer shaped like a ticket result (`{status, items: [{messages}]}`).
 */
export function smensoMessages(body: unknown): string[] {
	const parsed = parseBody(body);
	const items = (resultList(parsed) ?? []).flatMap((item) =>
		messagesFromBody({ messages: first(item, ['messages', 'Messages']) }),
	);
	return [...new Set([...messagesFromBody(parsed), ...items])];
}

/** The ID the node sent in the item (an update by GUID), to report when the answer has none. */
function sentId(request: IHttpRequestOptions): string | undefined {
	const body = request.body as IDataObject | undefined;
	if (!body || typeof body !== 'object') return undefined;
	for (const value of Object.values(body)) {
		const item = Array.isArray(value) && value.length === 1 ? (value[0] as IDataObject) : undefined;
		if (
			item &&
			typeof item === 'object' &&
			typeof item.id === 'string' &&
			item.useExternalId !== true
		)
			return item.id;
	}
	return undefined;
}

const RESULT_KEYS = new Set([
	'id',
	'Id',
	'success',
	'Success',
	'messages',
	'Messages',
	'tempId',
	'TempId',
]);

function first(record: IDataObject, keys: string[]): unknown {
	return keys.map((key) => record[key]).find((value) => value !== undefined);
}

function isErrorMessage(message: unknown): boolean {
	return (
		!!message &&
		typeof message === 'object' &&
		/error/i.test(String((message as IDataObject).type ?? ''))
	);
}

/**
 * The item's result from a final answer: the envelope's item (matched by tempId, or the only
 * one), a bare result or record, or a bare ID text. Throws when smenso reports a failure.
 */
function readResult(
	ctx: IExecuteSingleFunctions,
	body: unknown,
	ticketId: string | null,
	fallbackId: string | undefined,
	bulk?: BulkInfo,
): IDataObject {
	const list = resultList(body);
	const envelope = list && !Array.isArray(body) ? (body as IDataObject) : {};
	let result: IDataObject = {};
	if (list) {
		const tempId = tempIdFor(ctx.getItemIndex());
		// By tempId; else the only result; else, in a bulk answer of one result per item, by position.
		const byPosition =
			bulk &&
			list.length === bulk.size &&
			!list.some((item) => first(item, ['tempId', 'TempId']) !== undefined)
				? list[bulk.position]
				: undefined;
		// The only result is this item's only when the item was sent alone.
		const only = list.length === 1 && (!bulk || bulk.size === 1) ? list[0] : undefined;
		result =
			list.find((item) => first(item, ['tempId', 'TempId']) === tempId) ?? only ?? byPosition ?? {};
	} else if (body && typeof body === 'object') {
		result = body as IDataObject;
	} else if (typeof body === 'string' && body) {
		result = { id: body };
	}
	const rawMessages = first(result, ['messages', 'Messages']);
	const messages = Array.isArray(rawMessages) ? rawMessages : rawMessages ? [rawMessages] : [];
	const success = first(result, ['success', 'Success']);
	const envelopeStatus = statusOf(envelope);
	const failed =
		success === false ||
		(success !== true && messages.some(isErrorMessage)) ||
		// A failed bulk ticket may still have applied this item: its own success decides.
		(list !== undefined && success !== true && ticketState(envelope) === 'failed') ||
		(!list && success === undefined && /^(failed|error)$/i.test(statusOf(result) ?? ''));
	if (failed) throw failure(ctx, body, envelope, result, ticketId, bulk);

	// The record's own fields stay; the keys every write result has are set in one spelling.
	const rest = Object.fromEntries(Object.entries(result).filter(([key]) => !RESULT_KEYS.has(key)));
	const tempId = first(result, ['tempId', 'TempId']);
	return {
		...rest,
		...(tempId !== undefined ? { tempId } : {}),
		id: first(result, ['id', 'Id']) ?? fallbackId ?? null,
		success: true,
		messages,
		ticketId,
		status: rest.status ?? envelopeStatus ?? 'Completed',
	};
}

function failure(
	ctx: IExecuteSingleFunctions,
	body: unknown,
	envelope: IDataObject,
	result: IDataObject,
	ticketId: string | null,
	bulk?: BulkInfo,
): NodeApiError {
	const said = messagesFromBody({ messages: first(result, ['messages', 'Messages']) });
	const messages = said.length ? said : messagesFromBody(envelope);
	const status = statusOf(envelope) ?? statusOf(result) ?? 'Failed';
	const where = ticketId
		? `Ticket ${ticketId} ended as ${status}.`
		: `smenso answered at once (no ticket) with ${status}.`;
	return new NodeApiError(
		ctx.getNode(),
		{ ticketId, status, messages, body: JSON.stringify(body ?? '') } as unknown as JsonObject,
		{
			message: `smenso did not apply the change: ${messages.join('; ') || 'it reported a failure without a message'}`,
			description: `${where} Fix what the message names (for example overlapping dates, an archived project or missing rights) and run the node again; nothing was changed for this item.${
				bulk && bulk.size > 1
					? ` It was sent in bulk with ${bulk.size - 1} other item${bulk.size === 2 ? '' : 's'}${bulk.applied !== undefined ? `; smenso applied ${bulk.applied} of the ${bulk.size}` : ''}.`
					: ''
			}`,
			itemIndex: ctx.getItemIndex(),
		},
	);
}
