/**
 * Port checks for `npm start`: before anything slow runs (n8n install, build, pack, import), make
 * sure the ports n8n and the sandbox will listen on are free, and say who holds a busy one and
 * which variable moves it.
 *
 * Both servers listen on 127.0.0.1; the editor link says `localhost`, which a browser may resolve
 * to ::1 first, so a program on [::1]:<port> counts as busy too.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export interface PortRequest {
	port: number;
	/** The environment variable that sets it, e.g. N8N_PORT. */
	variable: string;
	/** What listens there, e.g. "n8n editor". */
	purpose: string;
}

/** A port number from the environment, or `fallback` when the variable is unset or empty. */
export function portFromEnv(
	variable: string,
	fallback: number,
	env: NodeJS.ProcessEnv = process.env,
): number {
	const raw = env[variable]?.trim();
	if (!raw) return fallback;
	const port = Number(raw);
	if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
		throw new Error(`${variable}=${raw} is not a port number (1-65535)`);
	}
	return port;
}

type PortState = 'free' | 'busy' | 'denied';

/** Whether `port` can be listened on at `host`; an address this machine lacks (no IPv6) counts as free. */
async function probe(port: number, host: string): Promise<PortState> {
	return await new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.once('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EADDRINUSE') resolve('busy');
			else if (error.code === 'EACCES') resolve('denied');
			else if (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT') resolve('free');
			else reject(error);
		});
		server.listen({ port, host }, () => server.close(() => resolve('free')));
	});
}

async function portState(port: number): Promise<PortState> {
	const ipv4 = await probe(port, '127.0.0.1');
	return ipv4 === 'free' ? await probe(port, '::1') : ipv4;
}

/** True when nothing listens on `port` on the loopback addresses (IPv4 and IPv6). */
export async function isPortFree(port: number): Promise<boolean> {
	return (await portState(port)) === 'free';
}

/** Inodes of the sockets listening on `port`, from /proc/net/tcp and tcp6 (Linux). */
function listeningInodes(port: number): Set<string> | undefined {
	const inodes = new Set<string>();
	let found = false;
	for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
		let text: string;
		try {
			text = fs.readFileSync(table, 'utf8');
		} catch {
			continue;
		}
		found = true;
		for (const line of text.split('\n').slice(1)) {
			// sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
			const fields = line.trim().split(/\s+/);
			if (fields.length < 10 || fields[3] !== '0A') continue; // 0A: LISTEN
			const localPort = parseInt(fields[1].split(':').pop() ?? '', 16);
			if (localPort === port) inodes.add(fields[9]);
		}
	}
	return found ? inodes : undefined;
}

function describePid(pid: string): string {
	let command = '';
	try {
		command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
	} catch {
		// gone meanwhile, or not ours to read
	}
	if (command.length > 100) command = `${command.slice(0, 97)}...`;
	return command ? `pid ${pid} (${command})` : `pid ${pid}`;
}

/** Linux: the process whose open files include one of the listening sockets. */
function holderFromProc(inodes: Set<string>): string | undefined {
	const targets = new Set([...inodes].map((inode) => `socket:[${inode}]`));
	let pids: string[];
	try {
		pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return undefined;
	}
	for (const pid of pids) {
		let fds: string[];
		try {
			fds = fs.readdirSync(`/proc/${pid}/fd`);
		} catch {
			continue; // another user's process, or gone
		}
		for (const fd of fds) {
			try {
				if (targets.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))) return describePid(pid);
			} catch {
				// closed meanwhile
			}
		}
	}
	return undefined;
}

/** Elsewhere (macOS): lsof, when installed. */
function holderFromLsof(port: number): string | undefined {
	try {
		const output = execFileSync('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-Fpc'], {
			encoding: 'utf8',
			timeout: 3000,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		const pid = /^p(\d+)$/m.exec(output)?.[1];
		const command = /^c(.+)$/m.exec(output)?.[1];
		if (pid) return command ? `pid ${pid} (${command})` : `pid ${pid}`;
	} catch {
		// not installed, or nothing found
	}
	return undefined;
}

/** Which process listens on `port` ("pid 123 (command line)"), when this user can find out cheaply. */
export function portHolder(port: number): string | undefined {
	const inodes = listeningInodes(port);
	if (inodes === undefined) return holderFromLsof(port);
	// Inode 0: the socket belongs to a process this user may not inspect.
	inodes.delete('0');
	return inodes.size ? holderFromProc(inodes) : undefined;
}

/** The first free port after `port` that none of `taken` uses. */
async function nextFreePort(port: number, taken: number[]): Promise<number | undefined> {
	for (let candidate = port + 1; candidate <= Math.min(port + 50, 65535); candidate++) {
		if (!taken.includes(candidate) && (await isPortFree(candidate))) return candidate;
	}
	return undefined;
}

/**
 * Problems with the requested ports, one message each (empty when all are usable): a port two
 * servers would share, or one that something else already listens on.
 */
export async function portProblems(requests: PortRequest[]): Promise<string[]> {
	const problems: string[] = [];
	const wanted = requests.map((request) => request.port);
	for (const [index, request] of requests.entries()) {
		const clash = requests.slice(0, index).find((other) => other.port === request.port);
		if (clash) {
			problems.push(
				`${clash.variable} and ${request.variable} are both ${request.port}: give them different ports.`,
			);
			continue;
		}
		const state = await portState(request.port);
		if (state === 'free') continue;
		if (state === 'denied') {
			problems.push(
				`port ${request.port} (${request.purpose}) needs root to listen on: set ${request.variable} to a port above 1023.`,
			);
			continue;
		}
		const holder = portHolder(request.port);
		const suggestion = await nextFreePort(request.port, wanted);
		problems.push(
			[
				`port ${request.port} (${request.purpose}) is already in use${holder ? ` by ${holder}` : ''}.`,
				`Stop that program, or set ${request.variable} to a free port${suggestion ? `, e.g. ${request.variable}=${suggestion} npm start` : ''}.`,
			].join(' '),
		);
	}
	return problems;
}

/** Throws one error naming every busy port, its holder and the variable to set. */
export async function checkPorts(requests: PortRequest[]): Promise<void> {
	const problems = await portProblems(requests);
	if (problems.length) throw new Error(problems.join('\n'));
}
