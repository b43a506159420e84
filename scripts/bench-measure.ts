/**
 * The measuring part both benchmark workers share (scripts/bench-worker.ts for the reads,
 * scripts/bench-write-worker.ts for the smenso bulk writes). scripts/benchmark.ts transpiles it
 * with them, so the compiled workers load it as plain JavaScript.
 *
 * Protocol over the IPC channel: after loading what the scenario needs the worker says
 * `loaded`; then, for each run (run -1 is the warm-up, if asked for), `ready` → waits for `go`
 * (the parent resets its request count) → runs → `done` with the wall time and the items out;
 * at the end `finished` with the peak RSS (`process.resourceUsage().maxRSS`). Only the run
 * itself is timed, not process start-up or module loading.
 */

export type WorkerMessage =
	| { type: 'loaded'; rssBytes: number; loadMs: number }
	| { type: 'ready'; run: number }
	| { type: 'done'; run: number; ms: number; items: number; detail?: Record<string, number> }
	| { type: 'finished'; maxRssKb: number }
	| { type: 'failed'; message: string };

/** One run: returns how many items (records) came out. */
export type Run = () => Promise<{ items: number; detail?: Record<string, number> }>;

/** What every worker task carries: the timed runs and whether an untimed warm-up run comes first. */
export interface MeasuredTask {
	runs: number;
	warmUp: boolean;
}

function send(message: WorkerMessage): Promise<void> {
	return new Promise((resolve) => process.send!(message, () => resolve()));
}

function nextGo(): Promise<void> {
	return new Promise((resolve) => process.once('message', () => resolve()));
}

async function main<T extends MeasuredTask>(load: (task: T) => Promise<Run>) {
	const task = JSON.parse(process.argv[2]) as T;
	const loadStarted = Date.now();
	const run = await load(task);
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	await send({
		type: 'loaded',
		rssBytes: process.memoryUsage().rss,
		loadMs: Date.now() - loadStarted,
	});
	for (let index = task.warmUp ? -1 : 0; index < task.runs; index++) {
		await send({ type: 'ready', run: index });
		await nextGo();
		const started = process.hrtime.bigint();
		const { items, detail } = await run();
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		await send({ type: 'done', run: index, ms, items, detail });
		// Drop this run's output before the next, so the peak is one run's, not several.
		gc?.();
	}
	await send({ type: 'finished', maxRssKb: process.resourceUsage().maxRSS });
	process.disconnect();
}

/**
 * The worker's whole life: reads the task (JSON in argv[2]), lets `load` import what the
 * scenario needs and hand back one run (counted as load time), then runs and reports as the
 * protocol above says. Any error becomes a `failed` message and exit code 1.
 */
export function measure<T extends MeasuredTask>(load: (task: T) => Promise<Run>): void {
	main(load).catch(async (error: Error) => {
		await send({
			type: 'failed',
			message: `${error.message}${(error as { description?: string }).description ? ` (${(error as { description?: string }).description})` : ''}`,
		});
		process.exit(1);
	});
}
