import { NodeOperationError, randomString, type IHookFunctions } from 'n8n-workflow';
import { rmWebhookApi } from './webhookApi';
import { RM_EVENT_TYPES } from './webhookEvents';
import { carryOutPlan } from './webhookExecutor';
import { deliversTo, planWebhooks, withSecret } from './webhookPlan';
import { storedSecret, storedWebhooks, type StoredWebhook } from './webhookStore';

/*
 * The trigger's life in n8n: on activation n8n calls checkExists and, when it answers false,
 * create; on deactivation delete. What was registered lives in the node's static data
 * (webhookStore.ts). Activation compares what is wanted with what RM has (webhookPlan.ts) and
 * carries out the result (webhookExecutor.ts); deliveries are answered in webhookDelivery.ts.
 */

/** The selected events, checked: at least one, each a type RM lets us subscribe to. */
function selectedEvents(ctx: IHookFunctions): string[] {
	const raw = ctx.getNodeParameter('events', []) as unknown;
	const list = (Array.isArray(raw) ? raw : [raw]).filter(
		(value) => value !== '' && value !== null && value !== undefined,
	);
	if (list.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'Choose at least one event', {
			description:
				"Pick the Resource Management events that should start this workflow in 'Events'.",
		});
	}
	const unknown = list.filter((value) => !RM_EVENT_TYPES.includes(String(value)));
	if (unknown.length) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Resource Management has no webhook event ${unknown.map((value) => JSON.stringify(value)).join(', ')}`,
			{
				description: `Choose from: ${RM_EVENT_TYPES.join(', ')}.`,
			},
		);
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
		throw new NodeOperationError(
			ctx.getNode(),
			`Resource Management only calls https URLs, and this n8n's webhook URL is ${base || 'not set'}`,
			{
				description: setUrl,
			},
		);
	}
	if (parsed.hostname === 'localhost' || !parsed.hostname.includes('.')) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Resource Management cannot reach ${base}: it needs a public host name`,
			{
				description: setUrl,
			},
		);
	}
	return base;
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
		stored.length === new Set(wanted).size &&
		wanted.every((event) => stored.some((hook) => hook.event === event));
	if (!sameEvents) return false;
	const base = this.getNodeWebhookUrl('default');
	if (!base) return false;
	const target = withSecret(base, secret);
	const api = await rmWebhookApi(this, [secret]);
	const existing = await api.list();
	return stored.every((hook) =>
		existing.some((found) => found.id === hook.id && deliversTo(found, hook.event, target)),
	);
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
	const api = await rmWebhookApi(this, [secret]);
	const existing = await api.list();
	const plan = planWebhooks(
		{ events, base, target, storedIds: stored.map((hook) => hook.id) },
		existing,
	);
	const ids = await carryOutPlan(this, api, plan, target, existing);
	data.webhooks = events.map((event) => ({ id: ids.get(event)!, event }));
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
			throw new NodeOperationError(
				this.getNode(),
				`Could not remove webhook ${ids} from Resource Management: ${failed[0].message}`,
				{
					description: `The workflow keeps ${failed.length === 1 ? 'it' : 'them'} on record and removes ${failed.length === 1 ? 'it' : 'them'} at its next activation; to remove ${failed.length === 1 ? 'it' : 'them'} now, send DELETE /webhooks/{id}. Deliveries to a deactivated workflow are not run.`,
				},
			);
		}
	}
	delete data.webhooks;
	delete data.secret;
	return true;
}
