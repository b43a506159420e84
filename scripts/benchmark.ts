/**
 * `npm run bench` (not part of `npm test`): Return All at scale, side by side with the limit and
 * with what a user would build without this package.
 *
 * The sandbox runs in this process with a seeded dataset and a response time per request; every
 * scenario runs in a fresh child process (scripts/bench-worker.ts, compiled to plain JavaScript
 * first), so its peak RSS is its own. Scenarios per dataset size:
 *   - the limit: a bare keep-alive fetch loop at the largest page size;
 *   - this package: the node's Return All through n8n-core's RoutingNode;
 *   - n8n's HTTP Request node with its built-in pagination as n8n's docs suggest (RM: the API's
 *     default page size, and per_page=1000), followed by Split Out to get one item per record.
 * And one write scenario, smenso bulk writes (scripts/bench-write-worker.ts): 1,000 time-entry
 * creates through the node, item by item and with Send in Bulk (Batch Size 100), counting write
 * requests and ticket status polls; the counts are checked exactly. `npm run bench -- smenso-bulk`
 * runs only that scenario and replaces only its section of BENCHMARKS.md.
 * Prints a table and writes BENCHMARKS.md. Sizes and latency: see `npm run bench -- --help`.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { machineLine, withSection } from './bench-report';
import { ensureRuntime, N8N_VERSION } from '../dev/n8n/runtime';
import type { Scenario, Service, WorkerMessage, WorkerTask } from './bench-worker';
import type { WriteTask } from './bench-write-worker';
import {
	RM_TOKEN,
	SMENSO_TOKENS,
	startSandbox,
	type ResourcePlanningSandbox,
} from '../test/sandbox';
import { RM_SEED } from '../test/sandbox/rm/state';
import { timeEntryRecord } from '../test/sandbox/rm/timeEntries';
import { guid, SEED } from '../test/sandbox/smenso/state';

const ROOT = path.resolve(__dirname, '..');
/** RM's largest page (spec §2.1); smenso has no paging, one request carries the whole list. */
const RM_MAX_PAGE = 1000;
/** RM's page size when a request names none (spec §2.1). */
const RM_DEFAULT_PAGE = 20;

const HELP = `npm run bench [-- [smenso-bulk] --flag=value ...]   (flags win over environment variables)

  smenso-bulk           BENCH_ONLY=smenso-bulk  run only the smenso bulk-write scenario (about 2 minutes) and
                                                replace only its section of the report file

  --rm=N                BENCH_RM                RM time entries (default 100000)
  --smenso=N            BENCH_SMENSO            smenso time records of one project (default 20000)
  --scale=a,b,...       BENCH_SCALE             smaller sizes for the scaling rows (default 1000,10000,100000;
                                                sizes above --rm / --smenso are skipped)
  --latency=MS          BENCH_LATENCY_MS        response time of every request (default 50)
  --runs=N              BENCH_RUNS              runs per scenario, the median is reported (default 5)
  --single-run-above=N  BENCH_SINGLE_RUN_ABOVE  scenarios needing more requests per run than this run
                                                once (default 200: the HTTP node at RM's default page size)
  --http=false          BENCH_HTTP              skip the HTTP Request node (no n8n runtime needed)
  --out=FILE            BENCH_OUT               report file (default BENCHMARKS.md)

  smenso bulk writes (Time Entry → Create, per item and with Send in Bulk):
  --writes=N            BENCH_WRITES            input items, one time entry each (default 1000; 0 skips the scenario)
  --batch-size=N        BENCH_BATCH_SIZE        Batch Size of the bulk run (default 100)
  --poll-interval=S     BENCH_POLL_SECONDS      the node's Poll Interval in seconds (default 1, the node's default)
`;

/** The scenario `npm run bench -- smenso-bulk` runs alone. */
const ONLY_BULK = 'smenso-bulk';

function option(flag: string, env: string, fallback: string): string {
	const arg = process.argv.slice(2).find((a) => a.startsWith(`--${flag}=`));
	return arg ? arg.slice(flag.length + 3) : (process.env[env] ?? fallback);
}

function count(flag: string, env: string, fallback: number): number {
	const raw = option(flag, env, String(fallback));
	const value = Number(raw.replace(/_/g, ''));
	if (!Number.isInteger(value) || value < 0)
		throw new Error(`--${flag} / ${env} must be a whole number: ${raw}`);
	return value;
}

interface Config {
	/** Run only this scenario ('' = everything). */
	only: '' | typeof ONLY_BULK;
	rm: number;
	smenso: number;
	scale: number[];
	latencyMs: number;
	runs: number;
	singleRunAbove: number;
	http: boolean;
	out: string;
	/** smenso bulk writes: input items (0 = skip), the bulk run's Batch Size, the Poll Interval in seconds. */
	writes: number;
	batchSize: number;
	pollSeconds: number;
}

function readConfig(): Config {
	const scale = option('scale', 'BENCH_SCALE', '1000,10000,100000')
		.split(',')
		.filter((s) => s.trim())
		.map((s) => Number(s.trim().replace(/_/g, '')));
	if (scale.some((s) => !Number.isInteger(s) || s < 1))
		throw new Error('--scale / BENCH_SCALE: comma-separated whole numbers');
	const positional = process.argv.slice(2).filter((a) => !a.startsWith('-'));
	const only = positional[0] ?? option('only', 'BENCH_ONLY', '');
	if (positional.length > 1 || (only !== '' && only !== ONLY_BULK)) {
		throw new Error(
			`unknown scenario ${JSON.stringify(positional.join(' ') || only)}: the only one that runs alone is ${ONLY_BULK}`,
		);
	}
	const pollSeconds = Number(option('poll-interval', 'BENCH_POLL_SECONDS', '1'));
	if (!(pollSeconds >= 0.01))
		throw new Error(
			"--poll-interval / BENCH_POLL_SECONDS: seconds, at least 0.01 (the node's minimum)",
		);
	const config: Config = {
		only: only as Config['only'],
		rm: count('rm', 'BENCH_RM', 100_000),
		smenso: count('smenso', 'BENCH_SMENSO', 20_000),
		scale,
		latencyMs: count('latency', 'BENCH_LATENCY_MS', 50),
		runs: Math.max(1, count('runs', 'BENCH_RUNS', 5)),
		singleRunAbove: count('single-run-above', 'BENCH_SINGLE_RUN_ABOVE', 200),
		http: !/^(false|0|no|off)$/i.test(option('http', 'BENCH_HTTP', 'true')),
		out: path.resolve(ROOT, option('out', 'BENCH_OUT', 'BENCHMARKS.md')),
		writes: count('writes', 'BENCH_WRITES', 1000),
		batchSize: count('batch-size', 'BENCH_BATCH_SIZE', 100),
		pollSeconds,
	};
	if (config.batchSize < 1 || config.batchSize > 500)
		throw new Error("--batch-size / BENCH_BATCH_SIZE: 1 to 500 (the node's range)");
	if (config.only === ONLY_BULK && !config.writes)
		throw new Error(`${ONLY_BULK} needs --writes / BENCH_WRITES above 0`);
	return config;
}

