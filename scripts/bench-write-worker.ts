/**
 * The smenso bulk-write scenario of `npm run bench` in a process of its own, started by
 * scripts/benchmark.ts (which holds the sandbox and counts the requests) and compiled to plain
 * JavaScript first, like scripts/bench-worker.ts. Timing and the IPC protocol (`loaded`, then per
 * run `ready` → `go` → `done`, at the end `finished` with the peak RSS) live in
 * scripts/bench-measure.ts, shared with the read worker.
 *
 * One run: Time Entry → Create over N input items through n8n-core's real RoutingNode
 * (dev/runNode.ts), with the parameters of test/smenso/bulk.test.ts `timeEntries()`,
 * once item by item (Send in Bulk off) or in bulk (Send in Bulk on, Batch Size items a request).
 */
import type { IDataObject } from 'n8n-workflow';
import { measure, type Run } from './bench-measure';

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

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The input items of test/smenso/bulk.test.ts `inputs()`: a description and 0.25–1 h each. */
const writeInputs = (count: number): IDataObject[] =>
	Array.from({ length: count }, (_v, i) => ({ text: `Bulk ${i}`, hours: 0.25 + (i % 4) * 0.25 }));

/** Loads the harness and the node, then hands back one run over fresh input items. */
async function writeRun(task: WriteTask): Promise<Run> {
	await import('../dev/coreEnv');
	const { runNode } = await import('../dev/runNode');
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
			options: {
				pollIntervalSeconds: task.pollIntervalSeconds,
				sendInBulk: task.bulk,
				batchSize: task.batchSize,
			},
		},
		credential: {
			type: new SmensoIntegrationApi(),
			data: { workspace: 'sandbox', apiToken: task.token, baseUrl: task.baseUrl },
		},
	};
	return async () => {
		// Fresh input items per run (n8n hands a node its own copies too).
		const result = await runNode({ ...options, items: writeInputs(task.items) });
		if (result.error) throw result.error;
		const succeeded = result.items.filter(
			(item) => item.json.success === true && !item.error,
		).length;
		const tickets = new Set(
			result.items.map((item) => item.json.ticketId).filter((id) => typeof id === 'string'),
		).size;
		const paired = result.items.every(
			(item, i) => (item.pairedItem as { item?: number } | undefined)?.item === i,
		)
			? 1
			: 0;
		return { items: result.items.length, detail: { succeeded, tickets, paired } };
	};
}

measure(writeRun);
