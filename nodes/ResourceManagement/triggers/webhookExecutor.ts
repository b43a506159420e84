import { NodeApiError, NodeOperationError, type IHookFunctions } from 'n8n-workflow';
import type { RmWebhook, RmWebhookApi } from './webhookApi';
import { RM_WEBHOOKS_PER_EVENT } from './webhookEvents';
import { deliversTo, withoutQuery, type FullEvent, type WebhookPlan } from './webhookPlan';

/*
 * Carries out a webhook plan (webhookPlan.ts) against RM: the requests of an activation, and the
 * clean-up and wording when one of them fails.
 */

const HOW_TO_FREE = (event: string) =>
	`list the organization's webhooks with GET /webhooks and remove one you no longer need with DELETE /webhooks/{id} (for example in an HTTP Request node that uses this credential), or deactivate another workflow that listens to ${event}`;

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

function capError(ctx: IHookFunctions, full: FullEvent[]): NodeOperationError {
	const events = full.map((entry) => entry.event);
	const detail = full
		.map(
			(entry) =>
				`${entry.event}: ${entry.hooks.map((hook) => `${hook.id} → ${withoutQuery(hook.url)}`).join(', ')}`,
		)
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
	return (
		['403', '422'].includes(String(e.httpCode)) &&
		/limit|maximum|too many/i.test(`${e.message ?? ''} ${e.description ?? ''}`)
	);
}

/**
 * Registers one webhook for `event` at `target`. When RM's answer names no id, the new webhook is
 * looked up in the list: the one for this event and URL whose id is not among `known`.
 */
async function registerOne(
	ctx: IHookFunctions,
	api: RmWebhookApi,
	event: string,
	target: string,
	known: () => Set<number>,
): Promise<number> {
	let id = await api.create(event, target);
	if (id === undefined) {
		// RM's answer named no id: find the new webhook in the list instead.
		const before = known();
		id = (await api.list()).find(
			(hook) => !before.has(hook.id) && deliversTo(hook, event, target),
		)?.id;
		if (id === undefined) {
			throw new NodeOperationError(
				ctx.getNode(),
				`Resource Management registered no webhook for ${event}`,
				{
					description:
						'Its answer named no id and the webhook is not in its list. Try activating the workflow again.',
				},
			);
		}
	}
	return id;
}

/** A failed registration: removes the ones `created` before it and says so in the error to throw. */
async function failedRegistration(
	ctx: IHookFunctions,
	api: RmWebhookApi,
	failure: unknown,
	failedEvent: string,
	created: number[],
): Promise<NodeApiError | NodeOperationError> {
	const error =
		failure instanceof NodeApiError || failure instanceof NodeOperationError
			? failure
			: new NodeOperationError(ctx.getNode(), failure as Error);
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
	return error;
}

/**
 * Carries out a plan: stops on a full event before changing anything, removes what no longer
 * fits, then registers what is missing. Answers the webhook id of every event (kept or new).
 */
export async function carryOutPlan(
	ctx: IHookFunctions,
	api: RmWebhookApi,
	plan: WebhookPlan,
	target: string,
	existing: RmWebhook[],
): Promise<Map<string, number>> {
	if (plan.full.length) throw capError(ctx, plan.full);
	for (const id of plan.remove) await api.remove(id);
	const ids = new Map(plan.keep.map((entry) => [entry.event, entry.id]));
	const created: number[] = [];
	const known = () => new Set([...existing.map((hook) => hook.id), ...created]);
	try {
		for (const event of plan.create) {
			const id = await registerOne(ctx, api, event, target, known);
			created.push(id);
			ids.set(event, id);
		}
	} catch (error) {
		throw await failedRegistration(ctx, api, error, plan.create[created.length], created);
	}
	return ids;
}