/** The sizes a service is measured at: the scaling sizes below its main size, then the main size. */
function sizesUpTo(main: number, scale: number[]): number[] {
	if (main === 0) return [];
	return [...new Set([...scale.filter((s) => s < main), main])].sort((a, b) => a - b);
}

interface Plan {
	service: Service;
	size: number;
	key: string;
	label: string;
	scenario: Scenario;
	perPage?: number;
	/** Requests the scenario must send: ceil(N / page size). */
	expected: number;
}

function plansFor(service: Service, size: number, config: Config): Plan[] {
	if (service === 'smenso') {
		const plans: Plan[] = [
			{
				service,
				size,
				key: 'limit',
				label: 'Limit: fetch, whole list',
				scenario: 'limit',
				expected: 1,
			},
			{
				service,
				size,
				key: 'node',
				label: 'This package: Return All',
				scenario: 'node',
				expected: 1,
			},
		];
		if (config.http)
			plans.push({
				service,
				size,
				key: 'http',
				label: 'HTTP Request node',
				scenario: 'http',
				expected: 1,
			});
		return plans;
	}
	const pages = (perPage: number) => Math.max(1, Math.ceil(size / perPage));
	const plans: Plan[] = [
		{
			service,
			size,
			key: 'limit',
			label: `Limit: fetch loop, per_page=${RM_MAX_PAGE}`,
			scenario: 'limit',
			expected: pages(RM_MAX_PAGE),
		},
		{
			service,
			size,
			key: 'node',
			label: 'This package: Return All',
			scenario: 'node',
			expected: pages(RM_MAX_PAGE),
		},
	];
	if (config.http) {
		plans.push(
			{
				service,
				size,
				key: 'httpDefault',
				label: `HTTP Request + Split Out, default page (${RM_DEFAULT_PAGE})`,
				scenario: 'http',
				expected: pages(RM_DEFAULT_PAGE),
			},
			{
				service,
				size,
				key: 'http1000',
				label: `HTTP Request + Split Out, per_page=${RM_MAX_PAGE}`,
				scenario: 'http',
				perPage: RM_MAX_PAGE,
				expected: pages(RM_MAX_PAGE),
			},
		);
	}
	return plans;
}

// ---------------------------------------------------------------------------------------------
// Data

function seedRm(sandbox: ResourcePlanningSandbox, size: number): void {
	const entries = sandbox.rm.timeEntries;
	// Only the benchmark's entries: the seeded ones (and the few leave entries) go.
	entries.clear();
	for (let i = 0; i < size; i++) {
		const id = RM_SEED.firstTimeEntryId + i;
		const date = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
		entries.set(
			id,
			timeEntryRecord(sandbox.rm, {
				id,
				user_id: RM_SEED.firstUserId + (i % RM_SEED.userCount),
				assignable_id: RM_SEED.firstProjectId + (i % RM_SEED.projectCount),
				date,
				hours: 1 + (i % 8),
				notes: i % 3 === 0 ? `Benchmark entry ${i}` : null,
			}),
		);
	}
}

function seedSmenso(sandbox: ResourcePlanningSandbox, size: number): string {
	const { timeRecords, members } = sandbox.smenso;
	const projectId = SEED.mainProjectId;
	timeRecords.clear();
	for (let i = 0; i < size; i++) {
		const id = guid(`bench-time-record-${i}`);
		timeRecords.set(id, {
			id,
			projectId,
			taskId: guid(`task-${i % 2}`),
			userId: members[i % members.length].id,
			date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
			duration: 15 * (1 + (i % 32)),
			description: `Benchmark entry ${i}`,
			statusId: 1,
			locked: false,
			externalId: i % 4 === 0 ? `EXT-${i}` : null,
			flavors: [],
		});
	}
	return projectId;
}

// ---------------------------------------------------------------------------------------------
// Compiling the worker

/**
 * Transpiles the worker and what it imports (nodes, credentials, dev/runNode.ts) to JavaScript
 * under node_modules/.cache, so a worker runs without ts-node (whose compiler would add tens of
 * MB to every RSS figure) and still finds the project's node_modules.
 */
function compileWorker(): { read: string; write: string } {
	const out = path.join(ROOT, 'node_modules', '.cache', 'n8n-nodes-resource-planning-bench');
	fs.rmSync(out, { recursive: true, force: true });
	// The package's compiler options (CommonJS, esModuleInterop) with the tests' ES2022 target.
	const tsconfig = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
	const { options } = ts.convertCompilerOptionsFromJson(
		{ ...tsconfig.compilerOptions, target: 'es2022' },
		ROOT,
	);
	const files: string[] = [
		...['bench-worker.ts', 'bench-write-worker.ts', 'bench-measure.ts'].map((name) =>
			path.join(ROOT, 'scripts', name),
		),
		...['runNode.ts', 'coreEnv.ts'].map((name) => path.join(ROOT, 'dev', name)),
	];
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (
				entry.name.endsWith('.ts') &&
				!entry.name.endsWith('.test.ts') &&
				!entry.name.endsWith('.d.ts')
			)
				files.push(full);
		}
	};
	for (const dir of ['nodes', 'credentials']) walk(path.join(ROOT, dir));
	for (const file of files) {
		const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
			compilerOptions: { ...options, sourceMap: false },
			fileName: file,
		});
		const target = path.join(out, path.relative(ROOT, file)).replace(/\.ts$/, '.js');
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.writeFileSync(target, outputText);
	}
	return {
		read: path.join(out, 'scripts', 'bench-worker.js'),
		write: path.join(out, 'scripts', 'bench-write-worker.js'),
	};
}

