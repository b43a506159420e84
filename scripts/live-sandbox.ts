/**
 * `npm run test:live:sandbox`: runs the real `npm run test:live` command against our sandbox in
 * every smenso write mode (writes on), then once without credentials, which must skip both
 * services and exit 0. Each mode's report is kept as test-results/live-report-sandbox-<mode>.*.
 */
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { startSandbox } from '../test/sandbox';
import { setRmClock } from '../test/sandbox/rm/state';
import type { SyncShape, WriteMode } from '../test/sandbox/smenso/state';
import { sandboxLiveEnv } from '../test/sandbox/liveEnv';

const MODES: Array<[WriteMode, SyncShape]> = [
	['async', 'envelope'],
	['sync', 'envelope'],
	['sync', 'item'],
	['sync', 'array'],
];

/** Runs `npm run test:live` with `env`; resolves with its exit code and output. */
function testLive(env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', 'test:live'], {
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		for (const stream of [child.stdout, child.stderr]) {
			stream.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				process.stdout.write(chunk);
			});
		}
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}

/** The environment without any of the kit's variables. */
function withoutCredentials(): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !/^(SMENSO_|RM_|LIVE_)/.test(name)),
	);
}

async function main(): Promise<number> {
	const sandbox = await startSandbox();
	// RM stamps with the current time, as the real service does (rm.project.lifecycle).
	setRmClock('wall');
	const failures: string[] = [];
	try {
		for (const [mode, shape] of MODES) {
			sandbox.smenso.writeMode = mode;
			sandbox.smenso.syncShape = shape;
			process.stdout.write(
				`\n=== test:live against the sandbox: smenso writes ${mode} (${shape}) ===\n`,
			);
			const { code } = await testLive({ ...withoutCredentials(), ...sandboxLiveEnv(sandbox) });
			if (code !== 0) failures.push(`${mode}/${shape}: exit ${code}`);
			for (const ext of ['json', 'md'])
				copyFileSync(
					`test-results/live-report.${ext}`,
					`test-results/live-report-sandbox-${mode}-${shape}.${ext}`,
				);
		}
		process.stdout.write('\n=== test:live without credentials ===\n');
		const bare = await testLive(withoutCredentials());
		if (bare.code !== 0) failures.push(`no credentials: exit ${bare.code}`);
		for (const line of ['smenso: skipped: no credentials', 'rm: skipped: no credentials']) {
			if (!bare.output.includes(line)) failures.push(`no credentials: the output lacks "${line}"`);
		}
	} finally {
		await sandbox.close();
	}
	process.stdout.write(
		failures.length
			? `\ntest:live:sandbox failed:\n${failures.join('\n')}\n`
			: `\ntest:live held in ${MODES.length} sandbox modes and skipped without credentials\n`,
	);
	return failures.length ? 1 : 0;
}

void main().then((code) => process.exit(code));
