/**
 * The Resource Management Trigger through n8n-core's real HookContext (activation: checkExists,
 * create; deactivation: delete) and WebhookContext (deliveries), against the sandbox's /webhooks.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { ResourceManagementTrigger } from '../../nodes/ResourceManagement/ResourceManagementTrigger.node';
import { rmCredential } from '../harness/rm';
import { shape } from '../harness/smenso';
import { TriggerRun, type WebhookRun } from '../harness/run-trigger';
import { forgetRequests, useSandbox } from '../harness/sandbox';
import { RM_TOKEN } from '../sandbox';
import { rmWebhooks, type RmWebhookSandbox } from '../sandbox/rm/webhooks';
import { rateLimited } from '../sandbox/rm/state';

const trigger = new ResourceManagementTrigger();
const HOOKS = '/api/v1/webhooks';
const PUBLIC = 'https://n8n.example.test';

let hooks: RmWebhookSandbox;
const sandbox = useSandbox({
	seed: (started) => {
		hooks = rmWebhooks(started.rm);
	},
	reset: (started) => {
		hooks.hooks.clear();
		hooks.deliveries.length = 0;
		for (const key of Object.keys(hooks.deliverVia)) delete hooks.deliverVia[key];
		forgetRequests(started);
	},
});

function newTrigger(parameters: INodeParameters, webhookUrl = `${PUBLIC}/`): TriggerRun {
	return new TriggerRun(
		{ nodeType: trigger, parameters, credential: rmCredential(sandbox) },
		webhookUrl,
	);
}

/** The URL the trigger registers: its n8n URL plus its secret. */
function registeredUrl(run: TriggerRun): string {
	return `${run.nodeUrl}?token=${String(run.staticData.secret)}`;
}

/** The trigger's secret (what RM has in the registered URL). */
const token = (run: TriggerRun) => String(run.staticData.secret);

/** Registers webhooks in the sandbox directly (another client of the organization). */
function addForeignHooks(eventType: string, count: number): number[] {
	const ids: number[] = [];
	for (let i = 0; i < count; i++) {
		const id = 900_000 + hooks.hooks.size;
		hooks.hooks.set(id, {
			id,
			organization_id: 1,
			url: `https://other-${i}.example.com/hook?key=s3cret`,
			status: 'active',
			event_type: eventType,
		});
		ids.push(id);
	}
	return ids;
}

const TIME_ENTRY = {
	id: 3_000_000_001,
	user_id: 501,
	assignable_id: 1001,
	assignable_type: 'Project',
	date: '2026-02-01',
	hours: 1,
	scheduled_hours: null,
	is_suggestion: false,
	task: null,
	notes: null,
	bill_rate: 100,
	bill_rate_id: 1,
	created_at: '2026-01-05T09:00:00Z',
	updated_at: '2026-01-05T09:00:00Z',
};

