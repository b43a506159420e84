/* Starts the sandbox from a shell: `npm run sandbox` (port from SANDBOX_PORT, default 4010). */
import { RM_TOKEN, startSandbox, SMENSO_TOKENS } from './index';

async function main() {
	const sandbox = await startSandbox({ port: Number(process.env.SANDBOX_PORT ?? 4010) });
	process.stdout.write(
		[
			`Sandbox listening on ${sandbox.url}`,
			`smenso   base URL: ${sandbox.smensoBaseUrl}`,
			`         admin token:  ${SMENSO_TOKENS.admin}`,
			`         member token: ${SMENSO_TOKENS.member}`,
			`RM       base URL: ${sandbox.rmBaseUrl} (credential region "Custom")`,
			`         token:        ${RM_TOKEN}`,
			'Ctrl-C stops it.',
			'',
		].join('\n'),
	);
	const stop = () => void sandbox.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();
