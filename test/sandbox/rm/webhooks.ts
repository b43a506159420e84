/**
 * Webhooks (§5.27): `GET /webhooks` (paged), `POST /webhooks`, `GET /webhooks/:id`,
 * `DELETE /webhooks/:id`; no update. Strict where the spec is explicit: both `event_type` and `url`
 * required and nothing else accepted, `event_type` one of the 8 subscribable types
 * (`assignment.deleted` is emitted by RM but not listed as subscribable, so it is refused like
 * any unknown type), `url` https with a real host name, at most 10 webhooks per event type
 * (refused as 403 bad data). RM's create answer is undocumented; the webhook object is returned.
 *
 * Deliveries: `rmWebhooks(sandbox.rm).fire(eventType, data)` POSTs `{type, data}` to every webhook
 * of that event (in id order) and resolves with what each receiver answered; a 410 unsubscribes
 * the webhook, as RM does. Creating a project or phase, a user, an assignment or a time entry
 * through the sandbox's API fires `<kind>.created` by itself (after the create has finished);
 * `settled()` waits for those. Updates are fired explicitly with `fire('…updated', record)`.
 *
 * Registered URLs must be https, while a test's n8n listens on plain http: like a reverse proxy
 * in front of a real n8n, `deliverVia` maps a registered origin (or origin + path prefix) to a
 * local address, e.g. `deliverVia['https://n8n.example.test'] = 'http://127.0.0.1:5678'` sends
 * `https://n8n.example.test/webhook/x?token=y` to `http://127.0.0.1:5678/webhook/x?token=y`.
 * A URL without a mapping is never called (the sandbox stays offline); its delivery is recorded
 * with status 0 and the reason.
 */
import type { SandboxRequest } from '../server';
import {
	badData,
	checkBody,
	deleted,
	newId,
	notFound,
	ok,
	page,
	route,
	type Rec,
	type RmRouteModule,
	type RmState,
} from './state';

export const RM_WEBHOOK_EVENT_TYPES = [
	'project.created',
	'project.updated',
	'time.entry.created',
	'time.entry.updated',
	'user.created',
	'user.updated',
	'assignment.created',
	'assignment.updated',
];

export const RM_WEBHOOKS_PER_EVENT = 10;

/** What one receiver answered to one delivery. */
export interface RmDelivery {
	webhookId: number;
	eventType: string;
	/** The registered URL. */
	url: string;
	/** Where the POST really went (after `deliverVia`); undefined when it was not sent. */
	target?: string;
	/** HTTP status of the answer; 0 when there was none. */
	status: number;
	/** The answer's body (parsed JSON, else text). */
	body?: unknown;
	error?: string;
	/** Whether RM dropped the webhook because the receiver answered 410. */
	unsubscribed: boolean;
}

export interface RmWebhookSandbox {
	/** Registered webhooks by id, as GET /webhooks lists them. */
	hooks: Map<number, Rec>;
	/** Every delivery so far, in order. */
	deliveries: RmDelivery[];
	/** Registered origin (or origin + path prefix) → local origin the POST goes to instead. */
	deliverVia: Record<string, string>;
	/** Whether creates through the API fire `<kind>.created` (default true). */
	autoFire: boolean;
	/** POSTs `{type: eventType, data}` to every webhook of that event; resolves with the answers. */
	fire(eventType: string, data: Rec): Promise<RmDelivery[]>;
	/** Resolves when every delivery fired by a create has been answered. */
	settled(): Promise<void>;
}

interface Registry {
	sandbox: RmWebhookSandbox;
	/** Fires `eventType` for a record once the create that made it has finished. */
	track(eventType: string, record: Rec): void;
}

const registries = new WeakMap<RmState, Registry>();

function registryOf(state: RmState): Registry {
	let registry = registries.get(state);
	if (!registry) {
		registry = createRegistry();
		registries.set(state, registry);
	}
	return registry;
}

/** The webhook registry of one sandbox account (`rmWebhooks(sandbox.rm)`). */
export function rmWebhooks(state: RmState): RmWebhookSandbox {
	return registryOf(state).sandbox;
}

