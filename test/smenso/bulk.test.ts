/**
 * Send in Bulk: N input items in ceil(N / Batch Size) write requests, through n8n-core's real
 * RoutingNode, each item with its own parameters and checks, each result paired back to its item.
 * Runs in both sandbox write modes (jest projects `unit` and `smenso-sync`).
 */
import type { IDataObject } from 'n8n-workflow';
import type { SandboxRequest } from '../sandbox/server';
import { guid, SEED } from '../sandbox/smenso/state';
import { byId, FAST_TICKETS, runSmenso, statusPolls, WRITE_MODE } from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

const P = SEED.mainProjectId;
const DESIGN = guid('task-0');
const TIME = '/skyisland/api/integration/timerecord/json';
const TASKS = '/skyisland/api/integration/task/json';
const posts = (path: string) =>
	sandbox.requests.filter((r) => r.method === 'POST' && r.path === path);
const sentItems = (request: SandboxRequest) =>
	(request.body as { timeRecord: IDataObject[] }).timeRecord;
/**
 * Sizes of the bulk requests, largest first: batches go out as soon as they are full and may
 * reach smenso in any order; a batch holds the items that were ready first, sorted.
 */
const batchSizes = (requests: SandboxRequest[]) =>
	requests.map((r) => sentItems(r).length).sort((a, b) => b - a);
const index = (item: IDataObject) => Number(String(item.tempId).replace('n8n-item-', ''));
const sortedByIndex = (requests: SandboxRequest[]) =>
	requests.flatMap(sentItems).sort((a, b) => index(a) - index(b));

/** One time entry per input item; the description and the hours come from the item. */
const timeEntries = (options: IDataObject = {}) => ({
	resource: 'timeEntry',
	operation: 'create',
	projectId: byId(P),
	taskId: byId(DESIGN),
	userId: byId('grace.hopper@example.com'),
	date: '={{ $json.date ?? "2026-03-02" }}',
	durationHours: '={{ $json.hours }}',
	additionalFields: { description: '={{ $json.text }}' },
	options: { ...FAST_TICKETS, sendInBulk: true, batchSize: 100, ...options },
});
const inputs = (count: number) =>
	Array.from({ length: count }, (_v, i) => ({ text: `Bulk ${i}`, hours: 0.25 + (i % 4) * 0.25 }));

