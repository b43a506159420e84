import type { RmWebhook } from './webhookApi';
import { RM_WEBHOOKS_PER_EVENT, SECRET_PARAMETER } from './webhookEvents';

/** This node's URL with its secret in the query: the URL registered in RM. */
export function withSecret(base: string, secret: string): string {
	const url = new URL(base);
	url.searchParams.set(SECRET_PARAMETER, secret);
	return url.href;
}

/** A URL without its query (where the secret is): for messages and for matching this node's base URL. */
export function withoutQuery(url: string): string {
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
export function sameUrl(a: string, b: string): boolean {
	try {
		return new URL(a).href === new URL(b).href;
	} catch {
		return a === b;
	}
}

/**
 * Whether a listed webhook delivers `event` to `target`: same event, same URL, and active (RM
 * lists `status: "active"` and may unsubscribe an endpoint that keeps failing).
 */
export function deliversTo(hook: RmWebhook, event: string, target: string): boolean {
	return (
		hook.event_type === event &&
		sameUrl(hook.url, target) &&
		(hook.status === undefined || hook.status === 'active')
	);
}

/** What an activation wants: the selected events, delivered to `target` (`base` plus the secret). */
export interface WantedWebhooks {
	events: string[];
	/** This node's webhook URL without the secret. */
	base: string;
	/** The URL to register: `base` with the secret. */
	target: string;
	/** The ids in the static data (registered by an earlier activation). */
	storedIds: number[];
}

/** An event that has no webhook of this node yet and no free slot: the webhooks taking its slots. */
export interface FullEvent {
	event: string;
	hooks: RmWebhook[];
}

/** What an activation does to the organization's webhooks; `full` non-empty means: do nothing. */
export interface WebhookPlan {
	/** Registered webhooks that already fit, one per event. */
	keep: Array<{ event: string; id: number }>;
	/** Webhooks of this node that no longer fit (old secret, event no longer selected, duplicates). */
	remove: number[];
	/** Events to register a webhook for, in the order selected. */
	create: string[];
	/** Events in `create` whose slots are all taken. */
	full: FullEvent[];
}

/**
 * Compares what is wanted with the webhooks RM lists. A webhook fits an event when it delivers
 * that event to the target URL (deliversTo); of several, the stored one is kept (else the first), so a restart
 * registers no duplicates. Webhooks of this node (stored, or at its base URL) that are not kept
 * are removed; they do not count against an event's slots.
 */
export function planWebhooks(wanted: WantedWebhooks, existing: RmWebhook[]): WebhookPlan {
	const storedIds = new Set(wanted.storedIds);
	const keep: WebhookPlan['keep'] = [];
	for (const event of wanted.events) {
		const fitting = existing.filter((hook) => deliversTo(hook, event, wanted.target));
		const pick = fitting.find((hook) => storedIds.has(hook.id)) ?? fitting[0];
		if (pick) keep.push({ event, id: pick.id });
	}
	const kept = new Set(keep.map((entry) => entry.id));
	const remove = existing
		.filter(
			(hook) =>
				!kept.has(hook.id) &&
				(storedIds.has(hook.id) || sameUrl(withoutQuery(hook.url), wanted.base)),
		)
		.map((hook) => hook.id);
	const removed = new Set(remove);
	const create = wanted.events.filter((event) => !keep.some((entry) => entry.event === event));
	const full = create
		.map((event) => ({
			event,
			hooks: existing.filter((hook) => hook.event_type === event && !removed.has(hook.id)),
		}))
		.filter((entry) => entry.hooks.length >= RM_WEBHOOKS_PER_EVENT);
	return { keep, remove, create, full };
}
