/**
 * smenso's Send in Bulk inside a real n8n (see smenso.e2e.test.ts for how it runs): a Code node
 * makes 250 items, the smenso node creates one time entry per item. With Options → Send in Bulk
 * and Batch Size 100 that is 3 write requests (100, 100, 50 items), each followed by its ticket;
 * the same workflow without Send in Bulk sends 250. Either way each input item gets its own
 * result, in input order, naming the record made from it.
 */
import path from 'node:path';
import { startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import type { SandboxRequest } from '../sandbox/server';
import { guid, SEED } from '../sandbox/smenso/state';
import {
	describeExecution,
	loadWorkflows,
	N8n,
	type Execution,
	type Json,
} from '../../dev/n8n/n8n';
import { allCredentials, allPlaceholders } from '../../dev/services';

const WORKFLOW = path.join(__dirname, 'workflows', 'smenso-time-entries-bulk.json');
const BULK = 'smensoTimeEntriesBulk';
/** The same workflow with Send in Bulk off (made here from the file, not a file of its own). */
const ONE_BY_ONE = 'smensoTimeEntriesOneByOne';
const NODE = 'Create time entries';
const TIME = '/skyisland/api/integration/timerecord/json';
const STATUS = '/skyisland/api/integration/status/json/';
const COUNT = 250;
const TEXTS = Array.from({ length: COUNT }, (_v, i) => `e2e bulk ${i}`);

let sandbox: ResourcePlanningSandbox;
let n8n: N8n;
let workflow: Json;

beforeAll(async () => {
	sandbox = await startSandbox();
	n8n = await N8n.create();
	await n8n.importCredentials(allCredentials(sandbox));
	[workflow] = loadWorkflows([WORKFLOW], allPlaceholders(sandbox));
	const oneByOne = JSON.parse(JSON.stringify(workflow)) as Json;
	Object.assign(oneByOne, { id: ONE_BY_ONE, name: 'smenso: 250 time entries, one request each' });
	const node = (oneByOne.nodes as Json[]).find((n) => n.name === NODE)!;
	((node.parameters as Json).options as Json).sendInBulk = false;
	await n8n.importWorkflows([workflow, oneByOne]);
});

afterAll(async () => {
	await n8n?.dispose();
	await sandbox?.close();
});

beforeEach(() => {
	sandbox.clearRequests();
	sandbox.clearFaults();
	// The sandbox's default: every write answers 202 + ticket, polled until Completed (3 polls).
	sandbox.smenso.writeMode = 'async';
});

const sentItems = (request: SandboxRequest) => (request.body as { timeRecord: Json[] }).timeRecord;

function expectSuccess(run: Execution) {
	expect({ status: run.status, exitCode: run.exitCode, run: describeExecution(run) }).toEqual({
		status: 'success',
		exitCode: 0,
		run: expect.any(String),
	});
}

/** 250 output items in input order, each a success naming the new record made from its own input item. */
function expectOnePerItem(run: Execution, before: Set<string>) {
	expect(run.nodes['250 items'].items).toHaveLength(COUNT);
	const items = run.nodes[NODE].items;
	expect(items).toHaveLength(COUNT);
	items.forEach((item, i) => {
		expect(item).toMatchObject({
			success: true,
			messages: [],
			status: 'Completed',
			id: expect.any(String),
			ticketId: expect.any(String),
		});
		expect(before.has(String(item.id))).toBe(false);
		expect(sandbox.smenso.timeRecords.get(String(item.id))).toMatchObject({
			description: TEXTS[i],
			duration: 30,
			date: '2026-03-02',
			projectId: SEED.mainProjectId,
			taskId: guid('task-0'),
		});
	});
	expect(new Set(items.map((item) => String(item.id))).size).toBe(COUNT);
	const created = [...sandbox.smenso.timeRecords.keys()].filter((id) => !before.has(id));
	expect(created).toHaveLength(COUNT);
	return items;
}

/** How long n8n ran a node (its run data's executionTime). */
const nodeMs = (run: Execution, name: string) => {
	const runData = ((run.raw?.data as Json | undefined)?.resultData as Json | undefined)?.runData as
		| Record<string, Json[]>
		| undefined;
	return Number(runData?.[name]?.[0]?.executionTime);
};
/** From the node's start to the first request it sent. */
const firstRequestAfter = (run: Execution, name: string, requests: SandboxRequest[]) => {
	const runData = ((run.raw?.data as Json | undefined)?.resultData as Json | undefined)?.runData as
		| Record<string, Json[]>
		| undefined;
	return requests.length ? requests[0].receivedAt - Number(runData?.[name]?.[0]?.startTime) : NaN;
};
const span = (requests: SandboxRequest[]) =>
	requests.length ? requests[requests.length - 1].receivedAt - requests[0].receivedAt : 0;

describe('smenso Send in Bulk in n8n 2.41', () => {
	test('250 items with Batch Size 100: 3 POSTs (100, 100, 50), 3 tickets polled 3 times each, nothing else; 250 results in order', async () => {
		const node = (workflow.nodes as Json[]).find((n) => n.name === NODE)!;
		// The file names the seeded task "task-0" of the seeded project by its ID.
		expect((node.parameters as Json).taskId).toEqual({
			__rl: true,
			mode: 'id',
			value: guid('task-0'),
		});
		expect((node.parameters as Json).options).toEqual({
			sendInBulk: true,
			batchSize: 100,
			pollIntervalSeconds: 0.05,
		});
		const before = new Set(sandbox.smenso.timeRecords.keys());

		const run = await n8n.execute(BULK);
		expectSuccess(run);
		const items = expectOnePerItem(run, before);

		// Exactly 3 writes and 9 polls reached the sandbox: the smenso node sent nothing else.
		const requests = [...sandbox.requests];
		const arrived = requests.filter((r) => r.method === 'POST' && r.path === TIME);
		const polls = requests.filter((r) => r.method === 'GET' && r.path.startsWith(STATUS));
		// The batches are sent concurrently, so they may reach smenso in any order: read them in input order.
		const firstIndex = (r: SandboxRequest) =>
			Number(String(sentItems(r)[0]?.tempId).replace('n8n-item-', ''));
		const writes = [...arrived].sort((a, b) => firstIndex(a) - firstIndex(b));
		expect(writes.map((r) => sentItems(r).length)).toEqual([100, 100, 50]);
		expect(polls).toHaveLength(3 * 3);
		expect(requests).toHaveLength(writes.length + polls.length);
		// One envelope per batch: the project and time zone once, then the batch's items.
		for (const write of writes) {
			expect(Object.keys(write.body as Json).sort()).toEqual([
				'projectId',
				'timeRecord',
				'timezoneId',
			]);
			expect(write.body).toMatchObject({
				projectId: SEED.mainProjectId,
				timezoneId: 'W. Europe Standard Time',
			});
		}
		// Every input item was sent exactly once, with its own fields. A batch holds the items in the
		// order they reached the node's runner (in real n8n not always strictly the input order, as
		// each item's checks finish on their own), each batch sorted by input index.
		const index = (item: Json) => Number(String(item.tempId).replace('n8n-item-', ''));
		for (const write of writes) {
			const indices = sentItems(write).map(index);
			expect(indices).toEqual([...indices].sort((a, b) => a - b));
		}
		const sent = writes.flatMap(sentItems).sort((a, b) => index(a) - index(b));
		expect(sent.map((item) => item.tempId)).toEqual(TEXTS.map((_t, i) => `n8n-item-${i}`));
		expect(sent.map((item) => item.description)).toEqual(TEXTS);
		const outOfBlock = writes.flatMap((write, b) =>
			sentItems(write)
				.map(index)
				.filter((i) => Math.floor(i / 100) !== b),
		);
		expect(
			sent.every(
				(item) =>
					item.duration === 30 && item.date === '2026-03-02' && item.taskId === guid('task-0'),
			),
		).toBe(true);

		// The items of a batch share its ticket; each ticket was polled 3 times.
		const tickets = [...new Set(items.map((item) => String(item.ticketId)))];
		expect(tickets).toHaveLength(3);
		for (const write of writes) {
			const batch = sentItems(write).map((item) => items[index(item)].ticketId);
			expect(new Set(batch).size).toBe(1);
		}
		for (const ticket of tickets)
			expect(polls.filter((r) => r.path === `${STATUS}${ticket}`)).toHaveLength(3);

		console.log(
			`Send in Bulk: ${writes.length} POSTs (arrived with ${arrived.map((r) => sentItems(r).length).join(', ')} items, ${arrived.map((r) => r.receivedAt - requests[0].receivedAt).join(', ')} ms apart) + ${polls.length} polls in ${span(requests)} ms; items outside their block of 100: [${outOfBlock.join(', ')}]; smenso node ${nodeMs(run, NODE)} ms (first request after ${firstRequestAfter(run, NODE, requests)} ms), Code node ${nodeMs(run, '250 items')} ms, n8n execute ${run.durationMs} ms`,
		);
	});

	test('the same workflow without Send in Bulk: 250 POSTs of one item each, 250 results in order', async () => {
		const before = new Set(sandbox.smenso.timeRecords.keys());

		const run = await n8n.execute(ONE_BY_ONE);
		expectSuccess(run);
		const items = expectOnePerItem(run, before);

		const requests = [...sandbox.requests];
		const writes = requests.filter((r) => r.method === 'POST' && r.path === TIME);
		const polls = requests.filter((r) => r.method === 'GET' && r.path.startsWith(STATUS));
		expect(writes).toHaveLength(COUNT);
		expect(writes.every((r) => sentItems(r).length === 1)).toBe(true);
		expect(
			writes
				.flatMap(sentItems)
				.map((item) => item.description)
				.sort(),
		).toEqual([...TEXTS].sort());
		expect(polls).toHaveLength(COUNT * 3);
		expect(requests).toHaveLength(writes.length + polls.length);
		expect(new Set(items.map((item) => String(item.ticketId))).size).toBe(COUNT);

		console.log(
			`One by one: ${writes.length} POSTs + ${polls.length} polls in ${span(requests)} ms; smenso node ${nodeMs(run, NODE)} ms (first request after ${firstRequestAfter(run, NODE, requests)} ms), Code node ${nodeMs(run, '250 items')} ms, n8n execute ${run.durationMs} ms`,
		);
	});
});
