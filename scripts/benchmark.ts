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
 * Prints a table and writes BENCHMARKS.md. Sizes and latency: see `npm run bench -- --help`.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { ensureRuntime, N8N_VERSION } from './n8n-runtime';
import type { Scenario, Service, WorkerMessage, WorkerTask } from './bench-worker';
import { RM_TOKEN, SMENSO_TOKENS, startSandbox, type ResourcePlanningSandbox } from '../test/sandbox';
import { RM_SEED } from '../test/sandbox/rm/state';
import { timeEntryRecord } from '../test/sandbox/rm/timeEntries';
import { guid, SEED } from '../test/sandbox/smenso/state';

const ROOT = path.resolve(__dirname, '..');
/** RM's largest page (spec §2.1); smenso has no paging, one request carries the whole list. */
const RM_MAX_PAGE = 1000;
/** RM's page size when a request names none (spec §2.1). */
const RM_DEFAULT_PAGE = 20;

const HELP = `npm run bench [-- --flag=value ...]   (flags win over environment variables)

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
`;

function option(flag: string, env: string, fallback: string): string {
	const arg = process.argv.slice(2).find((a) => a.startsWith(`--${flag}=`));
	return arg ? arg.slice(flag.length + 3) : (process.env[env] ?? fallback);
}

function count(flag: string, env: string, fallback: number): number {
	const raw = option(flag, env, String(fallback));
	const value = Number(raw.replace(/_/g, ''));
	if (!Number.isInteger(value) || value < 0) throw new Error(`--${flag} / ${env} must be a whole number: ${raw}`);
	return value;
}

interface Config {
	rm: number;
	smenso: number;
	scale: number[];
	latencyMs: number;
	runs: number;
	singleRunAbove: number;
	http: boolean;
	out: string;
}

function readConfig(): Config {
	const scale = option('scale', 'BENCH_SCALE', '1000,10000,100000')
		.split(',')
		.filter((s) => s.trim())
		.map((s) => Number(s.trim().replace(/_/g, '')));
	if (scale.some((s) => !Number.isInteger(s) || s < 1)) throw new Error('--scale / BENCH_SCALE: comma-separated whole numbers');
	const config: Config = {
		rm: count('rm', 'BENCH_RM', 100_000),
		smenso: count('smenso', 'BENCH_SMENSO', 20_000),
		scale,
		latencyMs: count('latency', 'BENCH_LATENCY_MS', 50),
		runs: Math.max(1, count('runs', 'BENCH_RUNS', 5)),
		singleRunAbove: count('single-run-above', 'BENCH_SINGLE_RUN_ABOVE', 200),
		http: !/^(false|0|no|off)$/i.test(option('http', 'BENCH_HTTP', 'true')),
		out: path.resolve(ROOT, option('out', 'BENCH_OUT', 'BENCHMARKS.md')),
	};
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
			{ service, size, key: 'limit', label: 'Limit: fetch, whole list', scenario: 'limit', expected: 1 },
			{ service, size, key: 'node', label: 'This package: Return All', scenario: 'node', expected: 1 },
		];
		if (config.http) plans.push({ service, size, key: 'http', label: 'HTTP Request node', scenario: 'http', expected: 1 });
		return plans;
	}
	const pages = (perPage: number) => Math.max(1, Math.ceil(size / perPage));
	const plans: Plan[] = [
		{ service, size, key: 'limit', label: `Limit: fetch loop, per_page=${RM_MAX_PAGE}`, scenario: 'limit', expected: pages(RM_MAX_PAGE) },
		{ service, size, key: 'node', label: 'This package: Return All', scenario: 'node', expected: pages(RM_MAX_PAGE) },
	];
	if (config.http) {
		plans.push(
			{ service, size, key: 'httpDefault', label: `HTTP Request + Split Out, default page (${RM_DEFAULT_PAGE})`, scenario: 'http', expected: pages(RM_DEFAULT_PAGE) },
			{ service, size, key: 'http1000', label: `HTTP Request + Split Out, per_page=${RM_MAX_PAGE}`, scenario: 'http', perPage: RM_MAX_PAGE, expected: pages(RM_MAX_PAGE) },
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
		entries.set(id, timeEntryRecord(sandbox.rm, {
			id,
			user_id: RM_SEED.firstUserId + (i % RM_SEED.userCount),
			assignable_id: RM_SEED.firstProjectId + (i % RM_SEED.projectCount),
			date,
			hours: 1 + (i % 8),
			notes: i % 3 === 0 ? `Benchmark entry ${i}` : null,
		}));
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
 * Transpiles the worker and what it imports (nodes, credentials, test harness) to JavaScript
 * under node_modules/.cache, so a worker runs without ts-node (whose compiler would add tens of
 * MB to every RSS figure) and still finds the project's node_modules.
 */
function compileWorker(): string {
	const out = path.join(ROOT, 'node_modules', '.cache', 'n8n-nodes-resource-planning-bench');
	fs.rmSync(out, { recursive: true, force: true });
	// The package's compiler options (CommonJS, esModuleInterop) with the tests' ES2022 target.
	const tsconfig = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
	const { options } = ts.convertCompilerOptionsFromJson({ ...tsconfig.compilerOptions, target: 'es2022' }, ROOT);
	const files: string[] = [path.join(ROOT, 'scripts', 'bench-worker.ts')];
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) files.push(full);
		}
	};
	for (const dir of ['nodes', 'credentials', path.join('test', 'harness')]) walk(path.join(ROOT, dir));
	for (const file of files) {
		const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
			compilerOptions: { ...options, sourceMap: false },
			fileName: file,
		});
		const target = path.join(out, path.relative(ROOT, file)).replace(/\.ts$/, '.js');
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.writeFileSync(target, outputText);
	}
	return path.join(out, 'scripts', 'bench-worker.js');
}