describe('activation registers one webhook per event', () => {
	test('first activation: no request for checkExists, then 1 GET + 1 POST per event; ids and secret stored', async () => {
		const run = newTrigger({ events: ['time.entry.created', 'project.created'] });
		const result = await run.activate();
		expect(result).toEqual({ value: true, created: true });

		const secret = String(run.staticData.secret);
		expect(secret).toMatch(/^[A-Za-z0-9]{40}$/);
		const url = `${PUBLIC}/webhook/${run.node.webhookId}/webhook?token=${secret}`;
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: HOOKS, query: { per_page: '1000' }, body: undefined },
			{ method: 'POST', path: HOOKS, query: {}, body: { event_type: 'time.entry.created', url } },
			{ method: 'POST', path: HOOKS, query: {}, body: { event_type: 'project.created', url } },
		]);
		expect(sandbox.requests.every((request) => request.headers.auth === RM_TOKEN)).toBe(true);

		const registered = [...hooks.hooks.values()];
		expect(registered.map((hook) => ({ event_type: hook.event_type, url: hook.url }))).toEqual([
			{ event_type: 'time.entry.created', url },
			{ event_type: 'project.created', url },
		]);
		expect(run.staticData.webhooks).toEqual([
			{ id: registered[0].id, event: 'time.entry.created' },
			{ id: registered[1].id, event: 'project.created' },
		]);
	});

	test('after a restart checkExists finds every webhook with one GET and nothing is registered again', async () => {
		const run = newTrigger({ events: ['time.entry.created', 'project.created'] });
		await run.activate();
		const stored = run.staticData.webhooks;
		sandbox.clearRequests();

		const result = await run.activate('init');
		expect(result).toEqual({ value: true, created: false });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: HOOKS, query: { per_page: '1000' }, body: undefined },
		]);
		expect(run.staticData.webhooks).toEqual(stored);
		expect(hooks.hooks.size).toBe(2);
	});

	test('the webhook list is read page by page to its end', async () => {
		// 2,400 foreign webhooks (no cap in this test's events): three pages of 1,000.
		for (const event of ['user.created', 'user.updated', 'assignment.updated'])
			addForeignHooks(event, 800);
		const run = newTrigger({ events: ['time.entry.updated'] });
		expect((await run.activate()).error).toBeUndefined();
		expect(
			sandbox.requests.map((request) => `${request.method} ${request.query.page ?? '1'}`),
		).toEqual(['GET 1', 'GET 2', 'GET 3', 'POST 1']);
	});

	test('a webhook RM dropped is registered again; the one still there is kept (no duplicate)', async () => {
		const run = newTrigger({ events: ['time.entry.created', 'assignment.created'] });
		await run.activate();
		const [kept, dropped] = run.staticData.webhooks as Array<{ id: number; event: string }>;
		hooks.hooks.delete(dropped.id);
		sandbox.clearRequests();

		const result = await run.activate('init');
		expect(result).toEqual({ value: true, created: true });
		expect(sandbox.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET ${HOOKS}`, // checkExists: one is missing
			`GET ${HOOKS}`, // create: what is there
			`POST ${HOOKS}`, // only the missing one
		]);
		expect(sandbox.requests[2].body).toEqual({
			event_type: 'assignment.created',
			url: registeredUrl(run),
		});
		const now = run.staticData.webhooks as Array<{ id: number; event: string }>;
		expect(now[0]).toEqual(kept);
		expect(now[1].event).toBe('assignment.created');
		expect(now[1].id).not.toBe(dropped.id);
		expect(hooks.hooks.size).toBe(2);
	});

	test('a changed event selection: the old event is unsubscribed and the new one registered', async () => {
		const run = newTrigger({ events: ['time.entry.created', 'user.created'] });
		await run.activate();
		const [timeHook, userHook] = run.staticData.webhooks as Array<{ id: number; event: string }>;
		run.node.parameters.events = ['time.entry.created', 'user.updated'];
		sandbox.clearRequests();

		expect(await run.activate('update')).toEqual({ value: true, created: true });
		expect(sandbox.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			// checkExists needs no request: the stored events differ from the selection
			`GET ${HOOKS}`,
			`DELETE ${HOOKS}/${userHook.id}`,
			`POST ${HOOKS}`,
		]);
		expect(sandbox.requests[2].body).toEqual({
			event_type: 'user.updated',
			url: registeredUrl(run),
		});
		expect([...hooks.hooks.values()].map((hook) => hook.event_type).sort()).toEqual([
			'time.entry.created',
			'user.updated',
		]);
		expect((run.staticData.webhooks as IDataObject[])[0]).toEqual(timeHook);
	});

	test('webhooks left at this node URL with an old token (static data lost) are removed, not kept', async () => {
		const run = newTrigger({ events: ['project.updated'] });
		const leftover = 777_001;
		hooks.hooks.set(leftover, {
			id: leftover,
			organization_id: 1,
			url: `${run.nodeUrl}?token=old-token-000`,
			status: 'active',
			event_type: 'project.updated',
		});
		const foreign = addForeignHooks('project.updated', 1)[0];

		expect((await run.activate()).error).toBeUndefined();
		expect(sandbox.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET ${HOOKS}`,
			`DELETE ${HOOKS}/${leftover}`,
			`POST ${HOOKS}`,
		]);
		expect([...hooks.hooks.keys()]).toEqual([
			foreign,
			(run.staticData.webhooks as IDataObject[])[0].id,
		]);
	});

	test("the editor's Listen for Test Event registers a webhook-test URL of its own and leaves the active one alone", async () => {
		const active = newTrigger({ events: ['time.entry.created'] });
		await active.activate();
		const production = [...hooks.hooks.values()][0];
		// n8n runs a test listener with empty static data of its own, in mode 'manual'.
		const listener = newTrigger({ events: ['time.entry.created'] });
		sandbox.clearRequests();
		expect(
			await listener.hook('checkExists', { mode: 'manual', activation: 'manual', isTest: true }),
		).toEqual({ value: false });
		expect(
			await listener.hook('create', { mode: 'manual', activation: 'manual', isTest: true }),
		).toEqual({ value: true });
		const testUrl = `${PUBLIC}/webhook-test/${listener.node.webhookId}/webhook?token=${token(listener)}`;
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: HOOKS, query: { per_page: '1000' }, body: undefined },
			{
				method: 'POST',
				path: HOOKS,
				query: {},
				body: { event_type: 'time.entry.created', url: testUrl },
			},
		]);
		expect(token(listener)).not.toBe(token(active));

		expect(
			await listener.hook('delete', { mode: 'internal', activation: 'update', isTest: true }),
		).toEqual({ value: true });
		expect([...hooks.hooks.values()]).toEqual([production]);
	});

	test('a 429 on a registration is sent again (RM refused it unprocessed) and creates exactly one webhook', async () => {
		sandbox.inject({ method: 'POST', path: HOOKS, response: rateLimited(0) });
		const run = newTrigger({ events: ['user.created'] });
		expect((await run.activate()).error).toBeUndefined();
		expect(sandbox.requestsTo(HOOKS, 'POST')).toHaveLength(2);
		expect(hooks.hooks.size).toBe(1);
	});
});

