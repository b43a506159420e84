import {
	NodeApiError,
	NodeOperationError,
	randomString,
	type IDataObject,
	type IHookFunctions,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { rmWebhookApi, type RmWebhook, type RmWebhookApi } from './webhookApi';
import {
	eventItem,
	passesPhaseFilter,
	RM_EVENT_TYPES,
	RM_WEBHOOKS_PER_EVENT,
	SECRET_PARAMETER,
	type PhaseFilter,
} from './webhookEvents';

/*
 * The trigger's life in n8n: on activation n8n calls checkExists and, when it answers false,
 * create; on deactivation delete. What was registered lives in the node's static data, which
 * n8n saves after each of these calls:
 *   webhooks: [{ id, event }]   one RM webhook per selected event
 *   secret:   random token      part of the registered URL (?token=…), checked on every delivery
 * RM signs nothing, so the token in the URL is what tells a real delivery from anyone else's POST.
 */

interface StoredWebhook {
	id: number;
	event: string;
}

const HOW_TO_FREE = (event: string) =>
	`list the organization's webhooks with GET /webhooks and remove one you no longer need with DELETE /webhooks/{id} (for example in an HTTP Request node that uses this credential), or deactivate another workflow that listens to ${event}`;

function storedWebhooks(data: IDataObject): StoredWebhook[] {
	const list = Array.isArray(data.webhooks) ? (data.webhooks as IDataObject[]) : [];
	return list
		.map((entry) => ({ id: Number(entry?.id), event: String(entry?.event ?? '') }))
		.filter((entry) => Number.isSafeInteger(entry.id) && entry.event !== '');
}

function storedSecret(data: IDataObject): string {
	return typeof data.secret === 'string' && data.secret.length >= 32 ? data.secret : '';
}

/** The selected events, checked: at least one, each a type RM lets us subscribe to. */
function selectedEvents(ctx: IHookFunctions): string[] {
	const raw = ctx.getNodeParameter('events', []) as unknown;
	const list = (Array.isArray(raw) ? raw : [raw]).filter((value) => value !== '' && value !== null && value !== undefined);
	if (list.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'Choose at least one event', {
			description: "Pick the Resource Management events that should start this workflow in 'Events'.",
		});
	}
	const unknown = list.filter((value) => !RM_EVENT_TYPES.includes(String(value)));
	if (unknown.length) {
		throw new NodeOperationError(ctx.getNode(), `Resource Management has no webhook event ${unknown.map((value) => JSON.stringify(value)).join(', ')}`, {
			description: `Choose from: ${RM_EVENT_TYPES.join(', ')}.`,
		});
	}
	return [...new Set(list.map(String))];
}

/** n8n's URL for this node, checked to be one RM will call: https with a public host name. */
function deliveryBase(ctx: IHookFunctions): string {
	const base = ctx.getNodeWebhookUrl('default') ?? '';
	let parsed: URL | undefined;
	try {
		parsed = new URL(base);
	} catch {
		parsed = undefined;
	}
	const setUrl =
		"Set n8n's environment variable N8N_WEBHOOK_URL (WEBHOOK_URL in older n8n versions) to its public https address, for example https://n8n.example.com/ (usually a reverse proxy that terminates TLS in front of n8n), and restart n8n. Resource Management must be able to reach that address from the internet.";
	if (parsed?.protocol !== 'https:') {
		throw new NodeOperationError(ctx.getNode(), `Resource Management only calls https URLs, and this n8n's webhook URL is ${base || 'not set'}`, {
			description: setUrl,
		});
	}
	if (parsed.hostname === 'localhost' || !parsed.hostname.includes('.')) {
		throw new NodeOperationError(ctx.getNode(), `Resource Management cannot reach ${base}: it needs a public host name`, {
			description: setUrl,
		});
	}
	return base;
}

function withSecret(base: string, secret: string): string {
	const url = new URL(base);
	url.searchParams.set(SECRET_PARAMETER, secret);
	return url.href;
}

/** A URL without its query (where the secret is): for messages and for matching this node's base URL. */
function withoutQuery(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.search = '';
		parsed.hash = '';
		return parsed.href;
	} catch {
		return url;
	}
}

/** Compares URLs the way a server might have normalized them (case of the host, default port …). */
function sameUrl(a: string, b: string): boolean {
	try {
		return new URL(a).href === new URL(b).href;
	} catch {
		return a === b;
	}
}

