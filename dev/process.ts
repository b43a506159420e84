/**
 * Child processes of the dev tooling (n8n, Redis, PostgreSQL): each in a process group of its own,
 * so stopping it also stops its children (n8n's task runners). A group still running when this
 * process exits (a crash, process.exit in a test runner) is killed then.
 */
import {
	spawn,
	type ChildProcess,
	type ChildProcessByStdio,
	type SpawnOptions,
} from 'node:child_process';
import type { Readable } from 'node:stream';
import net from 'node:net';

const running = new Set<number>();
process.on('exit', () => {
	for (const pid of running) signalGroup(pid, 'SIGKILL');
});

function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
	try {
		process.kill(-pid, signal);
		return true;
	} catch {
		return false; // already gone
	}
}

/** Spawns `command` in a process group of its own, with stdout and stderr piped. */
export function spawnGroup(
	command: string,
	args: string[],
	options: SpawnOptions = {},
): ChildProcessByStdio<null, Readable, Readable> {
	const child = spawn(command, args, {
		...options,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	const pid = child.pid;
	if (pid) {
		running.add(pid);
		child.on('exit', () => running.delete(pid));
	}
	return child;
}

/** Kills a process group at once (a timeout). */
export function killGroup(child: ChildProcess): void {
	if (child.pid) signalGroup(child.pid, 'SIGKILL');
}

/** Stops a process group: SIGTERM, SIGKILL after 15 s; resolves once `exited` has. */
export async function stopGroup(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
	const pid = child.pid;
	if (!pid || !signalGroup(pid, 'SIGTERM')) return;
	const killer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 15_000);
	await exited;
	clearTimeout(killer);
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

/** The last lines of a process's output, for error messages. */
export function tail(text: string, lines = 40): string {
	return text.split('\n').slice(-lines).join('\n');
}

export interface WaitFor<T> {
	/** Reads the state waited for (a log, an API, a database). */
	read: () => T | Promise<T>;
	/** True once the value read is the one waited for; default: a truthy value. */
	done?: (value: T) => boolean;
	/** What is waited for, for the timeout's message. */
	what: string;
	timeoutMs: number;
	/** Pause between two reads. */
	intervalMs: number;
	/** More for the timeout's message (e.g. the last log lines), from the last value read. */
	extra?: (value: T) => string;
}

/**
 * Reads until `done` holds and answers that value; throws once `timeoutMs` have passed without.
 * A read that throws ends the wait with its error.
 */
export async function waitFor<T>(wait: WaitFor<T>): Promise<T> {
	const done = wait.done ?? Boolean;
	const deadline = Date.now() + wait.timeoutMs;
	for (;;) {
		const value = await wait.read();
		if (done(value)) return value;
		if (Date.now() > deadline) {
			const extra = wait.extra ? `:\n${wait.extra(value)}` : '';
			throw new Error(`timed out after ${wait.timeoutMs} ms waiting for ${wait.what}${extra}`);
		}
		await new Promise((resolve) => setTimeout(resolve, wait.intervalMs));
	}
}

/** Runs a slow step, saying its label before and how long it took after. */
export function timed<T>(say: (text: string) => void, label: string, fn: () => T): T {
	const started = Date.now();
	say(`${label} ...`);
	const result = fn();
	say(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return result;
}

export interface DaemonSpec {
	/** Short name for messages and log prefixes. */
	name: string;
	command: string;
	args: string[];
	options?: SpawnOptions;
	/** True once the output so far shows the process is ready. */
	ready: (log: string) => boolean | Promise<boolean>;
	readyTimeoutMs?: number;
	/** Runs after the process has stopped (e.g. removes its data folder). */
	onStopped?: () => void;
}

export interface Daemon {
	name: string;
	process: ChildProcess;
	/** Everything it printed so far (stdout and stderr). */
	log(): string;
	/** Stops the whole process group: SIGTERM, SIGKILL after 15 s. */
	stop(): Promise<void>;
}

export async function startDaemon(spec: DaemonSpec): Promise<Daemon> {
	const child = spawnGroup(spec.command, spec.args, spec.options);
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	let exitCode: number | null | undefined;
	const exited = new Promise<void>((resolve) => {
		child.on('error', (error) => {
			output += `\n[${spec.name}] ${error.message}\n`;
			exitCode = null;
			resolve();
		});
		child.on('exit', (code) => {
			exitCode = code;
			resolve();
		});
	});

	let stopped = false;
	const stop = async () => {
		if (stopped) return;
		stopped = true;
		if (exitCode === undefined) await stopGroup(child, exited);
		spec.onStopped?.();
	};
	const daemon: Daemon = { name: spec.name, process: child, log: () => output, stop };

	try {
		await waitFor({
			read: async () => {
				if (exitCode !== undefined)
					throw new Error(
						`${spec.name} exited (${exitCode}) before it was ready:\n${tail(output)}`,
					);
				return await spec.ready(output);
			},
			what: `${spec.name} to be ready`,
			timeoutMs: spec.readyTimeoutMs ?? 60_000,
			intervalMs: 200,
			extra: () => tail(output),
		});
	} catch (error) {
		await stop();
		throw error;
	}
	return daemon;
}
