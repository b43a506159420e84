/**
 * Redis for n8n's queue: Debian's redis-server (installed when missing, see debianPackage.ts),
 * on loopback, a free port, no persistence. One server per test run; stop() ends it.
 */
import { ensureDebianPackage } from '../debianPackage';
import { freePort, startDaemon, type Daemon } from '../process';

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

export interface Redis extends Daemon {
	port: number;
	n8nEnv: Record<string, string>;
}

/** Makes sure REDIS_SERVER exists (installing Debian's redis-server as root); throws how to get it if not. */
export function ensureRedisServer(): void {
	const found = ensureDebianPackage('redis-server', REDIS_SERVER, (text) =>
		process.stdout.write(`[redis] ${text}\n`),
	);
	if (!found.ok) {
		throw new Error(
			`${found.why}. Install it with \`sudo apt-get install -y redis-server\`, or point REDIS_SERVER_PATH at a redis-server binary.`,
		);
	}
}

export async function startRedis(): Promise<Redis> {
	ensureRedisServer();
	const port = await freePort();
	// Only loopback, nothing written to disk, no background saves.
	const args = [
		'--port',
		String(port),
		'--bind',
		'127.0.0.1',
		'--save',
		'',
		'--appendonly',
		'no',
		'--protected-mode',
		'yes',
		'--dir',
		'/tmp',
	];
	const daemon = await startDaemon({
		name: 'redis',
		command: REDIS_SERVER,
		args,
		ready: (log) => log.includes('Ready to accept connections'),
	});
	return { ...daemon, port, n8nEnv: redisEnv('127.0.0.1', port) };
}

/** n8n's settings for its queue. */
export const redisEnv = (host: string, port: number): Record<string, string> => ({
	QUEUE_BULL_REDIS_HOST: host,
	QUEUE_BULL_REDIS_PORT: String(port),
});
