/**
 * The package in n8n's queue mode (dev/queue/cluster.ts: main, two workers, a webhook processor,
 * Redis, PostgreSQL 17), against the sandbox:
 *   - the demo and test workflows, a Return All over 6,000 RM time entries, a smenso ticket flow,
 *     a bulk write and a failing credential give the results of a single-process n8n (sqlite,
 *     `n8n execute-batch`, a sandbox of its own with the same seed);
 *   - runs started together spread over both workers and all give the same results;
 *   - both polling triggers poll on main, run on workers, emit each change exactly once, and keep
 *     their cursor in Postgres;
 *   - the Resource Management Trigger registers its webhook from main, and deliveries arriving at
 *     the webhook processor run on workers;
 *   - every execution of the run was enqueued by main or the webhook processor and started by
 *     exactly one worker (their log lines say so): one that ran on main fails the last test.
 */
import path from 'node:path';
import { RM_TOKEN, startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import { setRmClock } from '../sandbox/rm/state';
import { rmWebhooks } from '../sandbox/rm/webhooks';
import { SEED } from '../sandbox/smenso/state';
import { ADMIN_AUTH } from '../harness/smenso';
import { loadWorkflows, N8n, workflowFiles, type Execution, type Json } from '../../dev/n8n/n8n';
import { allCredentials, allPlaceholders } from '../../dev/services';
import { QueueCluster } from '../../dev/queue/cluster';
import { waitFor } from '../../dev/process';
import {
	pollingWorkflow,
	rmPollingTrigger,
	rmReturnAllWorkflow,
	rmTriggerWorkflow,
	smensoPollingTrigger,
} from '../../dev/workflows';

const WORKFLOW_FILES = workflowFiles(path.join(__dirname, '../e2e/workflows'));
/** Run one after the other in both set-ups (several of them write, so order matters). */
const COMPARED = [
	// First, while the sandbox holds only its seeded time entries (over 6,000).
	'queueRmReturnAll',
	'demo1WeeklyTimeReport',
	'demo2ProjectsToSmensoTasks',
	'demo3SyncAbsences',
	'demo4ExportProjectsCsv',
	'smensoProjectLifecycle',
	'smensoTimeEntriesBulk',
	'smensoBadToken',
];
/** The one that fails (a wrong token). */
const FAILING = 'smensoBadToken';
/** Read-only workflows started together to load both workers. */
const BURST = ['smensoProjectGetAll', 'rmUserGetAll'];
const PUBLIC_URL = 'https://n8n.queue.test';
const RM_TRIGGER = { id: 'queueRmTrigger01', webhookId: '6f1d2c3b-4a5e-4f60-9a7b-8c9d0e1f2a3b' };

let reference: Record<string, Execution>;
let sandbox: ResourcePlanningSandbox;
let cluster: QueueCluster;
let cookie: string;
let workflows: Json[];
const queued: Record<string, Execution> = {};

/**
 * The workflow files plus the queue tests' own, with placeholders for `box`. `n8n execute-batch`
 * skips IDs without a digit, so those get a `1` appended (in both set-ups alike).
 */
function workflowsFor(box: ResourcePlanningSandbox): Json[] {
	return [
		...loadWorkflows(WORKFLOW_FILES, allPlaceholders(box)),
		rmReturnAllWorkflow(),
		rmTriggerWorkflow(RM_TRIGGER.id, RM_TRIGGER.webhookId),
	].map((workflow) => ({ ...workflow, id: withDigit(String(workflow.id)) }));
}

const withDigit = (id: string) => (/\d/.test(id) ? id : `${id}1`);

/** The single-process run: its own sandbox and sqlite n8n, the same workflows, one after the other. */
async function singleProcessRun(): Promise<Record<string, Execution>> {
	const box = await startSandbox();
	const n8n = await N8n.create();
	try {
		await n8n.importCredentials(allCredentials(box));
		await n8n.importWorkflows(workflowsFor(box));
		// execute-batch keeps no run data of a failed run: that one runs on its own.
		const batch = [...COMPARED, ...BURST].filter((id) => id !== FAILING).map(withDigit);
		return {
			...(await n8n.executeBatch(batch)),
			[withDigit(FAILING)]: await n8n.execute(withDigit(FAILING)),
		};
	} finally {
		await n8n.dispose();
		await box.close();
	}
}

beforeAll(async () => {
	sandbox = await startSandbox();
	workflows = workflowsFor(sandbox);
	const hooks = rmWebhooks(sandbox.rm);
	const [single, queue] = await Promise.allSettled([
		singleProcessRun(),
		QueueCluster.start({
			credentials: allCredentials(sandbox),
			workflows,
			// RM calls only public https URLs: n8n believes it is reachable at PUBLIC_URL (as behind a
			// TLS proxy), and the sandbox delivers there to the webhook processor.
			env: { N8N_WEBHOOK_URL: `${PUBLIC_URL}/` },
			beforeStart: (ports) => {
				hooks.deliverVia[PUBLIC_URL] = `http://127.0.0.1:${ports.webhook}`;
			},
		}),
	]);
	if (queue.status === 'fulfilled') cluster = queue.value;
	if (single.status === 'rejected') throw single.reason;
	if (queue.status === 'rejected') throw queue.reason;
	reference = single.value;
	cookie = await cluster.main.login();
}, 600_000);

afterAll(async () => {
	setRmClock();
	await cluster?.stop();
	await sandbox?.close();
});

/**
 * What must match between the two set-ups: per node its status, items and error message. A
 * write's result carries the ID and ticket the sandbox assigned, which depend on the order
 * concurrent requests arrived in: of those only how many there are, all distinct, must match.
 */
function outcome(execution: Execution): Json {
	const assigned = (item: Json) => 'ticketId' in item;
	return {
		status: execution.status,
		nodes: Object.fromEntries(
			Object.entries(execution.nodes).map(([name, run]) => [
				name,
				{
					status: run.status,
					items: run.items.map((item) =>
						assigned(item) ? { ...item, id: '(assigned)', ticketId: '(assigned)' } : item,
					),
					assignedIds: new Set(run.items.filter(assigned).map((item) => String(item.id))).size,
					error: run.error?.message,
				},
			]),
		),
	};
}

const manualTriggerOf = (id: string) => {
	const workflow = workflows.find((candidate) => candidate.id === withDigit(id));
	const node = (workflow?.nodes as Json[] | undefined)?.find(
		(candidate) => candidate.type === 'n8n-nodes-base.manualTrigger',
	);
	if (!node) throw new Error(`workflow ${id} has no manual trigger`);
	return String(node.name);
};

async function runOnQueue(id: string): Promise<Execution> {
	const executionId = await cluster.runManually(withDigit(id), manualTriggerOf(id), cookie);
	const execution = await cluster.finished(executionId, cookie);
	queued[executionId] = execution;
	return execution;
}

test('the demo and test workflows give the single-process results, each run on a worker', async () => {
	const got: Json = {};
	const want: Json = {};
	let returnAllPages: Array<Record<string, string>> = [];
	for (const id of COMPARED) {
		const before = sandbox.requests.length;
		const execution = await runOnQueue(id);
		got[id] = outcome(execution);
		want[id] = outcome(reference[withDigit(id)]);
		if (id === 'queueRmReturnAll') {
			returnAllPages = sandbox.requests
				.slice(before)
				.filter((request) => request.path === '/api/v1/time_entries')
				.map((request) => ({ ...request.query, auth: String(request.headers.auth) }));
		}
	}
	expect(got).toEqual(want);
	// Equal could also mean both set-ups failed alike: all but FAILING must have succeeded.
	expect(Object.fromEntries(COMPARED.map((id) => [id, (got[id] as Json).status]))).toEqual(
		Object.fromEntries(COMPARED.map((id) => [id, id === FAILING ? 'error' : 'success'])),
	);
	expect(got.smensoBadToken).toMatchObject({
		status: 'error',
		nodes: { smenso: { error: 'smenso did not accept the API token (401)' } },
	});
	// Every entry, in pages of 1,000 (the fewest requests RM allows), as in one process.
	const entries = reference[withDigit('queueRmReturnAll')].nodes['All time entries'].items.length;
	expect(entries).toBeGreaterThan(6000);
	// The first request names no page (RM starts at 1), the others page 2, 3, …
	const pages = Array.from({ length: Math.ceil(entries / 1000) }, (_, index) => ({
		...(index ? { page: String(index + 1) } : {}),
		per_page: '1000',
		auth: RM_TOKEN,
	}));
	expect(returnAllPages).toEqual(pages);
});

test('runs started together spread over both workers and give the single-process results', async () => {
	const ids = Array.from({ length: 12 }, (_, index) => BURST[index % BURST.length]);
	const executionIds = await Promise.all(
		ids.map(async (id) => await cluster.runManually(withDigit(id), manualTriggerOf(id), cookie)),
	);
	const executions = await Promise.all(
		executionIds.map(async (executionId) => await cluster.finished(executionId, cookie)),
	);
	executions.forEach((execution, index) => {
		queued[executionIds[index]] = execution;
		expect({ id: ids[index], ...outcome(execution) }).toEqual({
			id: ids[index],
			...outcome(reference[withDigit(ids[index])]),
		});
	});
	// As above: the same results, and successful ones.
	expect(executions.map((execution) => execution.status)).toEqual(ids.map(() => 'success'));
	const ranOn = new Set(executionIds.map((executionId) => cluster.who(executionId).ranOn.join()));
	expect([...ranOn].sort()).toEqual(['worker-1', 'worker-2']);
});

/** Reads every 200 ms until `done` holds (up to 75 s unless told), with the cluster's logs on a timeout. */
async function eventually<T>(
	read: () => T | Promise<T>,
	done: (value: T) => boolean,
	what: string,
	timeoutMs = 75_000,
): Promise<T> {
	return await waitFor({
		read,
		done,
		what,
		timeoutMs,
		intervalMs: 200,
		extra: () => cluster.logs(),
	});
}

/** A call to the sandbox's APIs, as someone working in RM or smenso would make it. */
async function call(
	url: string,
	headers: Record<string, string>,
	body: unknown,
): Promise<Response> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { ...headers, 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
	if (!response.ok && response.status !== 202)
		throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
	return response;
}

async function newRmTimeEntry(notes: string): Promise<Json> {
	const response = await call(
		`${sandbox.rmBaseUrl}/api/v1/users/501/time_entries`,
		{ auth: RM_TOKEN },
		{ assignable_id: 1001, date: '2026-03-02', hours: 1.5, notes },
	);
	return (await response.json()) as Json;
}

async function newSmensoTask(title: string): Promise<string> {
	const before = new Set(sandbox.smenso.tasks.keys());
	await call(
		`${sandbox.smensoBaseUrl}/api/integration/task/json`,
		{ Authorization: ADMIN_AUTH },
		{ projectId: SEED.mainProjectId, task: [{ title, startDate: '2026-03-02' }] },
	);
	const [taskId] = [...sandbox.smenso.tasks.keys()].filter((key) => !before.has(key));
	return taskId;
}

test('both polling triggers poll on main, run on workers, emit each change once and keep their cursor in Postgres', async () => {
	// Entries stamped with the real clock, so "after activation" means what it says.
	setRmClock('wall');
	// Polls at four seconds of every minute, ten seconds apart, the first about 15 s from now.
	const first = Math.ceil(Date.now() / 1000) + 15;
	const seconds = [0, 10, 20, 30].map((offset) => (first + offset) % 60);
	const rmId = await cluster.main.createWorkflow(
		pollingWorkflow('x', 'Queue: RM polling trigger', rmPollingTrigger(), seconds),
	);
	const smensoId = await cluster.main.createWorkflow(
		pollingWorkflow('x', 'Queue: smenso trigger', smensoPollingTrigger(), seconds),
	);
	const polls = () => ({
		rm: sandbox.requests.filter(
			(request) => request.method === 'GET' && request.path === '/api/v1/time_entries',
		).length,
		smenso: sandbox.requests.filter(
			(request) =>
				request.method === 'GET' && request.path.startsWith('/skyisland/api/reports/tasks'),
		).length,
	});
	const start = polls();
	await cluster.main.activate(rmId, cookie);
	await cluster.main.activate(smensoId, cookie);
	// The activation polls set the cursors and run nothing.
	await eventually(
		polls,
		(now) => now.rm > start.rm && now.smenso > start.smenso,
		'the activation polls',
	);
	expect(await cluster.main.executions(rmId, cookie)).toEqual([]);

	const firstEntry = await newRmTimeEntry('queue: first change');
	const firstTask = await newSmensoTask('queue: first change');
	const [rmFirst] = await cluster.main.waitForExecutions(rmId, 1, 75_000);
	const [smensoFirst] = await cluster.main.waitForExecutions(smensoId, 1, 75_000);
	expect(rmFirst.nodes.Trigger.items).toEqual([firstEntry]);
	expect(smensoFirst.nodes.Trigger.items).toEqual([
		expect.objectContaining({ Id: firstTask, Title: 'queue: first change' }),
	]);

	// The next poll finds nothing new and runs nothing.
	const afterFirst = polls();
	await eventually(
		polls,
		(now) => now.rm > afterFirst.rm && now.smenso > afterFirst.smenso,
		'a poll without changes',
	);
	await new Promise((resolve) => setTimeout(resolve, 1000));
	expect((await cluster.main.executions(rmId, cookie)).length).toBe(1);
	expect((await cluster.main.executions(smensoId, cookie)).length).toBe(1);

	const secondEntry = await newRmTimeEntry('queue: second change');
	const secondTask = await newSmensoTask('queue: second change');
	const rmRuns = await cluster.main.waitForExecutions(rmId, 2, 75_000);
	const smensoRuns = await cluster.main.waitForExecutions(smensoId, 2, 75_000);
	expect(rmRuns[1].nodes.Trigger.items).toEqual([secondEntry]);
	expect(smensoRuns[1].nodes.Trigger.items).toEqual([
		expect.objectContaining({ Id: secondTask, Title: 'queue: second change' }),
	]);
	await cluster.main.deactivate(rmId, cookie);
	await cluster.main.deactivate(smensoId, cookie);

	// The cursors live in Postgres: the newest record each trigger has seen.
	const rmCursor = ((await cluster.staticData(rmId)) as Json)['node:Trigger'] as Json;
	expect(rmCursor.pollCursor).toEqual(expect.objectContaining({ ids: [String(secondEntry.id)] }));
	const smensoCursor = ((await cluster.staticData(smensoId)) as Json)['node:Trigger'] as Json;
	expect(smensoCursor.pollCursor).toEqual(expect.objectContaining({ ids: [secondTask] }));

	for (const id of [rmId, smensoId]) {
		for (const summary of await cluster.main.executions(id, cookie)) {
			queued[String(summary.id)] = await cluster.main.execution(String(summary.id), cookie);
			// Polls happen on main: it enqueues what they found.
			expect(cluster.who(String(summary.id)).enqueuedBy).toEqual(['main']);
		}
	}
});

test('Resource Management Trigger: registered from main, deliveries taken by the webhook processor and run on workers', async () => {
	const hooks = rmWebhooks(sandbox.rm);
	await cluster.main.activate(RM_TRIGGER.id, cookie);
	await eventually(
		() => hooks.hooks.size,
		(size) => size === 1,
		'the webhook to be registered',
	);
	const [registered] = [...hooks.hooks.values()];
	const webhookPath = `/webhook/${RM_TRIGGER.webhookId}/webhook`;
	expect(String(registered.url)).toMatch(
		new RegExp(`^${PUBLIC_URL}${webhookPath}\\?token=[A-Za-z0-9]{40}$`),
	);
	// The webhook processor answers 404 for a newly activated webhook for a moment; a delivery
	// without the token gets 401 once it serves the workflow (and runs nothing).
	await eventually(
		async () =>
			(
				await fetch(`${cluster.webhook!.url}${webhookPath}`, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: '{}',
				})
			).status,
		(status) => status === 401,
		'the webhook processor to serve the new webhook',
		30_000,
	);

	const entries = [
		await newRmTimeEntry('queue: delivered 1'),
		await newRmTimeEntry('queue: delivered 2'),
		await newRmTimeEntry('queue: delivered 3'),
	];
	await hooks.settled();
	expect(hooks.deliveries.map((delivery) => delivery.status)).toEqual([200, 200, 200]);
	expect(
		hooks.deliveries.every((delivery) => String(delivery.target).startsWith(cluster.webhook!.url)),
	).toBe(true);
	const runs = await cluster.main.waitForExecutions(RM_TRIGGER.id, 3, 60_000);
	const received = runs.map((run) => run.nodes['New time entry'].items[0]);
	expect(received.sort((a, b) => Number(a.id) - Number(b.id))).toEqual(
		entries.map((entry) => ({ event: 'time.entry.created', ...entry })),
	);

	for (const summary of await cluster.main.executions(RM_TRIGGER.id, cookie)) {
		queued[String(summary.id)] = await cluster.main.execution(String(summary.id), cookie);
		expect(cluster.who(String(summary.id)).enqueuedBy).toEqual(['webhook']);
	}
	await cluster.main.deactivate(RM_TRIGGER.id, cookie);
	await eventually(
		() => hooks.hooks.size,
		(size) => size === 0,
		'the webhook to be deleted',
	);
});

test('every execution was enqueued by main or the webhook processor and started by exactly one worker', () => {
	const ids = Object.keys(queued);
	expect(ids.length).toBeGreaterThanOrEqual(COMPARED.length + 12 + 4 + 3);
	const where = Object.fromEntries(ids.map((id) => [id, cluster.who(id)]));
	for (const [id, who] of Object.entries(where)) {
		expect({ id, enqueued: who.enqueuedBy.length, ranOn: who.ranOn }).toEqual({
			id,
			enqueued: 1,
			ranOn: [expect.stringMatching(/^worker-\d$/)],
		});
	}
	const shares = cluster.shares();
	process.stdout.write(
		`queue mode: ${ids.length} executions; started per worker ${JSON.stringify(shares)}\n`,
	);
	expect(Object.values(shares).every((count) => count > 0)).toBe(true);
});
