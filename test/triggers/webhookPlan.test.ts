/**
 * The Resource Management Trigger's activation plan as data: which registered webhooks are kept,
 * which are removed and which events get a new one, from the selected events, the node's URL,
 * the stored ids and the organization's webhook list. No requests: planWebhooks is pure.
 */
import type { RmWebhook } from '../../nodes/ResourceManagement/triggers/webhookApi';
import { RM_WEBHOOKS_PER_EVENT } from '../../nodes/ResourceManagement/triggers/webhookEvents';
import {
	planWebhooks,
	sameUrl,
	withoutQuery,
	withSecret,
	type WantedWebhooks,
} from '../../nodes/ResourceManagement/triggers/webhookPlan';

const BASE = 'https://n8n.example.test/webhook/abc/webhook';
const SECRET = 's'.repeat(40);
const OLD_SECRET = 'o'.repeat(40);
const TARGET = withSecret(BASE, SECRET);
const OTHER = 'https://other.example.com/hook?key=x';

const hook = (id: number, event_type: string, url = TARGET): RmWebhook => ({
	id,
	event_type,
	url,
	status: 'active',
});

function wanted(events: string[], storedIds: number[] = []): WantedWebhooks {
	return { events, base: BASE, target: TARGET, storedIds };
}

describe('planWebhooks', () => {
	test('nothing registered: one webhook per event is created, nothing kept or removed', () => {
		expect(planWebhooks(wanted(['time.entry.created', 'project.created']), [])).toEqual({
			keep: [],
			remove: [],
			create: ['time.entry.created', 'project.created'],
			full: [],
		});
	});

	test('a stored webhook RM no longer delivers to (status not active) is replaced', () => {
		// RM may unsubscribe an endpoint that keeps failing; keeping that webhook would deliver nothing.
		const existing = [
			{ ...hook(1, 'time.entry.created'), status: 'inactive' },
			hook(2, 'project.created'),
		];
		expect(
			planWebhooks(wanted(['time.entry.created', 'project.created'], [1, 2]), existing),
		).toEqual({
			keep: [{ event: 'project.created', id: 2 }],
			remove: [1],
			create: ['time.entry.created'],
			full: [],
		});
	});

	test('all present: every stored webhook is kept, no request is planned', () => {
		const existing = [
			hook(1, 'time.entry.created'),
			hook(2, 'project.created'),
			hook(3, 'user.created', OTHER),
		];
		expect(
			planWebhooks(wanted(['time.entry.created', 'project.created'], [1, 2]), existing),
		).toEqual({
			keep: [
				{ event: 'time.entry.created', id: 1 },
				{ event: 'project.created', id: 2 },
			],
			remove: [],
			create: [],
			full: [],
		});
	});

	test('a fitting webhook RM has but the static data lost is kept rather than registered again', () => {
		expect(planWebhooks(wanted(['user.created']), [hook(7, 'user.created')])).toEqual({
			keep: [{ event: 'user.created', id: 7 }],
			remove: [],
			create: [],
			full: [],
		});
	});

	test('one webhook dropped by RM: the other is kept, the missing event is created again', () => {
		expect(
			planWebhooks(wanted(['time.entry.created', 'project.created'], [1, 2]), [
				hook(2, 'project.created'),
			]),
		).toEqual({
			keep: [{ event: 'project.created', id: 2 }],
			remove: [],
			create: ['time.entry.created'],
			full: [],
		});
	});

	test('event changed: the webhook of the event no longer selected is removed, the new event created', () => {
		const existing = [hook(1, 'time.entry.created'), hook(2, 'project.created')];
		expect(planWebhooks(wanted(['time.entry.created', 'user.updated'], [1, 2]), existing)).toEqual({
			keep: [{ event: 'time.entry.created', id: 1 }],
			remove: [2],
			create: ['user.updated'],
			full: [],
		});
	});

	test('URL changed (new secret): webhooks at the old URL are removed, stored or not, and registered anew', () => {
		const oldUrl = withSecret(BASE, OLD_SECRET);
		const existing = [hook(1, 'time.entry.created', oldUrl), hook(5, 'time.entry.created', oldUrl)];
		expect(planWebhooks(wanted(['time.entry.created'], [1]), existing)).toEqual({
			keep: [],
			remove: [1, 5],
			create: ['time.entry.created'],
			full: [],
		});
	});

	test('URL changed (other n8n address): stored webhooks are removed, ones at unrelated URLs left alone', () => {
		const moved = 'https://old-n8n.example.test/webhook/abc/webhook?token=x';
		const existing = [hook(1, 'project.created', moved), hook(9, 'project.created', OTHER)];
		expect(planWebhooks(wanted(['project.created'], [1]), existing)).toEqual({
			keep: [],
			remove: [1],
			create: ['project.created'],
			full: [],
		});
	});

	test('extra hooks: duplicates of this node are removed, the stored one is kept, foreign ones stay', () => {
		const existing = [
			hook(3, 'user.created'),
			hook(4, 'user.created'),
			hook(5, 'user.created', OTHER),
			hook(6, 'user.created'),
		];
		expect(planWebhooks(wanted(['user.created'], [4]), existing)).toEqual({
			keep: [{ event: 'user.created', id: 4 }],
			remove: [3, 6],
			create: [],
			full: [],
		});
	});

	test('without a stored one, the first fitting webhook is kept', () => {
		expect(
			planWebhooks(wanted(['user.created']), [hook(3, 'user.created'), hook(4, 'user.created')]),
		).toMatchObject({
			keep: [{ event: 'user.created', id: 3 }],
			remove: [4],
		});
	});

	test('a full event is reported with the webhooks that take its slots; removals free slots', () => {
		const foreign = Array.from({ length: RM_WEBHOOKS_PER_EVENT }, (_, i) =>
			hook(100 + i, 'user.created', OTHER),
		);
		const plan = planWebhooks(wanted(['user.created', 'project.created']), foreign);
		expect(plan.create).toEqual(['user.created', 'project.created']);
		expect(plan.full).toEqual([{ event: 'user.created', hooks: foreign }]);

		const ours = hook(1, 'user.created', withSecret(BASE, OLD_SECRET));
		const freed = planWebhooks(wanted(['user.created'], [1]), [...foreign.slice(1), ours]);
		expect(freed).toEqual({ keep: [], remove: [1], create: ['user.created'], full: [] });
	});

	test('URLs compare as a server normalizes them; withoutQuery drops the secret', () => {
		expect(
			sameUrl('https://N8N.example.test:443/webhook/abc/webhook?token=1', withSecret(BASE, '1')),
		).toBe(true);
		expect(sameUrl('not a url', 'not a url')).toBe(true);
		expect(withoutQuery(TARGET)).toBe(BASE);
		expect(withoutQuery('not a url')).toBe('not a url');
	});
});
