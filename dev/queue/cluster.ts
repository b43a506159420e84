/**
 * n8n 2.41.1 in queue mode, as teams run it at scale: a main process (editor, REST API,
 * activation of triggers, schedules), worker processes that run the executions, a webhook
 * processor that takes production webhooks, Redis as the queue and PostgreSQL 17 as the
 * database; all on loopback, free ports, one user folder with the packed package installed.
 *
 * Who ran an execution is read from the logs: main or the webhook processor logs
 * "Enqueued execution <id>", the worker that takes it "Worker started execution <id>". Postgres
 * keeps no process column, and both workers report the same host.
 */
import { N8n, type CredentialFixture, type Execution, type Json, type N8nServer } from '../n8n/n8n';
import { freePort, startDaemon, tail, waitFor, type Daemon } from '../process';
import { queryPostgres, startPostgres, type Postgres } from './postgres';
import { startRedis, type Redis } from './redis';

export interface ClusterOptions {
	workers?: number;
	/** Executions a worker runs at once (`n8n worker --concurrency`). */
	concurrency?: number;
	/** Start a webhook processor (`n8n webhook`). */
	webhookProcessor?: boolean;
	credentials?: CredentialFixture[];
	workflows?: Json[];
	/** Extra environment for every n8n process (e.g. N8N_WEBHOOK_URL). */
	env?: Record<string, string>;
	/** Called with the ports before n8n starts (e.g. to point the sandbox's deliveries at the webhook processor). */
	beforeStart?: (ports: { main: number; webhook?: number }) => void;
}

type Stoppable = { stop(): Promise<void> };

export interface Who {
	/** The process that put the execution on the queue (main or webhook). */
	enqueuedBy: string[];
	/** The workers that started it (exactly one, when all is well). */
	ranOn: string[];
}

export class QueueCluster {
	private constructor(
		readonly n8n: N8n,
		readonly redis: Redis,
		readonly postgres: Postgres,
		readonly main: N8nServer,
		readonly workers: Daemon[],
		readonly webhook: (Daemon & { port: number; url: string }) | undefined,
	) {}

	/** Starts everything; on a failure, stops what had started and throws. */
	static async start(options: ClusterOptions = {}): Promise<QueueCluster> {
		const started: Stoppable[] = [];
		let n8n: N8n | undefined;
		try {
			const [redis, postgres] = await allStarted(started, [startRedis(), startPostgres()]);
			n8n = await N8n.create({
				env: {
					...QUEUE_ENV,
					...redis.n8nEnv,
					...postgres.n8nEnv,
					...options.env,
				},
			});
			if (options.credentials?.length) await n8n.importCredentials(options.credentials);
			if (options.workflows?.length) await n8n.importWorkflows(options.workflows);

			const mainPort = await freePort();
			const webhookPort = options.webhookProcessor === false ? undefined : await freePort();
			options.beforeStart?.({ main: mainPort, webhook: webhookPort });
			// Main first: it runs the database migrations the others expect to find done.
			const main = await n8n.start({ port: mainPort });
			started.push(main);
			const launches: Array<Promise<Daemon>> = [];
			for (let index = 1; index <= (options.workers ?? 2); index++) {
				const args = ['worker', `--concurrency=${options.concurrency ?? WORKER_CONCURRENCY}`];
				launches.push(
					startN8nProcess(n8n, `worker-${index}`, args, 'n8n worker is now ready', async () => ({
						// A clash on these ports makes the process exit.
						QUEUE_HEALTH_CHECK_PORT: String(await freePort()),
						N8N_RUNNERS_BROKER_PORT: String(await freePort()),
					})),
				);
			}
			if (webhookPort) {
				launches.push(
					startN8nProcess(
						n8n,
						'webhook',
						['webhook'],
						'Webhook listener waiting for requests',
						async () => ({
							N8N_PORT: String(webhookPort),
							N8N_LISTEN_ADDRESS: '127.0.0.1',
							N8N_RUNNERS_BROKER_PORT: String(await freePort()),
						}),
					),
				);
			}
			const daemons = await allStarted(started, launches);
			const workers = daemons.filter((daemon) => daemon.name.startsWith('worker-'));
			const hook = daemons.find((daemon) => daemon.name === 'webhook');
			const webhook =
				hook && webhookPort
					? Object.assign(hook, { port: webhookPort, url: `http://127.0.0.1:${webhookPort}` })
					: undefined;
			return new QueueCluster(n8n, redis, postgres, main, workers, webhook);
		} catch (error) {
			for (const item of started.reverse()) await item.stop().catch(() => undefined);
			await n8n?.dispose();
			throw error;
		}
	}

	/**
	 * Runs a workflow from one of its triggers the way the editor's "Execute workflow" does; with
	 * OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS main puts it on the queue. Answers the execution's ID.
	 */
	async runManually(workflowId: string, triggerName: string, cookie: string): Promise<string> {
		const result = await this.main.rest(
			'POST',
			`/workflows/${workflowId}/run`,
			{ triggerToStartFrom: { name: triggerName } },
			cookie,
		);
		const executionId = (result.body.data as Json | undefined)?.executionId;
		if (result.status !== 200 || executionId === undefined) {
			throw new Error(
				`running ${workflowId} failed: ${result.status} ${JSON.stringify(result.body)}`,
			);
		}
		return String(executionId);
	}

