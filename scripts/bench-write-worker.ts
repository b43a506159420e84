/**
 * The smenso bulk-write scenario of `npm run bench` in a process of its own, started by
 * scripts/benchmark.ts (which holds the sandbox and counts the requests) and compiled to plain
 * JavaScript first, like scripts/bench-worker.ts, whose IPC protocol it speaks: `loaded`, then per
 * run `ready` → `go` → `done`, at the end `finished` with the peak RSS.
 *
 * One run: Time Entry → Create over N input items through n8n-core's real RoutingNode
 * (test/harness/run-node.ts), with the parameters of test/smenso/bulk.test.ts `timeEntries()`,
 * once item by item (Send in Bulk off) or in bulk (Send in Bulk on, Batch Size items a request).
 */
import type { IDataObject } from 'n8n-workflow';
import type { WorkerMessage } from './bench-worker';

export interface WriteTask {
	/** Timed runs. */
	runs: number;
	/** One untimed run first, reported as the cold run. */
	warmUp: boolean;
	/** The smenso base ending in /skyisland. */
	baseUrl: string;
	/** smenso's token as sent after "Basic ". */
	token: string;
	projectId: string;
	taskId: string;
	/** The user the time is booked for (ID or e-mail, as the node's locator takes it). */
	userId: string;
	/** Input items, one time entry each. */
	items: number;
	/** Options → Send in Bulk. */
	bulk: boolean;
	/** Options → Batch Size. */
	batchSize: number;
	/** Options → Poll Interval (Seconds). */
	pollIntervalSeconds: number;
}

function send(message: WorkerMessage): Promise<void> {
	return new Promise((resolve) => process.send!(message, () => resolve()));
}

function nextGo(): Promise<void> {
	return new Promise((resolve) => process.once('message', () => resolve()));
}

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The input items of test/smenso/bulk.test.ts `inputs()`: a description and 0.25–1 h each. */
const writeInputs = (count: number): IDataObject[] =>
	Array.from({ length: count }, (_v, i) => ({ text: `Bulk ${i}`, hours: 0.25 + (i % 4) * 0.25 }));

async function main() {
	const task = JSON.parse(process.argv[2]) as WriteTask;
	const loadStarted = Date.now();
	await import('../test/harness/env');
	const { runNode } = await import('../test/harness/run-node');
	const { Smenso } = await import('../nodes/Smenso/Smenso.node');
	const { SmensoIntegrationApi } = await import('../credentials/SmensoIntegrationApi.credentials');
	const options: Parameters<typeof runNode>[0] = {
		nodeType: new Smenso(),
		// test/smenso/bulk.test.ts `timeEntries()`, with a real poll interval in place of FAST_TICKETS.
		parameters: {
			resource: 'timeEntry',
			operation: 'create',
			projectId: byId(task.projectId),
			taskId: byId(task.taskId),
			userId: byId(task.userId),
			date: '={{ $json.date ?? "2026-03-02" }}',
			durationHours: '={{ $json.hours }}',
			additionalFields: { description: '={{ $json.text }}' },
			options: { pollIntervalSeconds: task.pollIntervalSeconds, sendInBulk: task.bulk, batchSize: task.batchSize },
		},
		credential: {
			type: new SmensoIntegrationApi(),
			data: { workspace: 'sandbox', apiToken: task.token, baseUrl: task.baseUrl },
		},
	};
	const run = async (): Promise<{ items: number; detail: Record<string, number> }> => {
		// Fresh input items per run (n8n hands a node its own copies too).
		const result = await runNode({ ...options, items: writeInputs(task.items) });
		if (result.error) throw result.error;
		const succeeded = result.items.filter((item) => item.json.success === true && !item.error).length;
		const tickets = new Set(result.items.map((item) => item.json.ticketId).filter((id) => typeof id === 'string')).size;
		const paired = result.items.every((item, i) => (item.pairedItem as { item?: number } | undefined)?.item === i) ? 1 : 0;
		return { items: result.items.length, detail: { succeeded, tickets, paired } };
	};
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	await send({ type: 'loaded', rssBytes: process.memoryUsage().rss, loadMs: Date.now() - loadStarted });
	for (let index = task.warmUp ? -1 : 0; index < task.runs; index++) {
		await send({ type: 'ready', run: index });
		await nextGo();
		const started = process.hrtime.bigint();
		const { items, detail } = await run();
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		await send({ type: 'done', run: index, ms, items, detail });
		gc?.();
	}
	await send({ type: 'finished', maxRssKb: process.resourceUsage().maxRSS });
	process.disconnect();
}

main().catch(async (error: Error) => {
	await send({ type: 'failed', message: `${error.message}${(error as { description?: string }).description ? ` (${(error as { description?: string }).description})` : ''}` });
	process.exit(1);
});
