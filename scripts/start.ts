/**
 * `npm start`: the package in a real n8n editor, wired to the sandbox.
 *   1. builds the package and makes sure the pinned n8n is installed (scripts/n8n-runtime.ts;
 *      the first run on a machine installs it into the user's cache, about 4 minutes);
 *   2. starts the sandbox with its demo data on a fixed port (SANDBOX_PORT, default 4010);
 *   3. installs the packed package into a demo n8n user folder (kept between runs in
 *      <runtime dir>/demo-user, or N8N_DEMO_USER_FOLDER) and imports a credential per API
 *      plus the workflows of test/e2e/workflows (re-imported on every start): the demo-*.json
 *      ones are the demos, the others are what the e2e tests run;
 *   4. starts the editor on http://localhost:5678 (N8N_PORT) with telemetry and every call to
 *      n8n's servers off, and prints the login.
 * Ctrl-C stops n8n and the sandbox.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startSandbox } from '../test/sandbox';
import { rmWebhooks } from '../test/sandbox/rm/webhooks';
import { DEMO_OWNER, loadWorkflows, N8n, workflowFiles, type Json, type N8nServer } from '../test/e2e/n8n';
import { allCredentials, allPlaceholders } from '../test/e2e/services';
import { buildPackage } from './install-package';
import { ensureRuntime } from './n8n-runtime';

const WORKFLOWS = path.resolve(__dirname, '../test/e2e/workflows');
const PUBLIC_URL = 'https://n8n.sandbox.test';

function say(text: string) {
	process.stdout.write(`[start] ${text}\n`);
}

async function main() {
	const rt = ensureRuntime();
	if (process.env.N8N_DEMO_SKIP_BUILD !== 'true') buildPackage();

	const sandbox = await startSandbox({ port: Number(process.env.SANDBOX_PORT ?? 4010) });
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
		const userFolder = path.resolve(process.env.N8N_DEMO_USER_FOLDER || path.join(rt.dir, 'demo-user'));
		fs.mkdirSync(userFolder, { recursive: true });
		const n8n = await N8n.create({ userFolder });
		const credentials = allCredentials(sandbox);
		await n8n.importCredentials(credentials);
		const workflows = loadWorkflows(workflowFiles(WORKFLOWS), allPlaceholders(sandbox));
		await n8n.importWorkflows(workflows);
		say(`n8n user folder ${userFolder}: ${credentials.length} credentials, ${workflows.length} workflows imported`);

		// Resource Management only calls https webhook URLs with a public host. n8n believes it is
		// reachable at PUBLIC_URL (as behind a TLS proxy); the sandbox delivers there to the local port.
		const port = Number(process.env.N8N_PORT ?? 5678);
		rmWebhooks(sandbox.rm).deliverVia[PUBLIC_URL] = `http://127.0.0.1:${port}`;
		say('starting n8n ...');
		server = await n8n.start({ port, echo: true, env: { N8N_WEBHOOK_URL: `${PUBLIC_URL}/` } });
		server.process.on('exit', (code) => {
			if (!stopping) {
				say(`n8n exited (${code})`);
				void stop(code ?? 1);
			}
		});
		const link = (w: Json) => `${server?.url}/workflow/${String(w.id)}  ${String(w.name)}`;
		const isDemo = (w: Json) => String(w.name).startsWith('Demo: ');
		process.stdout.write(
			[
				'',
				'='.repeat(72),
				`n8n editor:  ${server.url}`,
				`login:       ${DEMO_OWNER.email} / ${DEMO_OWNER.password}`,
				`demos:       ${workflows.filter(isDemo).sort((a, b) => String(a.id).localeCompare(String(b.id))).map(link).join('\n             ')}`,
				`test runs:   ${workflows.filter((w) => !isDemo(w)).map(link).join('\n             ')}`,
				`sandbox:     ${sandbox.url} (fresh demo data on every start; credentials point here)`,
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

void main();