// ---------------------------------------------------------------------------------------------
// Running

interface Result {
	plan: Plan;
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
}

/** A run that takes longer than this is stuck (the slowest default run takes about 5 minutes). */
const WORKER_TIMEOUT_MS = 20 * 60_000;

function runWorker(workerJs: string, task: WorkerTask, plan: Plan, sandbox: ResourcePlanningSandbox, userFolder: string): Promise<Result> {
	const result: Result = { plan, runs: task.runs, times: [], requests: [], items: [], details: [], maxRssKb: 0, loadedRssBytes: 0 };
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
					child.send('go');
					break;
				case 'done':
					if (message.run < 0) {
						result.coldMs = message.ms;
						result.warmUpRequests = sandbox.requests.length;
						result.warmUpItems = message.items;
						break;
					}
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
const seconds = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const thousands = (n: number) => n.toLocaleString('en-US');

function limitOf(results: Result[], r: Result): Result | undefined {
	return results.find((x) => x.plan.service === r.plan.service && x.plan.size === r.plan.size && x.plan.key === 'limit' && !x.error);
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
		const requests = [...new Set([...r.requests, ...(r.warmUpRequests === undefined ? [] : [r.warmUpRequests])])];
		const items = [...new Set([...r.items, ...(r.warmUpItems === undefined ? [] : [r.warmUpItems])])];
		out.push({
			ok: requests.length === 1 && requests[0] === r.plan.expected,
			text: `${where}: ${requests.join('/')} requests per run, expected ${thousands(r.plan.expected)} = ceil(${thousands(r.plan.size)} / ${r.plan.service === 'smenso' ? 'whole list' : r.plan.perPage ?? (r.plan.key === 'httpDefault' ? RM_DEFAULT_PAGE : RM_MAX_PAGE)})`,
		});
		out.push({ ok: items.length === 1 && items[0] === r.plan.size, text: `${where}: ${items.join('/')} items out, expected ${thousands(r.plan.size)}` });
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
			rows.push(`| ${service} | ${thousands(r.plan.size)} | ${r.plan.label} | | | failed: ${r.error.replace(/\|/g, '/').slice(0, 120)} | | | | | |`);
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
	const rows = [`| Records | ${keys.map(label).join(' | ')} |`, `| ---: | ${keys.map(() => '---:').join(' | ')} |`];
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
		return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
	} catch {
		return 'unknown';
	}
}