describe('a create answer that is not the webhook object (§5.27 leaves its shape open)', () => {
	/**
	 * The next `times` registrations are answered `answer(id)` with `status`, after the webhook
	 * was put in the list as RM would (the route's own answer is the whole webhook object).
	 * `meanwhile` runs first: what another client registers at the same moment.
	 */
	function registerAnswering(
		answer: (id: number) => unknown,
		status: number,
		times = 1,
		meanwhile?: (event: string) => void,
	) {
		sandbox.inject({
			method: 'POST',
			path: HOOKS,
			times,
			respond: (request) => {
				const { event_type, url } = request.body as IDataObject;
				meanwhile?.(String(event_type));
				// Above addForeignHooks' ids: RM lists by id, so another client's webhook comes first.
				const id = 990_000 + hooks.hooks.size;
				hooks.hooks.set(id, { id, organization_id: 1, url, status: 'active', event_type });
				return { status, body: answer(id) };
			},
		});
	}

	test('201 {}: each id is read from the list (this event and URL, not another client), nothing registered twice', async () => {
		// Meanwhile another client registers the same event; RM lists its webhook before ours.
		const foreign: number[] = [];
		registerAnswering(
			() => ({}),
			201,
			2,
			(event) => foreign.push(...addForeignHooks(event, 1)),
		);
		const run = newTrigger({ events: ['time.entry.created', 'project.created'] });
		expect(await run.activate()).toEqual({ value: true, created: true });

		expect(sandbox.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET ${HOOKS}`,
			`POST ${HOOKS}`,
			`GET ${HOOKS}`, // the answer named no id: look it up
			`POST ${HOOKS}`,
			`GET ${HOOKS}`,
		]);
		const ours = [...hooks.hooks.values()].filter((hook) => !foreign.includes(Number(hook.id)));
		expect(ours.map((hook) => ({ event_type: hook.event_type, url: hook.url }))).toEqual([
			{ event_type: 'time.entry.created', url: registeredUrl(run) },
			{ event_type: 'project.created', url: registeredUrl(run) },
		]);
		expect(run.staticData.webhooks).toEqual([
			{ id: ours[0].id, event: 'time.entry.created' },
			{ id: ours[1].id, event: 'project.created' },
		]);
		// The stored ids are the real ones: after a restart checkExists finds both.
		sandbox.clearRequests();
		expect(await run.activate('init')).toEqual({ value: true, created: false });
		expect(sandbox.requestsTo(HOOKS, 'POST')).toHaveLength(0);
		expect(hooks.hooks.size).toBe(4);
	});

	test('{} and the webhook is not in the list: activation fails and the one registered before is removed', async () => {
		// The second registration is answered {} without RM keeping anything.
		sandbox.inject({ method: 'POST', path: HOOKS, after: 1, response: { status: 201, body: {} } });
		const run = newTrigger({ events: ['project.created', 'project.updated'] });
		const result = await run.activate();
		expect(result.error?.message).toBe(
			'Resource Management registered no webhook for project.updated',
		);
		expect(result.error?.description).toBe(
			'Its answer named no id and the webhook is not in its list. Try activating the workflow again. ' +
				'The webhook registered before the failure was removed again, so nothing is left behind.',
		);
		const calls = sandbox.requests.map((request) => `${request.method} ${request.path}`);
		const firstId = Number(calls[4]?.split('/').pop());
		expect(calls).toEqual([
			`GET ${HOOKS}`,
			`POST ${HOOKS}`,
			`POST ${HOOKS}`,
			`GET ${HOOKS}`,
			`DELETE ${HOOKS}/${firstId}`,
		]);
		expect(hooks.hooks.size).toBe(0);
		expect(run.staticData).toEqual({});
	});

	test.each([
		['{ data: { id } }', (id: number) => ({ data: { id } })],
		['{ data: [{ id }] }', (id: number) => ({ data: [{ id }] })],
	])('%s: the id is taken from the wrapper, no list lookup', async (_shape, answer) => {
		registerAnswering(answer, 200);
		const run = newTrigger({ events: ['user.created'] });
		expect(await run.activate()).toEqual({ value: true, created: true });
		expect(sandbox.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET ${HOOKS}`,
			`POST ${HOOKS}`,
		]);
		const [registered] = [...hooks.hooks.values()];
		expect(registered).toMatchObject({ event_type: 'user.created', url: registeredUrl(run) });
		expect(run.staticData.webhooks).toEqual([{ id: registered.id, event: 'user.created' }]);
		expect(hooks.hooks.size).toBe(1);
	});
});