/** True when every stored webhook still exists in RM, for the same event and this node's URL. */
export async function webhooksExist(this: IHookFunctions): Promise<boolean> {
	const data = this.getWorkflowStaticData('node');
	const stored = storedWebhooks(data);
	const secret = storedSecret(data);
	if (!secret || stored.length === 0) return false;
	const events = this.getNodeParameter('events', []) as unknown;
	const wanted = Array.isArray(events) ? events.map(String) : [];
	const sameEvents =
		stored.length === new Set(wanted).size && wanted.every((event) => stored.some((hook) => hook.event === event));
	if (!sameEvents) return false;
	const base = this.getNodeWebhookUrl('default');
	if (!base) return false;
	const target = withSecret(base, secret);
	const api = await rmWebhookApi(this, [secret]);
	const existing = await api.list();
	return stored.every((hook) =>
		existing.some(
			(found) =>
				found.id === hook.id &&
				found.event_type === hook.event &&
				sameUrl(found.url, target) &&
				(found.status === undefined || found.status === 'active'),
		),
	);
}

/** Removes webhooks created during a failed activation; answers the ids it could not remove. */
async function undo(api: RmWebhookApi, ids: number[]): Promise<number[]> {
	const left: number[] = [];
	for (const id of ids) {
		try {
			await api.remove(id);
		} catch {
			left.push(id);
		}
	}
	return left;
}

function capError(ctx: IHookFunctions, full: Array<{ event: string; hooks: RmWebhook[] }>): NodeOperationError {
	const events = full.map((entry) => entry.event);
	const detail = full
		.map((entry) => `${entry.event}: ${entry.hooks.map((hook) => `${hook.id} → ${withoutQuery(hook.url)}`).join(', ')}`)
		.join('; ');
	return new NodeOperationError(
		ctx.getNode(),
		`Resource Management already has ${RM_WEBHOOKS_PER_EVENT} webhooks for ${events.join(' and ')}, its limit per event in an organization`,
		{
			description: `Nothing was registered. To free a slot, ${HOW_TO_FREE(events[0])}, then activate this workflow again. Registered now: ${detail}.`,
		},
	);
}

/** RM refusing a registration because the event is full (another client was faster than our check). */
function isCapRefusal(error: unknown): boolean {
	const e = error as { httpCode?: string | null; message?: string; description?: string };
	return ['403', '422'].includes(String(e.httpCode)) && /limit|maximum|too many/i.test(`${e.message ?? ''} ${e.description ?? ''}`);
}

/**
 * Registers one webhook per selected event. Before it changes anything it reads the organization's
 * webhooks once: webhooks of this node that already fit are kept (no duplicates after a restart),
 * and a full event stops the activation with the ids that take its slots. Webhooks of this node
 * that no longer fit (old secret, event no longer selected) are removed. If a registration fails,
 * the ones created before it are removed again, so a failed activation leaves nothing behind.
 */
export async function registerWebhooks(this: IHookFunctions): Promise<boolean> {
	const events = selectedEvents(this);
	const base = deliveryBase(this);
	const data = this.getWorkflowStaticData('node');
	const stored = storedWebhooks(data);
	const secret = storedSecret(data) || randomString(40);
	const target = withSecret(base, secret);
	const api = await rmWebhookApi(this, [secret, storedSecret(data)]);
	const existing = await api.list();

	const storedIds = new Set(stored.map((hook) => hook.id));
	const keep = new Map<string, number>();
	for (const event of events) {
		const fitting = existing.filter((hook) => hook.event_type === event && sameUrl(hook.url, target));
		const pick = fitting.find((hook) => storedIds.has(hook.id)) ?? fitting[0];
		if (pick) keep.set(event, pick.id);
	}
	const kept = new Set(keep.values());
	const obsolete = existing.filter(
		(hook) => !kept.has(hook.id) && (storedIds.has(hook.id) || sameUrl(withoutQuery(hook.url), base)),
	);
	const obsoleteIds = new Set(obsolete.map((hook) => hook.id));
	const missing = events.filter((event) => !keep.has(event));
	const full = missing
		.map((event) => ({ event, hooks: existing.filter((hook) => hook.event_type === event && !obsoleteIds.has(hook.id)) }))
		.filter((entry) => entry.hooks.length >= RM_WEBHOOKS_PER_EVENT);
	if (full.length) throw capError(this, full);

	for (const hook of obsolete) await api.remove(hook.id);

	const created: number[] = [];
	let failure: unknown;
	try {
		for (const event of missing) {
			let id = await api.create(event, target);
			if (id === undefined) {
				// RM's answer named no id: find the new webhook in the list instead.
				const known = new Set([...existing.map((hook) => hook.id), ...created]);
				id = (await api.list()).find(
					(hook) => !known.has(hook.id) && hook.event_type === event && sameUrl(hook.url, target),
				)?.id;
				if (id === undefined) {
					throw new NodeOperationError(this.getNode(), `Resource Management registered no webhook for ${event}`, {
						description: 'Its answer named no id and the webhook is not in its list. Try activating the workflow again.',
					});
				}
			}
			created.push(id);
			keep.set(event, id);
		}
	} catch (error) {
		failure = error;
	}
	if (failure !== undefined) {
		const error =
			failure instanceof NodeApiError || failure instanceof NodeOperationError
				? failure
				: new NodeOperationError(this.getNode(), failure as Error);
		const failedEvent = missing[created.length];
		const left = await undo(api, created);
		if (isCapRefusal(error)) {
			// Another client took the last slot between our check and the registration.
			const said = error.message;
			error.message = `Resource Management refused another webhook for ${failedEvent}: it allows ${RM_WEBHOOKS_PER_EVENT} per event in an organization`;
			error.description = `It answered: ${said}. To free a slot, ${HOW_TO_FREE(failedEvent)}, then activate this workflow again.`;
		}
		const cleanup = !created.length
			? ''
			: left.length
				? `Webhook ${left.join(', ')} registered before the failure could not be removed again; delete ${left.length === 1 ? 'it' : 'them'} with DELETE /webhooks/{id}.`
				: `The ${created.length === 1 ? 'webhook' : `${created.length} webhooks`} registered before the failure ${created.length === 1 ? 'was' : 'were'} removed again, so nothing is left behind.`;
		if (cleanup) error.description = `${error.description ?? ''} ${cleanup}`.trim();
		throw error;
	}

	data.webhooks = events.map((event) => ({ id: keep.get(event)!, event }));
	data.secret = secret;
	return true;
}