// ---------------------------------------------------------------------------------------------
// Running

interface Result<P = Plan> {
	plan: P;
	runs: number;
	/** The first, untimed run of a fresh process (undefined when the scenario runs once). */
	coldMs?: number;
	times: number[];
	requests: number[];
	items: number[];
	details: Array<Record<string, number> | undefined>;
	warmUpRequests?: number;
	warmUpItems?: number;
	maxRssKb: number;
	loadedRssBytes: number;
	error?: string;
	/** What `observe` counted after each timed run, and after the warm-up. */
	counts: Array<Record<string, number>>;
	warmUpCounts?: Record<string, number>;
}

/** Reads the sandbox around each run: `before` when the run starts, `after` once it is done. */
interface RunObserver {
	before(): void;
	after(): Record<string, number>;
}

/** A run that takes longer than this is stuck (the slowest default run takes about 5 minutes). */
const WORKER_TIMEOUT_MS = 20 * 60_000;

function runWorker<P>(
	workerJs: string,
	task: WorkerTask | WriteTask,
	plan: P,
	sandbox: ResourcePlanningSandbox,
	userFolder: string,
	observe?: RunObserver,
): Promise<Result<P>> {
	const result: Result<P> = {
		plan,
		runs: task.runs,
		times: [],
		requests: [],
		items: [],
		details: [],
		maxRssKb: 0,
		loadedRssBytes: 0,
		counts: [],
	};
	return new Promise((resolve) => {
		const child = fork(workerJs, [JSON.stringify(task)], {
			execArgv: ['--expose-gc'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
			env: { ...process.env, N8N_USER_FOLDER: userFolder },
		});
		const timer = setTimeout(() => {
			result.error = `no result after ${WORKER_TIMEOUT_MS / 60_000} minutes`;
			child.kill();
		}, WORKER_TIMEOUT_MS);
		child.on('message', (message: WorkerMessage) => {
			switch (message.type) {
				case 'loaded':
					result.loadedRssBytes = message.rssBytes;
					break;
				case 'ready':
					// Every request of the previous run was answered (and logged) before its `done`.
					sandbox.clearRequests();
					observe?.before();
					child.send('go');
					break;
				case 'done':
					if (message.run < 0) {
						result.coldMs = message.ms;
						result.warmUpRequests = sandbox.requests.length;
						result.warmUpItems = message.items;
						result.warmUpCounts = observe && { ...observe.after(), ...message.detail };
						break;
					}
					if (observe) result.counts.push({ ...observe.after(), ...message.detail });
					result.times.push(message.ms);
					result.items.push(message.items);
					result.requests.push(sandbox.requests.length);
					result.details.push(message.detail);
					break;
				case 'finished':
					result.maxRssKb = message.maxRssKb;
					break;
				case 'failed':
					result.error = message.message;
					break;
			}
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			if (code !== 0 && !result.error) result.error = `worker exited with code ${code}`;
			resolve(result);
		});
	});
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Report

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const seconds = (ms: number) =>
	ms >= 10_000
		? `${(ms / 1000).toFixed(1)} s`
		: ms >= 1000
			? `${(ms / 1000).toFixed(2)} s`
			: `${Math.round(ms)} ms`;
const thousands = (n: number) => n.toLocaleString('en-US');

function limitOf(results: Result[], r: Result): Result | undefined {
	return results.find(
		(x) =>
			x.plan.service === r.plan.service &&
			x.plan.size === r.plan.size &&
			x.plan.key === 'limit' &&
			!x.error,
	);
}

function ratio(results: Result[], r: Result): number | undefined {
	const limit = limitOf(results, r);
	if (!limit || r.error) return undefined;
	return median(r.times) / median(limit.times);
}

interface Check {
	ok: boolean;
	text: string;
}

function checks(results: Result[]): Check[] {
	const out: Check[] = [];
	for (const r of results) {
		const where = `${r.plan.service === 'rm' ? 'RM' : 'smenso'} ${thousands(r.plan.size)}, ${r.plan.label}`;
		if (r.error) {
			out.push({ ok: false, text: `${where}: failed: ${r.error}` });
			continue;
		}
		const requests = [
			...new Set([...r.requests, ...(r.warmUpRequests === undefined ? [] : [r.warmUpRequests])]),
		];
		const items = [
			...new Set([...r.items, ...(r.warmUpItems === undefined ? [] : [r.warmUpItems])]),
		];
		out.push({
			ok: requests.length === 1 && requests[0] === r.plan.expected,
			text: `${where}: ${requests.join('/')} requests per run, expected ${thousands(r.plan.expected)} = ceil(${thousands(r.plan.size)} / ${r.plan.service === 'smenso' ? 'whole list' : (r.plan.perPage ?? (r.plan.key === 'httpDefault' ? RM_DEFAULT_PAGE : RM_MAX_PAGE))})`,
		});
		out.push({
			ok: items.length === 1 && items[0] === r.plan.size,
			text: `${where}: ${items.join('/')} items out, expected ${thousands(r.plan.size)}`,
		});
	}
	return out;
}

function fullTable(results: Result[]): string {
	const rows = [
		'| Service | Records | Scenario | Requests | Runs | Median wall time | Ratio to the limit | Cold first run | Peak RSS | RSS before the run | Items out |',
		'| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const r of results) {
		const service = r.plan.service === 'rm' ? 'RM time entries' : 'smenso time records';
		if (r.error) {
			rows.push(
				`| ${service} | ${thousands(r.plan.size)} | ${r.plan.label} | | | failed: ${r.error.replace(/\|/g, '/').slice(0, 120)} | | | | | |`,
			);
			continue;
		}
		const x = ratio(results, r);
		rows.push(
			`| ${service} | ${thousands(r.plan.size)} | ${r.plan.label} | ${thousands(median(r.requests))} | ${r.times.length} | ${seconds(median(r.times))} | ${x === undefined ? '' : `${x.toFixed(2)}×`} | ${r.coldMs === undefined ? 'run once' : seconds(r.coldMs)} | ${mb(r.maxRssKb * 1024)} | ${mb(r.loadedRssBytes)} | ${thousands(median(r.items))} |`,
		);
	}
	return rows.join('\n');
}

function scalingTable(results: Result[], service: Service): string {
	const mine = results.filter((r) => r.plan.service === service);
	const keys = [...new Set(mine.map((r) => r.plan.key))];
	const sizes = [...new Set(mine.map((r) => r.plan.size))];
	const label = (key: string) => mine.find((r) => r.plan.key === key)!.plan.label;
	const rows = [
		`| Records | ${keys.map(label).join(' | ')} |`,
		`| ---: | ${keys.map(() => '---:').join(' | ')} |`,
	];
	for (const size of sizes) {
		const cells = keys.map((key) => {
			const r = mine.find((x) => x.plan.size === size && x.plan.key === key);
			if (!r) return '';
			if (r.error) return 'failed';
			const x = ratio(results, r);
			return `${seconds(median(r.times))} · ${thousands(median(r.requests))} req${key === 'limit' || x === undefined ? '' : ` · ${x.toFixed(2)}×`}`;
		});
		rows.push(`| ${thousands(size)} | ${cells.join(' | ')} |`);
	}
	return rows.join('\n');
}

function versionOf(dir: string, name: string): string {
	try {
		return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8'))
			.version;
	} catch {
		return 'unknown';
	}
}

function report(
	config: Config,
	results: Result[],
	totalMs: number,
	runtimeDir: string | undefined,
	load: number[],
): string {
	const find = (service: Service, key: string) =>
		results.find(
			(r) =>
				r.plan.service === service &&
				r.plan.size === (service === 'rm' ? config.rm : config.smenso) &&
				r.plan.key === key &&
				!r.error,
		);
	/** "1.03× the limit (5.52 s, 100 requests, peak RSS 210 MB)" for a scenario at the main size. */
	const quote = (service: Service, key: string) => {
		const r = find(service, key);
		if (!r) return 'not measured';
		const x = key === 'limit' ? undefined : ratio(results, r);
		const requests = median(r.requests);
		const facts = `${seconds(median(r.times))}, ${thousands(requests)} request${requests === 1 ? '' : 's'}, peak RSS ${mb(r.maxRssKb * 1024)}`;
		return x === undefined ? facts : `${x.toFixed(2)}× the limit (${facts})`;
	};
	const node = find('rm', 'node');
	const httpDefault = find('rm', 'httpDefault');
	const http1000 = find('rm', 'http1000');
	const split = http1000
		? median(http1000.times) - median(http1000.details.map((d) => d?.httpMs ?? 0))
		: undefined;
	const failed = checks(results).filter((c) => !c.ok);
	const summary: string[] = [];
	if (config.rm) {
		summary.push(
			`- RM, ${thousands(config.rm)} time entries: this package's Return All is ${quote('rm', 'node')}; the limit: ${quote('rm', 'limit')}.`,
		);
		if (httpDefault && node) {
			summary.push(
				`- The HTTP Request node set up as n8n's docs suggest (page number, the API's default page size) is ${quote('rm', 'httpDefault')}, ${(median(httpDefault.times) / median(node.times)).toFixed(0)} times the node's time.`,
			);
		}
		if (http1000) {
			summary.push(
				`- With \`per_page=1000\` the HTTP Request node is ${quote('rm', 'http1000')}${split === undefined ? '' : `, of which Split Out ${seconds(split)}`}.`,
			);
		}
	}
	if (config.smenso) {
		summary.push(
			`- smenso, ${thousands(config.smenso)} time records: this package's Return All is ${quote('smenso', 'node')}; the limit: ${quote('smenso', 'limit')}${find('smenso', 'http') ? `; the HTTP Request node is ${quote('smenso', 'http')}` : ''}.`,
		);
	}
	summary.push(
		failed.length
			? `- **${failed.length} check(s) failed**: ${failed.map((c) => c.text).join('; ')}`
			: '- Checks passed: every scenario sent exactly ceil(records / page size) requests (smenso: one) in every run and returned every record.',
	);
	const lines = [
		'# Benchmarks',
		'',
		`Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; the whole run took ${seconds(totalMs)}.`,
		'',
		machineLine(load),
		`- Node.js ${process.version}; n8n-core ${versionOf(ROOT, 'n8n-core')}, n8n-workflow ${versionOf(ROOT, 'n8n-workflow')}${runtimeDir ? `; HTTP Request and Split Out from n8n-nodes-base ${versionOf(runtimeDir, 'n8n-nodes-base')} (the cached n8n ${N8N_VERSION} runtime)` : ''}.`,
		`- Dataset: ${config.rm ? `${thousands(config.rm)} Resource Management time entries (\`GET /api/v1/time_entries\`, paged: at most ${thousands(RM_MAX_PAGE)} a page, ${RM_DEFAULT_PAGE} when the request names no page size; scaling rows at ${sizesUpTo(config.rm, config.scale).map(thousands).join(', ')})` : 'no RM'}; ${config.smenso ? `${thousands(config.smenso)} smenso time records of one project (\`GET …/timerecord/json/{projectId}\`; smenso has no paging, one answer holds the whole list; scaling rows at ${sizesUpTo(config.smenso, config.scale).map(thousands).join(', ')}). Time records are what reports pull in bulk from both services, so the two compare.` : 'no smenso'}`,
		`- Latency: every answer leaves the sandbox ${config.latencyMs} ms after its request arrived (the sandbox's own work counts toward it).`,
		`- Wall time: median of ${config.runs} timed runs after one untimed warm-up run in the same process (shown as "Cold first run"). A scenario that needs more than ${config.singleRunAbove} requests per run runs once, cold (Runs = 1).`,
		'',
		'## Results',
		'',
		fullTable(results),
		'',
		...(config.rm
			? [
					'### How cost grows: RM time entries',
					'',
					'Median wall time · requests · ratio to the limit.',
					'',
					scalingTable(results, 'rm'),
					'',
				]
			: []),
		...(config.smenso
			? [
					'### How cost grows: smenso time records',
					'',
					'Median wall time · requests · ratio to the limit.',
					'',
					scalingTable(results, 'smenso'),
					'',
				]
			: []),
		'## In short',
		'',
		...summary,
		'',
		'## How it is measured',
		'',
		'- The sandbox (`test/sandbox`) runs in the benchmark\'s main process with the seeded records. Each scenario runs in a fresh child process (`scripts/bench-worker.ts`, transpiled to JavaScript first, so no TypeScript compiler sits in its memory). Peak RSS is the child\'s `process.resourceUsage().maxRSS` over all its runs (garbage collected between runs), so the sandbox is not counted; "RSS before the run" is the child after loading its modules: the fixed cost of n8n-core, n8n-workflow and the node code.',
		'- Wall time is taken inside the child around one execution (no process start-up, no module loading). The sandbox counts the requests of every run.',
		`- The limit: a plain \`fetch\` loop (Node's built-in client keeps connections alive) that asks for ${thousands(RM_MAX_PAGE)} records a page, follows \`paging.next\` and keeps the parsed records in an array; for smenso one \`fetch\` of the whole list.`,
		"- This package: Time Entry → Get Many with Return All, executed by n8n-core's real `RoutingNode` with n8n's HTTP stack and expression evaluation (`dev/runNode.ts`), one input item.",
		'- The HTTP Request node (the version n8n puts into new workflows) runs in-process through its own `execute()` in n8n-core\'s real `ExecuteContext`, with the same workflow and credential plumbing as the node harness and a Header Auth credential. Its pagination is set up as n8n\'s docs describe: mode "Update a Parameter in Each Request", query parameter `page` = `{{ $pageCount + 1 }}`, and "Pagination Complete When" = Other, `{{ $response.body.paging.next === null }}` (the default, "Response Is Empty", never ends on RM: a page past the end is `{data: [], paging: …}`, not empty). The page size is the API\'s default unless `per_page=1000` is added as a query parameter. The HTTP node returns one item per page, so a Split Out node on `data` follows, timed with it, to give one item per record as this package\'s node does. smenso answers a JSON array, which the HTTP node already splits into items.',
		"- What these measurements changed in the nodes: the request runner (`nodes/shared/transport.ts`) used to copy every output item to add its `pairedItem`; the copy was its largest own cost at 100,000 records (CPU profile), and it now sets the field on the items it has just created. What is left between the node and the limit is n8n's own: a fixed cost per execution (RoutingNode evaluates every parameter of the node, a few milliseconds) and n8n's HTTP client in place of `fetch`.",
		'- Limit of n8n itself: RoutingNode appends a node\'s items to its output with one spread call, which V8 caps at about 125,000 items, so one Return All of more records fails in n8n with "Maximum call stack size exceeded". Read larger lists in slices (From/To dates).',
		'',
	];
	return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// smenso bulk writes: Time Entry → Create over N input items, item by item and with Send in Bulk

const SMENSO_TIME_WRITES = '/skyisland/api/integration/timerecord/json';
const SMENSO_STATUS = '/skyisland/api/integration/status/json/';
/** The node's longest pause between two status polls (nodes/Smenso/shared/tickets.ts). */
const MAX_POLL_SECONDS = 30;
const BULK_START = '<!-- smenso-bulk:start -->';
const BULK_END = '<!-- smenso-bulk:end -->';

interface WritePlan {
	key: 'perItem' | 'bulk';
	label: string;
	items: number;
	bulk: boolean;
	batchSize: number;
	/** Status polls per ticket (the sandbox's tickets are final at this poll). */
	pollsPerTicket: number;
	/** Requests every run must send: writes, ticket status polls, and all of them. */
	expected: { writes: number; polls: number; total: number };
	/** How `expected.writes` follows from the items, for the check messages. */
	why: string;
}

type WriteResult = Result<WritePlan>;

function writePlans(config: Config, pollsPerTicket: number): WritePlan[] {
	const plan = (key: WritePlan['key'], label: string, writes: number, why: string): WritePlan => ({
		key,
		label,
		items: config.writes,
		bulk: key === 'bulk',
		batchSize: config.batchSize,
		pollsPerTicket,
		// Every write answers 202 + ticket, and each ticket is polled until it is final.
		expected: { writes, polls: writes * pollsPerTicket, total: writes + writes * pollsPerTicket },
		why,
	});
	const batches = Math.ceil(config.writes / config.batchSize);
	return [
		plan('perItem', 'Per item (Send in Bulk off)', config.writes, `one per item`),
		plan(
			'bulk',
			`Send in Bulk, Batch Size ${config.batchSize}`,
			batches,
			`ceil(${thousands(config.writes)} / ${config.batchSize})`,
		),
	];
}

const ordinal = (n: number) =>
	`${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/** The node's wait for one ticket: Poll Interval, then twice as long each time (at most 30 s), per poll. */
function ticketWaitSeconds(config: Config, pollsPerTicket: number): number {
	let total = 0;
	for (
		let poll = 0, delay = config.pollSeconds;
		poll < pollsPerTicket;
		poll++, delay = Math.min(delay * 2, MAX_POLL_SECONDS)
	)
		total += delay;
	return total;
}

/** Runs the write scenarios against a sandbox of their own: every write answers 202 + ticket. */
async function runWrites(
	config: Config,
	workerJs: string,
	userFolder: string,
	say: (text: string) => void,
): Promise<{ results: WriteResult[]; pollsPerTicket: number }> {
	const results: WriteResult[] = [];
	const sandbox = await startSandbox({ latencyMs: config.latencyMs });
	try {
		// smenso's documented behaviour (202 + ticket), whatever SANDBOX_SMENSO_WRITES says for the tests.
		sandbox.smenso.writeMode = 'async';
		const pollsPerTicket = sandbox.smenso.pollsToFinish;
		for (const plan of writePlans(config, pollsPerTicket)) {
			const runs = plan.expected.total > config.singleRunAbove ? 1 : config.runs;
			const task: WriteTask = {
				runs,
				warmUp: runs > 1,
				baseUrl: sandbox.smensoBaseUrl,
				token: SMENSO_TOKENS.admin,
				// test/smenso/bulk.test.ts `timeEntries()`: the seeded main project, its first task, Grace Hopper.
				projectId: SEED.mainProjectId,
				taskId: guid('task-0'),
				userId: 'grace.hopper@example.com',
				items: plan.items,
				bulk: plan.bulk,
				batchSize: plan.batchSize,
				pollIntervalSeconds: config.pollSeconds,
			};
			let recordsBefore = 0;
			let goAt = 0;
			const observe: RunObserver = {
				before: () => {
					recordsBefore = sandbox.smenso.timeRecords.size;
					goAt = Date.now();
				},
				after: () => {
					const posts = sandbox.requests.filter(
						(r) => r.method === 'POST' && r.path === SMENSO_TIME_WRITES,
					);
					return {
						writes: posts.length,
						polls: sandbox.requests.filter(
							(r) => r.method === 'GET' && r.path.startsWith(SMENSO_STATUS),
						).length,
						total: sandbox.requests.length,
						created: sandbox.smenso.timeRecords.size - recordsBefore,
						// When the first and the last write request reached the sandbox, from the run's start (ms).
						firstWriteMs: posts.length ? posts[0].receivedAt - goAt : NaN,
						lastWriteMs: posts.length ? posts[posts.length - 1].receivedAt - goAt : NaN,
					};
				},
			};
			const result = await runWorker(workerJs, task, plan, sandbox, userFolder, observe);
			results.push(result);
			const c = result.counts.at(-1);
			say(
				`smenso bulk writes ${thousands(plan.items)} · ${plan.label}: ` +
					(result.error
						? `FAILED ${result.error}`
						: `${seconds(median(result.times))} (${result.times.map((t) => seconds(t)).join(', ')}), ${c?.writes} writes + ${c?.polls} polls = ${c?.total} requests, ${median(result.items)} items, peak RSS ${mb(result.maxRssKb * 1024)}`),
			);
			// Loud at once, not only at the end of a long run.
			for (const check of writeChecks([result]).filter((x) => !x.ok))
				say(`CHECK FAILED: ${check.text}`);
		}
		return { results, pollsPerTicket };
	} finally {
		await sandbox.close();
	}
}

/** Exact counts, in every run (the warm-up too): any difference fails the benchmark. */
function writeChecks(results: WriteResult[]): Check[] {
	const out: Check[] = [];
	for (const r of results) {
		const where = `smenso bulk writes ${thousands(r.plan.items)}, ${r.plan.label}`;
		if (r.error) {
			out.push({ ok: false, text: `${where}: failed: ${r.error}` });
			continue;
		}
		const all = [...r.counts, ...(r.warmUpCounts ? [r.warmUpCounts] : [])];
		if (!all.length) {
			out.push({ ok: false, text: `${where}: no run finished` });
			continue;
		}
		const seen = (field: string) => [...new Set(all.map((c) => c[field]))];
		const exactly = (field: string, expected: number, text: string) => {
			const values = seen(field);
			out.push({
				ok: values.length === 1 && values[0] === expected,
				text: `${where}: ${values.map((v) => (v === undefined ? '?' : thousands(v))).join('/')} ${text}, expected ${thousands(expected)}`,
			});
		};
		const { writes, polls, total } = r.plan.expected;
		exactly(
			'writes',
			writes,
			`write requests (POST ${SMENSO_TIME_WRITES.replace('/skyisland', '')}) per run; ${r.plan.why}`,
		);
		exactly(
			'polls',
			polls,
			`status polls per run; ${thousands(writes)} tickets × ${r.plan.pollsPerTicket} polls`,
		);
		exactly('total', total, 'requests per run in all; writes + polls, nothing else');
		exactly('created', r.plan.items, 'time records created per run');
		exactly('succeeded', r.plan.items, 'output items with success: true per run');
		exactly('tickets', writes, 'distinct tickets in the output per run; one per write request');
		exactly('paired', 1, 'runs with every output item paired to its input item in order (1 = yes)');
	}
	return out;
}

function writeTable(results: WriteResult[]): string {
	const rows = [
		'| Scenario | Write requests | Status polls | Total requests | Runs | Median wall time | First / last write request arrives after | Cold first run | Peak RSS | RSS before the run | Items out |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const r of results) {
		if (r.error || !r.counts.length) {
			rows.push(
				`| ${r.plan.label} | | | | | failed: ${(r.error ?? 'no run finished').replace(/\|/g, '/').slice(0, 120)} | | | | | |`,
			);
			continue;
		}
		const count = (field: string) => thousands(median(r.counts.map((c) => c[field])));
		const at = (field: string) => seconds(median(r.counts.map((c) => c[field])));
		rows.push(
			`| ${r.plan.label} | ${count('writes')} | ${count('polls')} | ${count('total')} | ${r.times.length} | ${seconds(median(r.times))} | ${at('firstWriteMs')} / ${at('lastWriteMs')} | ${r.coldMs === undefined ? 'run once' : seconds(r.coldMs)} | ${mb(r.maxRssKb * 1024)} | ${mb(r.loadedRssBytes)} | ${thousands(median(r.items))} |`,
		);
	}
	return rows.join('\n');
}

/** The report's smenso bulk-write section, between markers so `npm run bench -- smenso-bulk` can replace it alone. */
function writeSection(
	config: Config,
	results: WriteResult[],
	pollsPerTicket: number,
	ms: number,
	load: number[],
): string {
	const perItem = results.find((r) => r.plan.key === 'perItem' && !r.error && r.counts.length);
	const bulk = results.find((r) => r.plan.key === 'bulk' && !r.error && r.counts.length);
	const failed = writeChecks(results).filter((c) => !c.ok);
	const total = (r: WriteResult) => median(r.counts.map((c) => c.total));
	const facts = (r: WriteResult) =>
		`${thousands(median(r.counts.map((c) => c.writes)))} write requests + ${thousands(median(r.counts.map((c) => c.polls)))} status polls = ${thousands(total(r))} requests, ${seconds(median(r.times))}, peak RSS ${mb(r.maxRssKb * 1024)}`;
	const wait = ticketWaitSeconds(config, pollsPerTicket);
	const at = (r: WriteResult, field: string) => seconds(median(r.counts.map((c) => c[field])));
	const summary: string[] = [];
	if (perItem && bulk) {
		summary.push(
			`- ${thousands(config.writes)} time entries with Send in Bulk (Batch Size ${config.batchSize}): ${facts(bulk)}; item by item: ${facts(perItem)}. Bulk sends ${(total(perItem) / total(bulk)).toFixed(0)} times fewer requests (and ${thousands(bulk.plan.expected.writes)} tickets instead of ${thousands(perItem.plan.expected.writes)}), in ${(median(bulk.times) / median(perItem.times)).toFixed(2)}× the time${perItem.coldMs === undefined && bulk.coldMs !== undefined ? ` (item by item runs once, cold; bulk's cold first run took ${seconds(bulk.coldMs)})` : ''}.`,
			`- Where the time goes: a run is the time until the first write request leaves plus the wait for the tickets. n8n-core's RoutingNode evaluates the parameters and builds the requests of all ${thousands(config.writes)} items before any write request goes out (a CPU profile of this phase shows RoutingNode's parameter resolution and garbage collection), so the first write request reached smenso ${at(bulk, 'firstWriteMs')} after the start in bulk (the last ${at(bulk, 'lastWriteMs')}), item by item the first ${at(perItem, 'firstWriteMs')} and the last ${at(perItem, 'lastWriteMs')}. Each ticket is then polled after ${config.pollSeconds} s and twice as long each time: ${pollsPerTicket} polls, ${wait} s at the least plus ${pollsPerTicket} × ${config.latencyMs} ms. Item by item the node also runs ${thousands(perItem.plan.expected.writes)} ticket loops and ${thousands(total(perItem))} requests through n8n's HTTP stack instead of ${thousands(bulk.plan.expected.writes)} and ${thousands(total(bulk))}. What bulk saves above all is requests against smenso's rate limit (a bulk request counts as one).`,
		);
	}
	summary.push(
		failed.length
			? `- **${failed.length} check(s) failed**: ${failed.map((c) => c.text).join('; ')}`
			: `- Checks passed: in every run (the warm-up too) bulk sent exactly ${bulk ? thousands(bulk.plan.expected.writes) : '?'} write requests (ceil(${thousands(config.writes)} / ${config.batchSize})) and ${bulk ? thousands(bulk.plan.expected.polls) : '?'} status polls (${pollsPerTicket} per ticket), item by item ${perItem ? thousands(perItem.plan.expected.writes) : '?'} and ${perItem ? thousands(perItem.plan.expected.polls) : '?'}, nothing else; each run created ${thousands(config.writes)} time records and returned ${thousands(config.writes)} items with \`success: true\`, paired in input order, one ticket per write request.`,
	);
	const command = config.only ? `npm run bench -- ${config.only}` : 'npm run bench';
	const lines = [
		BULK_START,
		`## smenso bulk writes: ${thousands(config.writes)} time entries, item by item and with Send in Bulk`,
		'',
		`Generated by \`${command}\` on ${new Date().toISOString().slice(0, 10)}${config.only ? ' (this section only; `npm run bench -- smenso-bulk` replaces it and leaves the rest of this file as it was)' : ''}; the scenario took ${seconds(ms)}.`,
		'',
		machineLine(load),
		`- Node.js ${process.version}; n8n-core ${versionOf(ROOT, 'n8n-core')}, n8n-workflow ${versionOf(ROOT, 'n8n-workflow')}.`,
		`- Workload: ${thousands(config.writes)} input items into smenso Time Entry → Create with the parameters of \`test/smenso/bulk.test.ts\` \`timeEntries()\` (one project, task and user; date 2026-03-02; description \`Bulk <i>\` and 0.25 to 1 hour from each item), through n8n-core's real \`RoutingNode\` as above. Options: Poll Interval ${config.pollSeconds} s${config.pollSeconds === 1 ? " (the node's default; the unit tests use 0.01 s)" : ''}, Wait for Completion on (default), Max Wait Time 120 s (default); item by item with Send in Bulk off, in bulk with Send in Bulk on and Batch Size ${config.batchSize}.`,
		`- Sandbox: every answer leaves ${config.latencyMs} ms after its request arrived (the same latency setting as above, \`--latency\`); every write answers \`202\` + ticket (the sandbox's async write mode, smenso's documented behaviour, set regardless of \`SANDBOX_SMENSO_WRITES\`), and a ticket is final at its ${ordinal(pollsPerTicket)} status poll (Created → Processing → Completed).`,
		`- Wall time: median of ${config.runs} timed runs after one untimed warm-up run in the same process (shown as "Cold first run"); a scenario that needs more than ${config.singleRunAbove} requests per run runs once, cold (Runs = 1).`,
		'',
		writeTable(results),
		'',
		...summary,
		'',
		'How it is measured:',
		'',
		'- Each mode runs in a fresh child process (`scripts/bench-write-worker.ts`, transpiled to JavaScript like `scripts/bench-worker.ts`); peak RSS is the child\'s `process.resourceUsage().maxRSS` over all its runs (garbage collected between runs), "RSS before the run" the child after loading n8n-core and the node. Wall time is taken inside the child around one execution of the node over all input items.',
		`- The sandbox counts each run's requests: write requests are \`POST ${SMENSO_TIME_WRITES.replace('/skyisland', '')}\`, status polls \`GET ${SMENSO_STATUS.replace('/skyisland', '')}{ticketId}\`, total is every request it received; "First / last write request arrives after" is when the sandbox received the run's first and last write request, from the moment the parent told the child to start the run (medians over the runs). The script checks every run exactly: write requests = ceil(items / Batch Size) in bulk (one per item otherwise), status polls = write requests × ${pollsPerTicket}, total = writes + polls, ${thousands(config.writes)} time records created, ${thousands(config.writes)} output items with \`success: true\` in input order, one ticket per write request. A difference prints \`CHECK FAILED\` at once, is named in this section and makes \`npm run bench\` exit with code 1.`,
		BULK_END,
	];
	return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
	if (process.argv.includes('--help') || process.argv.includes('-h')) {
		process.stdout.write(HELP);
		return;
	}
	const started = Date.now();
	const loadAtStart = os.loadavg()[0];
	const config = readConfig();
	const say = (text: string) => process.stdout.write(`[bench] ${text}\n`);
	const reads = config.only === '';
	const writesLine = config.writes
		? `smenso bulk writes ${thousands(config.writes)} (Batch Size ${config.batchSize}, Poll Interval ${config.pollSeconds} s)`
		: 'no smenso bulk writes';
	say(
		reads
			? `RM ${thousands(config.rm)}, smenso ${thousands(config.smenso)}, ${writesLine}, latency ${config.latencyMs} ms, ${config.runs} runs`
			: `only ${writesLine}, latency ${config.latencyMs} ms, ${config.runs} runs`,
	);

	// The HTTP Request node comes from the real n8n runtime (downloaded only if missing).
	const runtime = reads && config.http ? ensureRuntime({ quiet: true }) : undefined;
	const nodesBaseDir = runtime
		? path.join(runtime.dir, 'node_modules', 'n8n-nodes-base', 'dist')
		: undefined;
	const workers = compileWorker();
	const workerJs = workers.read;
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-bench-'));

	const results: Result[] = [];
	let writes:
		| { results: WriteResult[]; pollsPerTicket: number; ms: number; load: number[] }
		| undefined;
	const jobs: Array<{ service: Service; size: number }> = reads
		? [
				...sizesUpTo(config.rm, config.scale).map((size) => ({ service: 'rm' as const, size })),
				...sizesUpTo(config.smenso, config.scale).map((size) => ({
					service: 'smenso' as const,
					size,
				})),
			]
		: [];
	try {
		for (const { service, size } of jobs) {
			const sandbox = await startSandbox({ latencyMs: config.latencyMs });
			try {
				const projectId =
					service === 'rm' ? (seedRm(sandbox, size), undefined) : seedSmenso(sandbox, size);
				for (const plan of plansFor(service, size, config)) {
					const runs = plan.expected > config.singleRunAbove ? 1 : config.runs;
					const task: WorkerTask = {
						scenario: plan.scenario,
						service,
						runs,
						warmUp: runs > 1,
						baseUrl: service === 'rm' ? sandbox.rmBaseUrl : sandbox.smensoBaseUrl,
						token: service === 'rm' ? RM_TOKEN : SMENSO_TOKENS.admin,
						projectId,
						perPage: plan.perPage,
						nodesBaseDir,
					};
					const result = await runWorker(workerJs, task, plan, sandbox, userFolder);
					results.push(result);
					const x = ratio(results, result);
					say(
						`${service} ${thousands(size)} · ${plan.label}: ` +
							(result.error
								? `FAILED ${result.error}`
								: `${seconds(median(result.times))} (${result.times.map((t) => seconds(t)).join(', ')}), ${result.requests.join('/')} requests, ${median(result.items)} items, peak RSS ${mb(result.maxRssKb * 1024)}${x === undefined || plan.key === 'limit' ? '' : `, ${x.toFixed(2)}× the limit`}`),
					);
				}
			} finally {
				await sandbox.close();
			}
		}
		if (config.writes) {
			const writesStarted = Date.now();
			const writesLoad = os.loadavg()[0];
			const done = await runWrites(config, workers.write, userFolder, say);
			writes = { ...done, ms: Date.now() - writesStarted, load: [writesLoad, os.loadavg()[0]] };
		}
	} finally {
		fs.rmSync(userFolder, { recursive: true, force: true });
	}

	const totalMs = Date.now() - started;
	const section =
		writes && writeSection(config, writes.results, writes.pollsPerTicket, writes.ms, writes.load);
	if (reads) {
		const markdown = report(config, results, totalMs, runtime?.dir, [loadAtStart, os.loadavg()[0]]);
		fs.writeFileSync(config.out, section ? `${markdown}\n${section}\n` : markdown);
		process.stdout.write(`\n${fullTable(results)}\n\n`);
	} else {
		// Only the bulk writes: their section is replaced, the read results stay as the last full run left them.
		fs.writeFileSync(config.out, withSection(config.out, section!, BULK_START, BULK_END));
	}
	if (writes) process.stdout.write(`${reads ? '' : '\n'}${writeTable(writes.results)}\n\n`);
	const failed = [...checks(results), ...(writes ? writeChecks(writes.results) : [])].filter(
		(c) => !c.ok,
	);
	for (const check of failed) say(`CHECK FAILED: ${check.text}`);
	say(`wrote ${path.relative(process.cwd(), config.out) || config.out}; total ${seconds(totalMs)}`);
	if (failed.length) process.exitCode = 1;
}

main().catch((error: Error) => {
	process.stderr.write(`[bench] ${error.stack ?? error.message}\n`);
	process.exit(1);
});