function report(config: Config, results: Result[], totalMs: number, runtimeDir: string | undefined, load: number[]): string {
	const cpus = os.cpus();
	const find = (service: Service, key: string) =>
		results.find((r) => r.plan.service === service && r.plan.size === (service === 'rm' ? config.rm : config.smenso) && r.plan.key === key && !r.error);
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
	const split = http1000 ? median(http1000.times) - median(http1000.details.map((d) => d?.httpMs ?? 0)) : undefined;
	const failed = checks(results).filter((c) => !c.ok);
	const summary: string[] = [];
	if (config.rm) {
		summary.push(`- RM, ${thousands(config.rm)} time entries: this package's Return All is ${quote('rm', 'node')}; the limit: ${quote('rm', 'limit')}.`);
		if (httpDefault && node) {
			summary.push(
				`- The HTTP Request node set up as n8n's docs suggest (page number, the API's default page size) is ${quote('rm', 'httpDefault')}, ${(median(httpDefault.times) / median(node.times)).toFixed(0)} times the node's time.`,
			);
		}
		if (http1000) {
			summary.push(`- With \`per_page=1000\` the HTTP Request node is ${quote('rm', 'http1000')}${split === undefined ? '' : `, of which Split Out ${seconds(split)}`}.`);
		}
	}
	if (config.smenso) {
		summary.push(`- smenso, ${thousands(config.smenso)} time records: this package's Return All is ${quote('smenso', 'node')}; the limit: ${quote('smenso', 'limit')}${find('smenso', 'http') ? `; the HTTP Request node is ${quote('smenso', 'http')}` : ''}.`);
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
		`- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, ${os.type()} ${os.release()} (${os.arch()}); load average ${load.map((l) => l.toFixed(1)).join(' / ')} at the start / end of the run (other work on the machine makes the numbers noisier).`,
		`- Node.js ${process.version}; n8n-core ${versionOf(ROOT, 'n8n-core')}, n8n-workflow ${versionOf(ROOT, 'n8n-workflow')}${runtimeDir ? `; HTTP Request and Split Out from n8n-nodes-base ${versionOf(runtimeDir, 'n8n-nodes-base')} (the cached n8n ${N8N_VERSION} runtime)` : ''}.`,
		`- Dataset: ${config.rm ? `${thousands(config.rm)} Resource Management time entries (\`GET /api/v1/time_entries\`, paged: at most ${thousands(RM_MAX_PAGE)} a page, ${RM_DEFAULT_PAGE} when the request names no page size; scaling rows at ${sizesUpTo(config.rm, config.scale).map(thousands).join(', ')})` : 'no RM'}; ${config.smenso ? `${thousands(config.smenso)} smenso time records of one project (\`GET …/timerecord/json/{projectId}\`; smenso has no paging, one answer holds the whole list; scaling rows at ${sizesUpTo(config.smenso, config.scale).map(thousands).join(', ')}). Time records are what reports pull in bulk from both services, so the two compare.` : 'no smenso'}`,
		`- Latency: every answer leaves the sandbox ${config.latencyMs} ms after its request arrived (the sandbox's own work counts toward it).`,
		`- Wall time: median of ${config.runs} timed runs after one untimed warm-up run in the same process (shown as "Cold first run"). A scenario that needs more than ${config.singleRunAbove} requests per run runs once, cold (Runs = 1).`,
		'',
		'## Results',
		'',
		fullTable(results),
		'',
		...(config.rm ? ['### How cost grows: RM time entries', '', 'Median wall time · requests · ratio to the limit.', '', scalingTable(results, 'rm'), ''] : []),
		...(config.smenso ? ['### How cost grows: smenso time records', '', 'Median wall time · requests · ratio to the limit.', '', scalingTable(results, 'smenso'), ''] : []),
		'## In short',
		'',
		...summary,
		'',
		'## How it is measured',
		'',
		"- The sandbox (`test/sandbox`) runs in the benchmark's main process with the seeded records. Each scenario runs in a fresh child process (`scripts/bench-worker.ts`, transpiled to JavaScript first, so no TypeScript compiler sits in its memory). Peak RSS is the child's `process.resourceUsage().maxRSS` over all its runs (garbage collected between runs), so the sandbox is not counted; \"RSS before the run\" is the child after loading its modules: the fixed cost of n8n-core, n8n-workflow and the node code.",
		'- Wall time is taken inside the child around one execution (no process start-up, no module loading). The sandbox counts the requests of every run.',
		`- The limit: a plain \`fetch\` loop (Node's built-in client keeps connections alive) that asks for ${thousands(RM_MAX_PAGE)} records a page, follows \`paging.next\` and keeps the parsed records in an array; for smenso one \`fetch\` of the whole list.`,
		"- This package: Time Entry → Get Many with Return All, executed by n8n-core's real `RoutingNode` with n8n's HTTP stack and expression evaluation (`test/harness/run-node.ts`), one input item.",
		"- The HTTP Request node (the version n8n puts into new workflows) runs in-process through its own `execute()` in n8n-core's real `ExecuteContext`, with the same workflow and credential plumbing as the node harness and a Header Auth credential. Its pagination is set up as n8n's docs describe: mode \"Update a Parameter in Each Request\", query parameter `page` = `{{ $pageCount + 1 }}`, and \"Pagination Complete When\" = Other, `{{ $response.body.paging.next === null }}` (the default, \"Response Is Empty\", never ends on RM: a page past the end is `{data: [], paging: …}`, not empty). The page size is the API's default unless `per_page=1000` is added as a query parameter. The HTTP node returns one item per page, so a Split Out node on `data` follows, timed with it, to give one item per record as this package's node does. smenso answers a JSON array, which the HTTP node already splits into items.",
		"- What these measurements changed in the nodes: the request runner (`nodes/shared/transport.ts`) used to copy every output item to add its `pairedItem`; the copy was its largest own cost at 100,000 records (CPU profile), and it now sets the field on the items it has just created. What is left between the node and the limit is n8n's own: a fixed cost per execution (RoutingNode evaluates every parameter of the node, a few milliseconds) and n8n's HTTP client in place of `fetch`.",
		"- Limit of n8n itself: RoutingNode appends a node's items to its output with one spread call, which V8 caps at about 125,000 items, so one Return All of more records fails in n8n with \"Maximum call stack size exceeded\". Read larger lists in slices (From/To dates).",
		'',
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
	say(`RM ${thousands(config.rm)}, smenso ${thousands(config.smenso)}, latency ${config.latencyMs} ms, ${config.runs} runs`);

	// The HTTP Request node comes from the real n8n runtime (downloaded only if missing).
	const runtime = config.http ? ensureRuntime({ quiet: true }) : undefined;
	const nodesBaseDir = runtime ? path.join(runtime.dir, 'node_modules', 'n8n-nodes-base', 'dist') : undefined;
	const workerJs = compileWorker();
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-bench-'));

	const results: Result[] = [];
	const jobs: Array<{ service: Service; size: number }> = [
		...sizesUpTo(config.rm, config.scale).map((size) => ({ service: 'rm' as const, size })),
		...sizesUpTo(config.smenso, config.scale).map((size) => ({ service: 'smenso' as const, size })),
	];
	try {
		for (const { service, size } of jobs) {
			const sandbox = await startSandbox({ latencyMs: config.latencyMs });
			try {
				const projectId = service === 'rm' ? (seedRm(sandbox, size), undefined) : seedSmenso(sandbox, size);
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
	} finally {
		fs.rmSync(userFolder, { recursive: true, force: true });
	}

	const totalMs = Date.now() - started;
	const markdown = report(config, results, totalMs, runtime?.dir, [loadAtStart, os.loadavg()[0]]);
	fs.writeFileSync(config.out, markdown);
	process.stdout.write(`\n${fullTable(results)}\n\n`);
	const failed = checks(results).filter((c) => !c.ok);
	for (const check of failed) say(`CHECK FAILED: ${check.text}`);
	say(`wrote ${path.relative(process.cwd(), config.out) || config.out}; total ${seconds(totalMs)}`);
	if (failed.length) process.exitCode = 1;
}

main().catch((error: Error) => {
	process.stderr.write(`[bench] ${error.stack ?? error.message}\n`);
	process.exit(1);
});
