/**
 * dev/ports.ts: `npm start` checks its ports before the slow steps, and a busy port's message
 * names the port, the process holding it (found through /proc on Linux) and the variable to set.
 */
import fs from 'node:fs';
import net from 'node:net';
import { checkPorts, isPortFree, portFromEnv, portHolder, portProblems } from '../dev/ports';
import { freePort } from '../dev/process';

const servers: net.Server[] = [];

/** Listens on a free port of `host` in this process; returns the port. */
async function occupy(host = '127.0.0.1', port = 0): Promise<number> {
	const server = net.createServer();
	servers.push(server);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve());
	});
	return (server.address() as net.AddressInfo).port;
}

const hasProc = fs.existsSync('/proc/net/tcp');

afterEach(async () => {
	await Promise.all(
		servers.splice(0).map(async (server) => await new Promise((resolve) => server.close(resolve))),
	);
});

test('a busy port fails the check with the port, its holder and the variable to set', async () => {
	const port = await occupy();
	const error = await checkPorts([{ port, variable: 'N8N_PORT', purpose: 'n8n editor' }]).then(
		() => undefined,
		(e: Error) => e,
	);
	expect(error).toBeInstanceOf(Error);
	const message = error!.message;
	expect(message).toContain(`port ${port} (n8n editor) is already in use`);
	expect(message).toMatch(
		new RegExp(`set N8N_PORT to a free port, e\\.g\\. N8N_PORT=\\d+ npm start\\.$`),
	);
	if (hasProc) {
		// This test process holds it: /proc names it with its command line.
		expect(message).toContain(`by pid ${process.pid} (`);
		expect(portHolder(port)).toMatch(new RegExp(`^pid ${process.pid} \\(.*node`));
	}
	// The suggested port is free.
	const suggested = Number(/N8N_PORT=(\d+)/.exec(message)![1]);
	expect(suggested).not.toBe(port);
	expect(await isPortFree(suggested)).toBe(true);
});

test('free ports pass; each busy one gets its own line naming its variable', async () => {
	const free = await freePort();
	await expect(
		checkPorts([{ port: free, variable: 'N8N_PORT', purpose: 'n8n editor' }]),
	).resolves.toBeUndefined();

	const busyN8n = await occupy();
	const busySandbox = await occupy();
	const problems = await portProblems([
		{ port: busyN8n, variable: 'N8N_PORT', purpose: 'n8n editor' },
		{ port: busySandbox, variable: 'SANDBOX_PORT', purpose: 'sandbox' },
	]);
	expect(problems).toHaveLength(2);
	expect(problems[0]).toContain(`port ${busyN8n} (n8n editor)`);
	expect(problems[0]).toContain('set N8N_PORT to a free port');
	expect(problems[1]).toContain(`port ${busySandbox} (sandbox)`);
	expect(problems[1]).toContain('set SANDBOX_PORT to a free port');
});

test('a program on [::1] only counts as busy (the editor link says localhost)', async () => {
	let port: number;
	try {
		port = await occupy('::1');
	} catch {
		return; // no IPv6 loopback on this machine
	}
	expect(await isPortFree(port)).toBe(false);
	const [problem] = await portProblems([{ port, variable: 'SANDBOX_PORT', purpose: 'sandbox' }]);
	expect(problem).toContain(`port ${port} (sandbox) is already in use`);
	if (hasProc) expect(problem).toContain(`by pid ${process.pid}`);
});

test('the same port for both servers is reported once, without probing it again', async () => {
	// Busy, so a second probe would add a second "in use" line.
	const port = await occupy();
	const problems = await portProblems([
		{ port, variable: 'N8N_PORT', purpose: 'n8n editor' },
		{ port, variable: 'SANDBOX_PORT', purpose: 'sandbox' },
	]);
	expect(problems).toHaveLength(2);
	expect(problems[0]).toContain(`port ${port} (n8n editor) is already in use`);
	expect(problems[1]).toBe(
		`N8N_PORT and SANDBOX_PORT are both ${port}: give them different ports.`,
	);
});

test('portFromEnv: default when unset or empty, the number when valid, an error naming the variable otherwise', () => {
	expect(portFromEnv('N8N_PORT', 5678, {})).toBe(5678);
	expect(portFromEnv('N8N_PORT', 5678, { N8N_PORT: '' })).toBe(5678);
	expect(portFromEnv('N8N_PORT', 5678, { N8N_PORT: ' 5701 ' })).toBe(5701);
	for (const bad of ['abc', '0', '70000', '56.78', '-1']) {
		expect(() => portFromEnv('SANDBOX_PORT', 4010, { SANDBOX_PORT: bad })).toThrow(
			`SANDBOX_PORT=${bad} is not a port number (1-65535)`,
		);
	}
});
