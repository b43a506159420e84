/**
 * `npm start`: the package in a real n8n editor, wired to the sandbox.
 *   1. checks that the ports are free (N8N_PORT, default 5678; SANDBOX_PORT, default 4010) and
 *      stops at once, naming the program that holds a busy one (dev/ports.ts);
 *   2. builds the package and makes sure the pinned n8n is installed (dev/n8n/runtime.ts;
 *      the first run on a machine installs it into the user's cache, about 4 minutes);
 *   3. starts the sandbox with its demo data on SANDBOX_PORT;
 *   4. installs the packed package into a demo n8n user folder (kept between runs in
 *      <runtime dir>/demo-user, or N8N_DEMO_USER_FOLDER) and imports the demo credentials (one
 *      per API) and the demo workflows (test/e2e/workflows/demo-*.json), replacing the previous
 *      start's copies; the user's own credentials and workflows stay;
 *   5. starts the editor on http://localhost:<N8N_PORT> with telemetry and every call to n8n's
 *      servers off, removes the test fixtures an older version imported into the folder, and
 *      prints the login.
 * Ctrl-C stops n8n and the sandbox.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_OWNER, N8n, type Json, type N8nServer } from '../dev/n8n/n8n';
import { buildPackage } from '../dev/n8n/installPackage';
import { ensureRuntime } from '../dev/n8n/runtime';
import { startDemo } from '../dev/demo';
import { checkPorts, portFromEnv } from '../dev/ports';
import { startSandbox } from '../test/sandbox';
import { rmWebhooks } from '../test/sandbox/rm/webhooks';

const PUBLIC_URL = 'https://n8n.sandbox.test';

/**
 * n8n settings that keep the start-up output to what matters (each one can be overridden from
 * the environment). What no setting can silence is explained in the README's Troubleshooting.
 */
const QUIET_ENV: Record<string, string> = {
	// (N8N_LOG_LEVEL stays at info: n8n prints "Editor is now accessible" at that level, and
	// N8nServer.ready() waits for it.)
	// Deprecation notes that only ask for the current default to be set explicitly.
	N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
	N8N_RUNNERS_TASK_TIMEOUT: '300',
	N8N_COMPRESSION_NODE_MAX_DECOMPRESSED_SIZE_BYTES: String(2 * 1024 ** 3),
	N8N_COMPRESSION_NODE_MAX_ZIP_ENTRIES: '5000',
	// "Automatic license renewal is disabled": the demo has no license, and n8n's license SDK
	// only contacts its server to renew a certificate that exists and is due, so this stays offline.
	N8N_LICENSE_AUTO_RENEW_ENABLED: 'true',
};

function quietEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
	return Object.fromEntries(
		Object.entries(QUIET_ENV).map(([name, value]) => [name, env[name] || value]),
	);
}

function say(text: string) {
	process.stdout.write(`[start] ${text}\n`);
}

async function main() {
	let n8nPort: number;
	let sandboxPort: number;
	try {
		n8nPort = portFromEnv('N8N_PORT', 5678);
		sandboxPort = portFromEnv('SANDBOX_PORT', 4010);
		// Before the slow steps: a busy port would otherwise only show after build, pack and import.
		await checkPorts([
			{ port: n8nPort, variable: 'N8N_PORT', purpose: 'n8n editor' },
			{ port: sandboxPort, variable: 'SANDBOX_PORT', purpose: 'sandbox' },
		]);
	} catch (error) {
		process.stderr.write(`[start] ${(error as Error).message.split('\n').join('\n[start] ')}\n`);
		process.exit(1);
	}

	const rt = ensureRuntime();
	if (process.env.N8N_DEMO_SKIP_BUILD !== 'true') buildPackage();

	const sandbox = await startSandbox({ port: sandboxPort });
	say(`sandbox on ${sandbox.url}`);
	let server: N8nServer | undefined;
	let stopping = false;
	const stop = async (code: number) => {
		if (stopping) return;
		stopping = true;
		say('stopping n8n and the sandbox ...');
		await server?.stop();
		await sandbox.close();
		process.exit(code);
	};
	process.on('SIGINT', () => void stop(0));
	process.on('SIGTERM', () => void stop(0));

	try {
		const userFolder = path.resolve(
			process.env.N8N_DEMO_USER_FOLDER || path.join(rt.dir, 'demo-user'),
		);
		fs.mkdirSync(userFolder, { recursive: true });
		const n8n = await N8n.create({ userFolder });

		// Resource Management only calls https webhook URLs with a public host. n8n believes it is
		// reachable at PUBLIC_URL (as behind a TLS proxy); the sandbox delivers there to the local port.
		rmWebhooks(sandbox.rm).deliverVia[PUBLIC_URL] = `http://127.0.0.1:${n8nPort}`;
		say(`importing the demo into the n8n user folder ${userFolder} and starting n8n ...`);
		const demo = await startDemo(n8n, sandbox, {
			port: n8nPort,
			echo: true,
			env: quietEnv(),
			webhookUrl: `${PUBLIC_URL}/`,
		});
		server = demo.server;
		say(`${demo.credentials.length} credentials and ${demo.workflows.length} workflows imported`);
		if (demo.removed.credentials.length || demo.removed.workflows.length) {
			say(
				`removed what an older version had imported for the tests: credentials ${demo.removed.credentials.join(', ') || '-'}; workflows ${demo.removed.workflows.join(', ') || '-'}`,
			);
		}
		server.process.on('exit', (code) => {
			if (!stopping) {
				say(`n8n exited (${code})`);
				void stop(code ?? 1);
			}
		});
		const link = (w: Json) => `${server?.url}/workflow/${String(w.id)}  ${String(w.name)}`;
		process.stdout.write(
			[
				'',
				'='.repeat(72),
				`n8n editor:  ${server.url}   <- open this in your browser`,
				`login:       ${DEMO_OWNER.email} / ${DEMO_OWNER.password}`,
				`demos:       ${demo.workflows
					.slice()
					.sort((a, b) => String(a.id).localeCompare(String(b.id)))
					.map(link)
					.join('\n             ')}`,
				`sandbox:     ${sandbox.url} (fresh demo data on every start; the sandbox credentials point here)`,
				`webhooks:    the sandbox delivers Resource Management events for ${PUBLIC_URL} to this n8n`,
				'Open a demo and click "Execute workflow". Ctrl-C stops n8n and the sandbox.',
				'='.repeat(72),
				'',
			].join('\n'),
		);
	} catch (error) {
		process.stderr.write(`[start] failed: ${(error as Error).message}\n`);
		await stop(1);
	}
}

if (require.main === module) void main();