describe('smenso Send in Bulk', () => {
	test('250 time entries with Batch Size 100: 3 POSTs (100, 100, 50 in input order), one ticket each, 250 results paired in order', async () => {
		const before = sandbox.smenso.timeRecords.size;
		const result = await runSmenso(sandbox, timeEntries(), { items: inputs(250) });
		expect(result.error).toBeUndefined();
		const requests = posts(TIME);
		expect(batchSizes(requests)).toEqual([100, 100, 50]);
		expect(
			requests.every((r) =>
				sentItems(r).every((item, i, all) => i === 0 || index(all[i - 1]) < index(item)),
			),
		).toBe(true);
		// Every item exactly once, with its own fields.
		expect(sortedByIndex(requests).map((item) => item.tempId)).toEqual(
			Array.from({ length: 250 }, (_v, i) => `n8n-item-${i}`),
		);
		expect(sortedByIndex(requests).map((item) => [item.description, item.duration])).toEqual(
			inputs(250).map((input) => [input.text, input.hours * 60]),
		);
		// Every batch is one envelope with the time zone once, and each batch's ticket is polled once to its end.
		expect(
			requests.every((r) => (r.body as IDataObject).timezoneId === 'W. Europe Standard Time'),
		).toBe(true);
		expect(statusPolls(sandbox)).toHaveLength(3 * 3);
		expect(sandbox.requests).toHaveLength(3 + 9); // 3 writes, 9 polls: nothing else
		expect(sandbox.smenso.timeRecords.size).toBe(before + 250);
		// One output item per input item, in input order, paired, with its own record's ID.
		expect(result.items).toHaveLength(250);
		result.items.forEach((item, i) => {
			expect(item.pairedItem).toEqual({ item: i });
			expect(item.json).toMatchObject({
				success: true,
				ticketId: expect.any(String),
				status: 'Completed',
			});
			expect(sandbox.smenso.timeRecords.get(String(item.json.id))).toMatchObject({
				description: `Bulk ${i}`,
			});
		});
		// The items of one batch share its ticket.
		expect(new Set(result.items.map((item) => item.json.ticketId)).size).toBe(3);
	});

	test("an item that fails the node's own check is never sent; the other 249 are applied once; the node then fails naming it", async () => {
		const before = sandbox.smenso.timeRecords.size;
		const items = inputs(250);
		(items[17] as IDataObject).date = '2026-02-30';
		const result = await runSmenso(sandbox, timeEntries(), { items });
		expect(result.error?.message).toContain("'Date' is not a valid date");
		expect(
			(result.error as unknown as { context?: { itemIndex?: number } }).context?.itemIndex,
		).toBe(17);
		expect(batchSizes(posts(TIME))).toEqual([100, 100, 49]);
		expect(
			posts(TIME)
				.flatMap(sentItems)
				.map((item) => item.tempId),
		).not.toContain('n8n-item-17');
		expect(sandbox.smenso.timeRecords.size).toBe(before + 249);
	});

	test('Continue On Fail: the failing item becomes an error item in its place, the others are results', async () => {
		const items = inputs(30);
		(items[3] as IDataObject).hours = -1;
		const result = await runSmenso(sandbox, timeEntries({ batchSize: 10 }), {
			items,
			continueOnFail: true,
		});
		expect(result.items).toHaveLength(30);
		expect(result.items[3].json).toEqual({});
		expect(result.items[3].error?.message).toContain('Duration');
		expect(
			result.items.filter((_item, i) => i !== 3).every((item) => item.json.success === true),
		).toBe(true);
		expect(batchSizes(posts(TIME))).toEqual([10, 10, 9]);
	});

	test("an item smenso rejects fails alone, with smenso's message and how many of its batch were applied", async () => {
		const titles = ['One', 'Two', 'Orphan', 'Four'];
		const result = await runSmenso(
			sandbox,
			{
				resource: 'task',
				operation: 'create',
				projectId: byId(P),
				title: '={{ $json.title }}',
				// Only the orphan names a parent (one that does not exist): Extra Fields per item.
				additionalFields: {
					extraFields: '={{ $json.parent ? JSON.stringify({ parentId: $json.parent }) : "" }}',
				},
				options: { ...FAST_TICKETS, sendInBulk: true },
			},
			{
				items: titles.map((title) =>
					title === 'Orphan'
						? { title, parent: '7e1c0f6e-0000-4000-8000-0000000000aa' }
						: { title },
				),
				continueOnFail: true,
			},
		);
		expect(posts(TASKS)).toHaveLength(1);
		expect(result.items.map((item) => item.json.success ?? 'error')).toEqual([
			true,
			true,
			'error',
			true,
		]);
		expect(result.items[2].error?.message).toBe(
			'smenso did not apply the change: Parent task 7e1c0f6e-0000-4000-8000-0000000000aa was not found in this project.',
		);
		expect(result.items[2].error?.description).toContain(
			'It was sent in bulk with 3 other items; smenso applied 3 of the 4.',
		);
		const failure = await runSmenso(
			sandbox,
			{
				resource: 'task',
				operation: 'create',
				projectId: byId(P),
				title: 'Lone orphan',
				additionalFields: { parentId: '7e1c0f6e-0000-4000-8000-0000000000aa' },
				options: { ...FAST_TICKETS, sendInBulk: true },
			},
			{ items: [{}, {}] },
		);
		expect(failure.error?.description).toContain(
			'It was sent in bulk with 1 other item; smenso applied 0 of the 2.',
		);
	});

	test('items for different projects go in separate envelopes; a batch of one item is answered like a single write', async () => {
		const other = [...sandbox.smenso.projects.keys()][1];
		const result = await runSmenso(
			sandbox,
			{
				resource: 'task',
				operation: 'create',
				projectId: byId('={{ $json.project }}'),
				title: '={{ $json.title }}',
				options: { ...FAST_TICKETS, sendInBulk: true },
			},
			{
				items: [
					{ project: P, title: 'A' },
					{ project: other, title: 'B' },
					{ project: P, title: 'C' },
				],
			},
		);
		expect(result.error).toBeUndefined();
		const envelopes = posts(TASKS).map((r) => [
			(r.body as IDataObject).projectId,
			((r.body as IDataObject).task as IDataObject[]).map((t) => t.title),
		]);
		expect(envelopes).toHaveLength(2);
		expect(envelopes).toEqual(
			expect.arrayContaining([
				[P, ['A', 'C']],
				[other, ['B']],
			]),
		);
		// The one-item envelope is answered at once in the synchronous mode, by ticket otherwise.
		expect(result.items[1].json.ticketId).toEqual(
			WRITE_MODE === 'sync' ? null : expect.any(String),
		);
		expect(
			result.items.map((item) => sandbox.smenso.tasks.get(String(item.json.id))?.title),
		).toEqual(['A', 'B', 'C']);
	});

	test('a bulk answer that echoes no tempId but has one result per item is paired by position; one result for two items is not guessed', async () => {
		const [first, second] = [
			'7e1c0f6e-0000-4000-8000-0000000000b1',
			'7e1c0f6e-0000-4000-8000-0000000000b2',
		];
		const parameters = {
			resource: 'task',
			operation: 'create',
			projectId: byId(P),
			title: '={{ $json.title }}',
			options: { ...FAST_TICKETS, sendInBulk: true },
		};
		sandbox.inject({
			method: 'POST',
			path: TASKS,
			response: {
				status: 200,
				body: {
					ticketId: null,
					status: 'Completed',
					items: [
						{ id: first, success: true },
						{ id: second, success: true },
					],
				},
			},
		});
		const paired = await runSmenso(sandbox, parameters, {
			items: [{ title: 'X' }, { title: 'Y' }],
		});
		expect(paired.items.map((item) => item.json.id)).toEqual([first, second]);
		expect(posts(TASKS)).toHaveLength(1);
		// One result for two items: no item claims it; each reports no ID rather than another item's.
		sandbox.clearRequests();
		sandbox.inject({
			method: 'POST',
			path: TASKS,
			response: {
				status: 200,
				body: { ticketId: null, status: 'Completed', items: [{ id: first, success: true }] },
			},
		});
		const unpaired = await runSmenso(sandbox, parameters, {
			items: [{ title: 'X' }, { title: 'Y' }],
		});
		expect(unpaired.items.map((item) => item.json.id)).toEqual([null, null]);
	});

	test('without Send in Bulk every item is its own request, as before', async () => {
		const result = await runSmenso(sandbox, timeEntries({ sendInBulk: false }), {
			items: inputs(3),
		});
		expect(result.error).toBeUndefined();
		expect(batchSizes(posts(TIME))).toEqual([1, 1, 1]);
	});
});