/** Where a registered URL is really sent, or undefined without a mapping. */
function mapped(url: string, via: Record<string, string>): string | undefined {
	for (const [from, to] of Object.entries(via)) {
		const prefix = from.replace(/\/+$/, '');
		if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`)) {
			return to.replace(/\/+$/, '') + url.slice(prefix.length);
		}
	}
	return undefined;
}

function createRegistry(): Registry {
	const pending = new Set<Promise<unknown>>();
	const registry: RmWebhookSandbox = {
		hooks: new Map(),
		deliveries: [],
		deliverVia: {},
		autoFire: true,
		async fire(eventType, data) {
			const targets = [...registry.hooks.values()]
				.filter((hook) => hook.event_type === eventType)
				.sort((a, b) => Number(a.id) - Number(b.id));
			const out: RmDelivery[] = [];
			for (const hook of targets) {
				const delivery = await deliver(hook, eventType, data);
				if (delivery.unsubscribed) registry.hooks.delete(Number(hook.id));
				registry.deliveries.push(delivery);
				out.push(delivery);
			}
			return out;
		},
		async settled() {
			while (pending.size) await Promise.allSettled([...pending]);
		},
	};

	async function deliver(hook: Rec, eventType: string, data: Rec): Promise<RmDelivery> {
		const url = String(hook.url);
		const base = { webhookId: Number(hook.id), eventType, url, unsubscribed: false };
		const target = mapped(url, registry.deliverVia);
		if (!target)
			return {
				...base,
				status: 0,
				error: `no deliverVia mapping for ${new URL(url).origin}; not sent`,
			};
		try {
			const response = await fetch(target, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', 'User-Agent': 'RM-sandbox-webhooks' },
				body: JSON.stringify({ type: eventType, data }),
				signal: AbortSignal.timeout(15_000),
			});
			const text = await response.text();
			let body: unknown = text;
			try {
				body = text ? JSON.parse(text) : undefined;
			} catch {
				// not JSON: keep the text
			}
			return {
				...base,
				target,
				status: response.status,
				body,
				unsubscribed: response.status === 410,
			};
		} catch (error) {
			return { ...base, target, status: 0, error: (error as Error).message };
		}
	}

	// Runs after the create's handler has finished, so the record is the one the API answered.
	const track = (eventType: string, record: Rec) => {
		const delivery = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
			registry.fire(eventType, { ...record }),
		);
		pending.add(delivery);
		void delivery.finally(() => pending.delete(delivery));
	};
	return { sandbox: registry, track };
}

/** Makes `map.set` of a new key fire `eventType` (records created through the API). */
function fireOnCreate(
	map: Map<number, Rec>,
	eventType: string,
	{ sandbox: registry, track }: Registry,
): void {
	const set = map.set.bind(map);
	map.set = (key: number, value: Rec) => {
		const isNew = !map.has(key);
		set(key, value);
		const subscribed =
			registry.hooks.size > 0 &&
			[...registry.hooks.values()].some((hook) => hook.event_type === eventType);
		if (isNew && registry.autoFire && subscribed) {
			track(eventType, value);
		}
		return map;
	};
}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/** An https URL with a real host name (or IPv4 address); the reason otherwise. */
function urlProblem(value: unknown): string | undefined {
	if (typeof value !== 'string') return 'url must be a string';
	let parsed: URL;
	try {
		parsed = new URL(value);
	} catch {
		return 'url is not a valid URL';
	}
	if (parsed.protocol !== 'https:') return 'url must use https';
	if (!HOST.test(parsed.hostname) && !IPV4.test(parsed.hostname))
		return 'url must have a valid host';
	if (parsed.username || parsed.password) return 'url must not contain credentials';
	return undefined;
}

function hookOf(registry: RmWebhookSandbox, id: string): Rec | undefined {
	return /^\d+$/.test(id) ? registry.hooks.get(Number(id)) : undefined;
}

export const webhookRoutes: RmRouteModule = (state) => {
	const internal = registryOf(state);
	const registry = internal.sandbox;
	fireOnCreate(state.projects, 'project.created', internal);
	fireOnCreate(state.users, 'user.created', internal);
	fireOnCreate(state.assignments, 'assignment.created', internal);
	fireOnCreate(state.timeEntries, 'time.entry.created', internal);

	const list = (req: SandboxRequest) =>
		page(
			req,
			[...registry.hooks.values()].sort((a, b) => Number(a.id) - Number(b.id)),
		);

	return [
		route('GET', '/webhooks', list),
		route('GET', '/webhooks/:id', (_req, { id }) => {
			const hook = hookOf(registry, id);
			return hook ? ok(hook) : notFound();
		}),
		route('POST', '/webhooks', (req) => {
			const invalid = checkBody(req.body, {
				allowed: ['event_type', 'url'],
				required: ['event_type', 'url'],
			});
			if (invalid) return invalid;
			const body = req.body as Rec;
			const eventType = body.event_type;
			if (typeof eventType !== 'string' || !RM_WEBHOOK_EVENT_TYPES.includes(eventType)) {
				return badData(`event_type is not a valid event type: ${JSON.stringify(eventType)}`);
			}
			const problem = urlProblem(body.url);
			if (problem) return badData(problem);
			const taken = [...registry.hooks.values()].filter(
				(hook) => hook.event_type === eventType,
			).length;
			if (taken >= RM_WEBHOOKS_PER_EVENT) {
				return badData(
					`event_type ${eventType} has reached the maximum of ${RM_WEBHOOKS_PER_EVENT} webhooks`,
				);
			}
			const id = newId(state);
			const hook: Rec = {
				id,
				organization_id: 1,
				url: body.url,
				status: 'active',
				event_type: eventType,
			};
			registry.hooks.set(id, hook);
			return ok(hook);
		}),
		route('DELETE', '/webhooks/:id', (_req, { id }) => {
			const hook = hookOf(registry, id);
			if (!hook) return notFound();
			registry.hooks.delete(Number(hook.id));
			return deleted();
		}),
	];
};