	/** Waits until an execution has finished (any end state) and answers it with its run data. */
	async finished(executionId: string, cookie: string, timeoutMs = 120_000): Promise<Execution> {
		return await waitFor({
			read: async () => await this.main.execution(executionId, cookie),
			done: (execution) => !['new', 'running', 'waiting', 'unknown'].includes(execution.status),
			what: `execution ${executionId} to finish`,
			timeoutMs,
			intervalMs: 200,
			extra: (execution) => `still ${execution.status}\n${this.logs()}`,
		});
	}

	/** The static data n8n keeps for a workflow (the polling triggers' cursors), read from Postgres. */
	async staticData(workflowId: string): Promise<unknown> {
		const rows = await queryPostgres(
			this.postgres,
			this.n8n.rt.dir,
			'SELECT "staticData" FROM workflow_entity WHERE id = $1',
			[workflowId],
		);
		return rows[0]?.staticData;
	}

	/**
	 * A workflow's executions as Postgres holds them (id, status, start and stop), without run
	 * data: for counting many (n8n's REST list pages at 100).
	 */
	async executionRows(
		workflowId: string,
	): Promise<
		Array<{ id: string; status: string; startedAt: Date | null; stoppedAt: Date | null }>
	> {
		const rows = await queryPostgres(
			this.postgres,
			this.n8n.rt.dir,
			'SELECT id, status, "startedAt", "stoppedAt" FROM execution_entity WHERE "workflowId" = $1 ORDER BY id',
			[workflowId],
		);
		return rows.map((row) => ({
			id: String(row.id),
			status: String(row.status),
			startedAt: (row.startedAt as Date | null) ?? null,
			stoppedAt: (row.stoppedAt as Date | null) ?? null,
		}));
	}

	/** Every n8n process with its log (main, workers, webhook processor). */
	processes(): Array<{ name: string; log(): string }> {
		return [
			{ name: 'main', log: () => this.main.log() },
			...this.workers,
			...(this.webhook ? [this.webhook] : []),
		];
	}

	/** Which processes enqueued and started an execution, read from their logs. */
	who(executionId: string | number): Who {
		const enqueued = new RegExp(`Enqueued execution ${executionId} \\(job`);
		const startedHere = new RegExp(`Worker started execution ${executionId} \\(job`);
		const processes = this.processes();
		return {
			enqueuedBy: processes
				.filter((process) => enqueued.test(process.log()))
				.map((process) => process.name),
			ranOn: processes
				.filter((process) => startedHere.test(process.log()))
				.map((process) => process.name),
		};
	}

	/** How many executions each worker started. */
	shares(): Record<string, number> {
		return Object.fromEntries(
			this.workers.map((worker) => [
				worker.name,
				(worker.log().match(/Worker started execution \d+/g) ?? []).length,
			]),
		);
	}

	/** The last lines of every process's log, for failing assertions. */
	logs(lines = 30): string {
		return this.processes()
			.map((process) => `----- ${process.name}\n${tail(process.log(), lines)}`)
			.join('\n');
	}

	async stop(): Promise<void> {
		// n8n processes first (they hold connections to Redis and Postgres), then the services.
		await Promise.all(
			[...this.workers, ...(this.webhook ? [this.webhook] : [])].map(
				async (daemon) => await daemon.stop(),
			),
		);
		await this.main.stop();
		await Promise.all([this.redis.stop(), this.postgres.stop()]);
		await this.n8n.dispose();
	}
}

/**
 * The settings every n8n process of the cluster shares besides Redis's and Postgres's (and the
 * encryption key and user folder, which N8n gives every process). The README's docker-compose
 * example has the same (test/queue/compose.test.ts).
 */
export const QUEUE_ENV: Record<string, string> = {
	EXECUTIONS_MODE: 'queue',
	// "Execute workflow" in the editor goes to a worker too (read by main only).
	OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
	// Workers answer /healthz on their QUEUE_HEALTH_CHECK_PORT.
	QUEUE_HEALTH_CHECK_ACTIVE: 'true',
};

/** `n8n worker` with this many executions at once, as in the docker-compose example. */
export const WORKER_CONCURRENCY = 5;

/**
 * Waits for all of `starts`; what started goes onto `started` (to be stopped on a failure), and
 * the first failure is thrown once all have settled.
 */
async function allStarted<T extends Array<Promise<Stoppable>>>(
	started: Stoppable[],
	starts: [...T],
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
	const settled = await Promise.allSettled(starts);
	for (const result of settled) if (result.status === 'fulfilled') started.push(result.value);
	const failed = settled.find(
		(result): result is PromiseRejectedResult => result.status === 'rejected',
	);
	if (failed) throw failed.reason;
	return settled.map((result) => (result as PromiseFulfilledResult<Stoppable>).value) as {
		[K in keyof T]: Awaited<T[K]>;
	};
}

/**
 * Starts `n8n <args>` and waits for its ready line. A port picked free can be taken by someone
 * else (an outgoing connection, say) before n8n binds it, so a start that fails on a busy port
 * is tried again with fresh ports.
 */
async function startN8nProcess(
	n8n: N8n,
	name: string,
	args: string[],
	readyLine: string,
	ports: () => Promise<Record<string, string>>,
): Promise<Daemon> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await startDaemon({
				name,
				command: n8n.rt.node,
				args: [n8n.rt.n8n, ...args],
				options: { cwd: n8n.userFolder, env: n8n.env(await ports()) },
				ready: (log) => log.includes(readyLine),
				readyTimeoutMs: 120_000,
			});
		} catch (error) {
			if (attempt >= 3 || !/already in use|EADDRINUSE/.test((error as Error).message)) throw error;
		}
	}
}
