/**
 * Long-running processes of the queue-mode harness (Redis, PostgreSQL, the n8n processes): each in
 * a process group of its own, so stopping it also stops its children (n8n's task runners), with
 * its output kept for the tests to read. A process left running when this one exits is killed.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const running = new Set<number>();
process.on('exit', () => {
	for (const pid of running) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			// already gone
		}
	}
});

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
	const child = spawn(spec.command, spec.args, { ...spec.options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	const pid = child.pid;
	if (pid) running.add(pid);
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
	void exited.then(() => {
		if (pid) running.delete(pid);
	});

	let stopped = false;
	const stop = async () => {
		if (stopped) return;
		stopped = true;
		if (pid && exitCode === undefined) {
			try {
				process.kill(-pid, 'SIGTERM');
			} catch {
				// already gone
			}
			const killer = setTimeout(() => {
				try {
					process.kill(-pid, 'SIGKILL');
				} catch {
					// already gone
				}
			}, 15_000);
			await exited;
			clearTimeout(killer);
		}
		spec.onStopped?.();
	};
	const daemon: Daemon = { name: spec.name, process: child, log: () => output, stop };

	const timeoutMs = spec.readyTimeoutMs ?? 60_000;
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (exitCode !== undefined) {
			await stop();
			throw new Error(`${spec.name} exited (${exitCode}) before it was ready:\n${tail(output)}`);
		}
		if (await spec.ready(output)) return daemon;
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`${spec.name} was not ready within ${timeoutMs} ms:\n${tail(output)}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

export function tail(text: string, lines = 40): string {
	return text.split('\n').slice(-lines).join('\n');
}