/**
 * Removes every stored webhook (one DELETE each; one RM no longer knows counts as removed) and
 * clears the static data. Webhooks that could not be removed stay stored, so the next activation
 * removes them, and the error names them.
 */
export async function removeWebhooks(this: IHookFunctions): Promise<boolean> {
	const data = this.getWorkflowStaticData('node');
	const stored = storedWebhooks(data);
	const secret = storedSecret(data);
	if (stored.length) {
		const api = await rmWebhookApi(this, [secret]);
		const failed: Array<{ hook: StoredWebhook; message: string }> = [];
		for (const hook of stored) {
			try {
				await api.remove(hook.id);
			} catch (error) {
				failed.push({ hook, message: (error as Error).message });
			}
		}
		if (failed.length) {
			data.webhooks = failed.map((entry) => entry.hook);
			const ids = failed.map((entry) => entry.hook.id).join(', ');
			throw new NodeOperationError(this.getNode(), `Could not remove webhook ${ids} from Resource Management: ${failed[0].message}`, {
				description: `The workflow keeps ${failed.length === 1 ? 'it' : 'them'} on record and removes ${failed.length === 1 ? 'it' : 'them'} at its next activation; to remove ${failed.length === 1 ? 'it' : 'them'} now, send DELETE /webhooks/{id}. Deliveries to a deactivated workflow are not run.`,
			});
		}
	}
	delete data.webhooks;
	delete data.secret;
	return true;
}

/** Compares the whole token whatever the first difference (no timing hint for guessing). */
function sameSecret(given: string, expected: string): boolean {
	let difference = given.length ^ expected.length;
	for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ (given.charCodeAt(i) || 0);
	return difference === 0;
}

function refuse(ctx: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	ctx.getResponseObject().status(status).json({ message });
	return { noWebhookResponse: true };
}

function isRecord(value: unknown): value is IDataObject {
	return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * One delivery from RM. It must carry this trigger's token (401 without, 403 with a wrong one;
 * nothing runs) and be `{type, data}`. Events that are not selected, and phases or projects the
 * Phase Events setting leaves out, are acknowledged with 200 (RM would unsubscribe on 410) and
 * start nothing.
 */
export async function receiveEvent(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const secret = storedSecret(this.getWorkflowStaticData('node'));
	const given = (this.getQueryData() as IDataObject)[SECRET_PARAMETER];
	const token = Array.isArray(given) ? given[0] : given;
	if (typeof token !== 'string' || token === '') {
		return refuse(this, 401, 'This URL only accepts Resource Management deliveries with their token');
	}
	if (!secret || !sameSecret(token, secret)) return refuse(this, 403, 'Wrong token');

	const body = this.getBodyData();
	if (!isRecord(body) || typeof body.type !== 'string' || !isRecord(body.data)) {
		return refuse(this, 400, 'Expected a Resource Management event: {"type": "<event>", "data": {…}}');
	}
	const type = body.type;
	const record = body.data;
	const events = this.getNodeParameter('events', []) as unknown;
	if (!Array.isArray(events) || !events.includes(type)) {
		return { webhookResponse: { message: `Event ${type} is not selected in this trigger; ignored` } };
	}
	const phases = this.getNodeParameter('phases', 'ignore') as PhaseFilter;
	if (!passesPhaseFilter(type, record, phases)) {
		return { webhookResponse: { message: 'Left out by the Phase Events setting; ignored' } };
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const item = eventItem(type, record, options.output === 'raw' ? 'raw' : 'record');
	return { workflowData: [this.helpers.returnJsonArray([item])] };
}