describe('activation refuses what RM cannot do, before changing anything', () => {
	test('an http webhook URL: tells the user to set N8N_WEBHOOK_URL, sends nothing', async () => {
		const run = newTrigger({ events: ['time.entry.created'] }, 'http://localhost:5678/');
		const result = await run.activate();
		expect(result.error?.message).toBe(
			"Resource Management only calls https URLs, and this n8n's webhook URL is http://localhost:5678/webhook/6f1c2a7e-3b9d-4e58-a0c4-2d7f9e1b5a63/webhook",
		);
		expect(result.error?.description).toContain(
			"Set n8n's environment variable N8N_WEBHOOK_URL (WEBHOOK_URL in older n8n versions) to its public https address",
		);
		expect(sandbox.requests).toHaveLength(0);
		expect(run.staticData).toEqual({});
	});

	test('an https URL without a public host name is refused too', async () => {
		const result = await newTrigger(
			{ events: ['time.entry.created'] },
			'https://localhost/',
		).activate();
		expect(result.error?.message).toMatch(
			/^Resource Management cannot reach https:\/\/localhost\/webhook\/.+: it needs a public host name$/,
		);
		expect(sandbox.requests).toHaveLength(0);
	});

	test('no event selected', async () => {
		const result = await newTrigger({ events: [] }).activate();
		expect(result.error?.message).toBe('Choose at least one event');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('an event RM does not offer (e.g. from an expression)', async () => {
		const result = await newTrigger({
			events: ['time.entry.created', 'assignment.deleted'],
		}).activate();
		expect(result.error?.message).toBe(
			'Resource Management has no webhook event "assignment.deleted"',
		);
		expect(result.error?.description).toContain('time.entry.created');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('an event with 10 webhooks already: a clear error naming the event and the slots, nothing registered', async () => {
		const taken = addForeignHooks('time.entry.created', 10);
		const run = newTrigger({ events: ['project.created', 'time.entry.created'] });
		const result = await run.activate();
		expect(result.error?.message).toBe(
			'Resource Management already has 10 webhooks for time.entry.created, its limit per event in an organization',
		);
		expect(result.error?.description).toContain(
			'Nothing was registered. To free a slot, list the organization',
		);
		expect(result.error?.description).toContain(`${taken[0]} → https://other-0.example.com/hook`);
		// Other clients' URLs are shown without their query (it may hold their secret).
		expect(result.error?.description).not.toContain('s3cret');
		expect(sandbox.requests.map((request) => request.method)).toEqual(['GET']);
		expect(hooks.hooks.size).toBe(10);
		expect(run.staticData).toEqual({});
	});

	test('9 taken is still fine: the 10th slot is used', async () => {
		addForeignHooks('time.entry.created', 9);
		expect((await newTrigger({ events: ['time.entry.created'] }).activate()).error).toBeUndefined();
		expect(hooks.hooks.size).toBe(10);
	});

	test("the sandbox's own cap answer (another client was faster) is worded as the cap, and earlier ones are removed", async () => {
		// The list says 9, but by the time of the POST the event is full.
		addForeignHooks('user.updated', 9);
		sandbox.inject({
			method: 'POST',
			path: HOOKS,
			when: (request) => (request.body as IDataObject | undefined)?.event_type === 'user.updated',
			respond: () => {
				addForeignHooks('user.updated', 1);
				return {
					status: 403,
					body: {
						message: 'bad data',
						errors: ['event_type user.updated has reached the maximum of 10 webhooks'],
					},
				};
			},
		});
		const run = newTrigger({ events: ['user.created', 'user.updated'] });
		const result = await run.activate();
		expect(result.error?.message).toBe(
			'Resource Management refused another webhook for user.updated: it allows 10 per event in an organization',
		);
		expect(result.error?.description).toBe(
			'It answered: Resource Management rejected the data: bad data; event_type user.updated has reached the maximum of 10 webhooks. ' +
				"To free a slot, list the organization's webhooks with GET /webhooks and remove one you no longer need with DELETE /webhooks/{id} (for example in an HTTP Request node that uses this credential), or deactivate another workflow that listens to user.updated, then activate this workflow again. " +
				'The webhook registered before the failure was removed again, so nothing is left behind.',
		);
		expect(
			[...hooks.hooks.values()].every((hook) => String(hook.url).startsWith('https://other-')),
		).toBe(true);
	});

	test('a registration failing half-way: the ones created before are deleted again (no leak)', async () => {
		sandbox.inject({
			method: 'POST',
			path: HOOKS,
			after: 1,
			response: { status: 500, body: { message: 'internal error' } },
		});
		const run = newTrigger({
			events: ['project.created', 'project.updated', 'time.entry.created'],
		});
		const result = await run.activate();
		expect(result.error?.message).toBe(
			'Resource Management could not process the request (500): internal error',
		);
		expect(result.error?.description).toContain(
			'The webhook registered before the failure was removed again, so nothing is left behind.',
		);
		const calls = sandbox.requests.map((request) => `${request.method} ${request.path}`);
		const firstId = Number(
			calls
				.find((call) => call.startsWith('DELETE'))
				?.split('/')
				.pop(),
		);
		// A write answered 500 is never repeated: exactly two POSTs, then the first one is undone.
		expect(calls).toEqual([
			`GET ${HOOKS}`,
			`POST ${HOOKS}`,
			`POST ${HOOKS}`,
			`DELETE ${HOOKS}/${firstId}`,
		]);
		expect(hooks.hooks.size).toBe(0);
		expect(run.staticData).toEqual({});
	});

	test('a wrong token: RM says 401 and the message never shows the token or the secret', async () => {
		const run = new TriggerRun({
			nodeType: trigger,
			parameters: { events: ['user.created'] },
			credential: {
				...rmCredential(sandbox),
				data: { ...rmCredential(sandbox).data, apiToken: 'wrong-token-1234567' },
			},
		});
		const result = await run.activate();
		expect(result.error?.message).toBe('Resource Management did not accept the API token (401)');
		expect(JSON.stringify(result.error)).not.toContain('wrong-token-1234567');
	});

	test('an error that echoes the registered URL shows *** instead of the secret', async () => {
		sandbox.inject({
			method: 'POST',
			path: HOOKS,
			respond: (request) => ({
				status: 403,
				body: {
					message: 'bad data',
					errors: [`url ${String((request.body as IDataObject).url)} is not reachable`],
				},
			}),
		});
		const run = newTrigger({ events: ['user.created'] });
		const result = await run.activate();
		const secret = String(
			sandbox.requestsTo(HOOKS, 'POST')[0].body &&
				(sandbox.requestsTo(HOOKS, 'POST')[0].body as IDataObject).url,
		).split('token=')[1];
		expect(secret).toHaveLength(40);
		expect(result.error?.message).toContain('token=***');
		expect(JSON.stringify(result.error)).not.toContain(secret);
		expect(`${result.error?.message} ${result.error?.description}`).not.toContain(secret);
	});
});

describe('deactivation removes the webhooks', () => {
	test('one DELETE per stored id; static data cleared', async () => {
		const run = newTrigger({ events: ['time.entry.created', 'time.entry.updated'] });
		await run.activate();
		const ids = (run.staticData.webhooks as Array<{ id: number }>).map((hook) => hook.id);
		sandbox.clearRequests();

		expect(await run.deactivate()).toEqual({ value: true });
		expect(sandbox.requests.map(shape)).toEqual(
			ids.map((id) => ({ method: 'DELETE', path: `${HOOKS}/${id}`, query: {}, body: undefined })),
		);
		expect(sandbox.requests.every((request) => request.headers.auth === RM_TOKEN)).toBe(true);
		expect(hooks.hooks.size).toBe(0);
		expect(run.staticData).toEqual({});
	});

	test('a webhook RM already dropped (404) counts as removed', async () => {
		const run = newTrigger({ events: ['time.entry.created', 'time.entry.updated'] });
		await run.activate();
		hooks.hooks.delete((run.staticData.webhooks as Array<{ id: number }>)[0].id);
		expect(await run.deactivate()).toEqual({ value: true });
		expect(hooks.hooks.size).toBe(0);
		expect(run.staticData).toEqual({});
	});

	test('nothing stored: no request', async () => {
		const run = newTrigger({ events: ['time.entry.created'] });
		expect(await run.deactivate()).toEqual({ value: true });
		expect(sandbox.requests).toHaveLength(0);
	});

	test('a DELETE that fails: the error names the webhook, which stays on record and is removed at the next activation', async () => {
		const run = newTrigger({ events: ['user.created', 'user.updated'] });
		await run.activate();
		const [first, second] = run.staticData.webhooks as Array<{ id: number; event: string }>;
		sandbox.inject({
			method: 'DELETE',
			path: `${HOOKS}/${second.id}`,
			response: { status: 500, body: { message: 'internal error' } },
		});

		const result = await run.deactivate();
		expect(result.error?.message).toBe(
			`Could not remove webhook ${second.id} from Resource Management: Resource Management could not process the request (500): internal error`,
		);
		expect(run.staticData.webhooks).toEqual([second]);
		expect([...hooks.hooks.keys()]).toEqual([second.id]);

		// Activated again (same events): the leftover still fits (same URL, token and event), so it
		// is kept rather than duplicated; only the other event is registered.
		sandbox.clearRequests();
		expect((await run.activate()).error).toBeUndefined();
		expect(sandbox.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET ${HOOKS}`,
			`POST ${HOOKS}`,
		]);
		expect(sandbox.requests[1].body).toEqual({
			event_type: 'user.created',
			url: registeredUrl(run),
		});
		expect((run.staticData.webhooks as IDataObject[])[1]).toEqual(second);
		expect(hooks.hooks.has(first.id)).toBe(false);
		expect(hooks.hooks.size).toBe(2);
		// Deactivated once more: everything goes.
		expect(await run.deactivate()).toEqual({ value: true });
		expect(hooks.hooks.size).toBe(0);
	});
});

describe('deliveries', () => {
	async function activated(parameters: INodeParameters): Promise<TriggerRun> {
		const run = newTrigger(parameters);
		expect((await run.activate()).error).toBeUndefined();
		return run;
	}

	test('a delivery becomes one item: the record plus its event name', async () => {
		const run = await activated({ events: ['time.entry.created'] });
		sandbox.clearRequests();
		const received = await run.receive({
			query: { token: token(run) },
			body: { type: 'time.entry.created', data: TIME_ENTRY },
		});
		expect(received.items).toEqual([{ event: 'time.entry.created', ...TIME_ENTRY }]);
		expect(Object.keys(received.items[0])[0]).toBe('event');
		// Receiving costs no request.
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Output: Raw Payload gives {type, data} as RM sent it', async () => {
		const run = await activated({ events: ['time.entry.created'], options: { output: 'raw' } });
		const received = await run.receive({
			query: { token: token(run) },
			body: { type: 'time.entry.created', data: TIME_ENTRY },
		});
		expect(received.items).toEqual([{ type: 'time.entry.created', data: TIME_ENTRY }]);
	});

	test('without the token: 401 and nothing runs', async () => {
		const run = await activated({ events: ['time.entry.created'] });
		const received = await run.receive({ body: { type: 'time.entry.created', data: TIME_ENTRY } });
		expect(received.response.statusCode).toBe(401);
		expect(received.result).toEqual({ noWebhookResponse: true });
		expect(received.items).toEqual([]);
	});

	test('with a wrong token (also one of the same length): 403 and nothing runs', async () => {
		const run = await activated({ events: ['time.entry.created'] });
		for (const wrong of ['guess', token(run).replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'))]) {
			const received = await run.receive({
				query: { token: wrong },
				body: { type: 'time.entry.created', data: TIME_ENTRY },
			});
			expect(received.response.statusCode).toBe(403);
			expect(received.response.body).toEqual({ message: 'Wrong token' });
			expect(received.items).toEqual([]);
		}
	});

	test('after deactivation the old token is refused', async () => {
		const run = await activated({ events: ['time.entry.created'] });
		const old = token(run);
		await run.deactivate();
		const received = await run.receive({
			query: { token: old },
			body: { type: 'time.entry.created', data: TIME_ENTRY },
		});
		expect(received.response.statusCode).toBe(403);
	});

	test('an event that is not selected is acknowledged (200) and starts nothing', async () => {
		const run = await activated({ events: ['time.entry.created'] });
		const received = await run.receive({
			query: { token: token(run) },
			body: { type: 'time.entry.updated', data: TIME_ENTRY },
		});
		expect(received.items).toEqual([]);
		expect(received.result).toEqual({
			webhookResponse: {
				message: 'Event time.entry.updated is not selected in this trigger; ignored',
			},
		});
		expect(received.response.ended).toBe(false);
	});

	test('a body that is no RM event: 400 and nothing runs', async () => {
		const run = await activated({ events: ['time.entry.created'] });
		for (const body of [
			undefined,
			'text',
			{ type: 'time.entry.created' },
			{ type: 'time.entry.created', data: [1] },
			{ data: TIME_ENTRY },
		]) {
			const received = await run.receive({ query: { token: token(run) }, body });
			expect(received.response.statusCode).toBe(400);
			expect(received.items).toEqual([]);
		}
	});

	describe('phases (project events with a parent_id)', () => {
		const project = {
			id: 1001,
			name: 'Website Relaunch',
			parent_id: null,
			phase_name: null,
			type: 'Project',
		};
		const phase = {
			id: 110010,
			name: 'Website Relaunch',
			parent_id: 1001,
			phase_name: 'Discovery',
			type: 'Project',
		};

		test.each([
			['ignore', [{ event: 'project.created', is_phase: false, ...project }]],
			[
				'include',
				[
					{ event: 'project.created', is_phase: false, ...project },
					{ event: 'project.created', is_phase: true, ...phase },
				],
			],
			['only', [{ event: 'project.created', is_phase: true, ...phase }]],
		])('Phase Events "%s"', async (phases, expected) => {
			const run = await activated({ events: ['project.created'], phases });
			const items: IDataObject[] = [];
			for (const data of [project, phase]) {
				const received = await run.receive({
					query: { token: token(run) },
					body: { type: 'project.created', data },
				});
				expect(received.response.ended).toBe(false);
				items.push(...received.items);
			}
			expect(items).toEqual(expected);
		});

		test('by default phases are left out', async () => {
			const run = await activated({ events: ['project.updated'] });
			const received = await run.receive({
				query: { token: token(run) },
				body: { type: 'project.updated', data: phase },
			});
			expect(received.items).toEqual([]);
			expect(received.result).toEqual({
				webhookResponse: { message: 'Left out by the Phase Events setting; ignored' },
			});
		});
	});
});

describe('end to end: the sandbox delivers over HTTP to the node', () => {
	/** A stand-in for n8n's webhook server: HTTP in, the node's webhook() through WebhookContext, HTTP out. */
	async function receiver(run: TriggerRun, answer?: (received: WebhookRun) => number | undefined) {
		const received: WebhookRun[] = [];
		const server = http.createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				void (async () => {
					const url = new URL(req.url ?? '/', 'http://local');
					const text = Buffer.concat(chunks).toString('utf8');
					const run1 = await run.receive({
						query: Object.fromEntries(url.searchParams),
						body: text ? JSON.parse(text) : undefined,
						headers: req.headers as Record<string, string>,
					});
					received.push(run1);
					const status = answer?.(run1) ?? (run1.response.ended ? run1.response.statusCode : 200);
					res.writeHead(status, { 'Content-Type': 'application/json' });
					res.end(
						JSON.stringify(
							run1.response.ended ? run1.response.body : { message: 'Workflow was started' },
						),
					);
				})();
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
		const port = (server.address() as AddressInfo).port;
		hooks.deliverVia[PUBLIC] = `http://127.0.0.1:${port}`;
		return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
	}

	test('fire(): RM posts {type, data} to the registered https URL; the item comes out', async () => {
		const run = newTrigger({ events: ['time.entry.updated'] });
		await run.activate();
		const local = await receiver(run);
		try {
			const deliveries = await hooks.fire('time.entry.updated', { ...TIME_ENTRY, hours: 3 });
			expect(deliveries).toEqual([
				expect.objectContaining({
					eventType: 'time.entry.updated',
					url: registeredUrl(run),
					status: 200,
					unsubscribed: false,
				}),
			]);
			expect(deliveries[0].target).toBe(
				`http://127.0.0.1:${hooks.deliverVia[PUBLIC].split(':').pop()}/webhook/${run.node.webhookId}/webhook?token=${token(run)}`,
			);
			expect(local.received.flatMap((r) => r.items)).toEqual([
				{ event: 'time.entry.updated', ...TIME_ENTRY, hours: 3 },
			]);
			// Events nobody subscribed to go nowhere.
			expect(await hooks.fire('user.created', { id: 1 })).toEqual([]);
		} finally {
			await local.close();
		}
	});

	test('creating a time entry through the API fires time.entry.created by itself', async () => {
		const run = newTrigger({ events: ['time.entry.created'] });
		await run.activate();
		const local = await receiver(run);
		try {
			const response = await fetch(`${sandbox.rmBaseUrl}/api/v1/users/501/time_entries`, {
				method: 'POST',
				headers: { auth: RM_TOKEN, 'Content-Type': 'application/json' },
				body: JSON.stringify({
					assignable_id: 1001,
					date: '2026-03-02',
					hours: 2.5,
					notes: 'From the API',
				}),
			});
			const created = (await response.json()) as IDataObject;
			await hooks.settled();
			expect(local.received.flatMap((r) => r.items)).toEqual([
				{ event: 'time.entry.created', ...created },
			]);
			expect(created).toMatchObject({ user_id: 501, hours: 2.5, notes: 'From the API' });
		} finally {
			await local.close();
		}
	});

	test('a receiver answering 410 Gone unsubscribes the webhook, as RM does', async () => {
		const run = newTrigger({ events: ['user.updated'] });
		await run.activate();
		const local = await receiver(run, () => 410);
		try {
			const [delivery] = await hooks.fire('user.updated', { id: 501 });
			expect(delivery).toMatchObject({ status: 410, unsubscribed: true });
			expect(hooks.hooks.size).toBe(0);
			// checkExists notices and the next activation registers it again.
			expect(await run.activate('init')).toEqual({ value: true, created: true });
			expect(hooks.hooks.size).toBe(1);
		} finally {
			await local.close();
		}
	});

	test('a forged delivery without the token starts nothing', async () => {
		const run = newTrigger({ events: ['user.created'] });
		await run.activate();
		const local = await receiver(run);
		try {
			const response = await fetch(
				`${hooks.deliverVia[PUBLIC]}/webhook/${run.node.webhookId}/webhook`,
				{
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify({ type: 'user.created', data: { id: 1 } }),
				},
			);
			expect(response.status).toBe(401);
			expect(local.received.flatMap((r) => r.items)).toEqual([]);
		} finally {
			await local.close();
		}
	});

	test('a URL without a delivery mapping is never called; the delivery says why', async () => {
		const run = newTrigger({ events: ['user.created'] });
		await run.activate();
		const [delivery] = await hooks.fire('user.created', { id: 1 });
		expect(delivery).toMatchObject({
			status: 0,
			error: `no deliverVia mapping for ${PUBLIC}; not sent`,
			unsubscribed: false,
		});
		expect(delivery.target).toBeUndefined();
	});
});

describe('sandbox /webhooks follows the spec strictly', () => {
	async function call(method: string, path: string, body?: unknown, token = RM_TOKEN) {
		const response = await fetch(`${sandbox.rmBaseUrl}/api/v1${path}`, {
			method,
			headers: { auth: token, 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		let parsed: IDataObject | string | undefined = text || undefined;
		try {
			parsed = text ? (JSON.parse(text) as IDataObject) : undefined;
		} catch {
			// plain text (an unknown route)
		}
		return { status: response.status, body: parsed };
	}
	const good = { event_type: 'user.created', url: 'https://hooks.example.com/rm' };

	test('create, get, list, delete', async () => {
		const created = await call('POST', '/webhooks', good);
		expect(created.status).toBe(200);
		expect(created.body).toEqual({
			id: expect.any(Number),
			organization_id: 1,
			url: good.url,
			status: 'active',
			event_type: 'user.created',
		});
		const id = Number((created.body as IDataObject).id);
		expect(await call('GET', `/webhooks/${id}`)).toEqual({ status: 200, body: created.body });
		expect((await call('GET', '/webhooks')).body).toMatchObject({
			data: [created.body],
			paging: { next: null },
		});
		expect(await call('DELETE', `/webhooks/${id}`)).toEqual({ status: 200, body: undefined });
		expect(await call('GET', `/webhooks/${id}`)).toEqual({
			status: 404,
			body: { message: 'not found' },
		});
		expect(await call('DELETE', `/webhooks/${id}`)).toEqual({
			status: 404,
			body: { message: 'not found' },
		});
		// No update in RM's API.
		expect(await call('PUT', `/webhooks/${id}`, good)).toEqual({ status: 404, body: 'Not Found' });
	});

	test.each([
		[{ event_type: 'user.created' }, "url can't be blank"],
		[{ url: good.url }, "event type can't be blank"],
		[{ ...good, secret: 'x' }, 'unknown attribute: secret'],
		[
			{ ...good, event_type: 'assignment.deleted' },
			'event_type is not a valid event type: "assignment.deleted"',
		],
		[
			{ ...good, event_type: 'project.deleted' },
			'event_type is not a valid event type: "project.deleted"',
		],
		[{ ...good, url: 'http://hooks.example.com/rm' }, 'url must use https'],
		[{ ...good, url: 'https://localhost/rm' }, 'url must have a valid host'],
		[{ ...good, url: 'https://intranet/rm' }, 'url must have a valid host'],
		[{ ...good, url: 'not a url' }, 'url is not a valid URL'],
		[{ ...good, url: 42 }, 'url must be a string'],
	])('refuses %j: %s', async (body, error) => {
		expect(await call('POST', '/webhooks', body)).toEqual({
			status: 403,
			body: { message: 'bad data', errors: [error] },
		});
		expect(hooks.hooks.size).toBe(0);
	});

	test('the 11th webhook of an event is refused with RM bad data', async () => {
		for (let i = 0; i < 10; i++)
			expect((await call('POST', '/webhooks', { ...good, url: `${good.url}/${i}` })).status).toBe(
				200,
			);
		expect(await call('POST', '/webhooks', good)).toEqual({
			status: 403,
			body: {
				message: 'bad data',
				errors: ['event_type user.created has reached the maximum of 10 webhooks'],
			},
		});
		expect((await call('POST', '/webhooks', { ...good, event_type: 'user.updated' })).status).toBe(
			200,
		);
	});

	test('every route needs the token', async () => {
		for (const [method, path] of [
			['GET', '/webhooks'],
			['POST', '/webhooks'],
			['GET', '/webhooks/1'],
			['DELETE', '/webhooks/1'],
		]) {
			expect((await call(method, path, method === 'POST' ? good : undefined, 'nope')).status).toBe(
				401,
			);
		}
		expect(hooks.hooks.size).toBe(0);
	});
});
