/**
 * The browser of editor.e2e.test.ts: Debian's chromium (Playwright's own browser downloads do not
 * work on the machines this runs on). The e2e global setup installs it with apt-get when it is
 * missing and this process runs as root; otherwise it says so, and the editor test fails.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Where the editor test looks for the browser (CHROMIUM_PATH overrides). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function say(text: string) {
	process.stdout.write(`[chromium] ${text}\n`);
}

function run(label: string, command: string, args: string[]): boolean {
	const started = Date.now();
	say(`${label} ...`);
	const result = spawnSync(command, args, {
		stdio: ['ignore', 'ignore', 'pipe'],
		encoding: 'utf8',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status !== 0) {
		say(`${label} failed after ${seconds} s (exit ${result.status}):\n${(result.stderr ?? '').trim().split('\n').slice(-15).join('\n')}`);
		return false;
	}
	say(`${label}: ${seconds} s`);
	return true;
}

/**
 * Makes sure the browser exists. Never throws: without a browser only the editor test fails
 * (loudly, in its beforeAll), the other e2e tests still run.
 */
export function ensureChromium(): void {
	if (fs.existsSync(CHROMIUM)) {
		say(`using ${CHROMIUM}`);
		return;
	}
	const manual = 'Install it with `sudo apt-get install -y chromium`, or point CHROMIUM_PATH at a Chromium binary.';
	if (process.env.CHROMIUM_PATH) {
		say(`CHROMIUM_PATH=${CHROMIUM} does not exist: the editor test will FAIL. ${manual}`);
		return;
	}
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	const apt = ['/usr/bin/apt-get', '/bin/apt-get'].find((candidate) => fs.existsSync(candidate));
	if (!root || !apt) {
		say(
			`no browser at ${CHROMIUM}, and ${root ? 'no apt-get on this machine' : 'not running as root'}, so it cannot be installed here: ` +
				`the editor test (test/e2e/editor.e2e.test.ts) will FAIL. ${manual}`,
		);
		return;
	}
	const started = Date.now();
	say(`no browser at ${CHROMIUM}: installing Debian's chromium (about 1–2 minutes, once per machine)`);
	// Wait for another apt/dpkg run (e.g. a parallel CI job) instead of failing on its lock.
	const lock = ['-o', 'DPkg::Lock::Timeout=600'];
	// A failed update may still leave usable package lists: try the install either way.
	run('apt-get update', apt, [...lock, 'update']);
	run('apt-get install -y chromium', apt, [...lock, 'install', '-y', 'chromium']);
	if (fs.existsSync(CHROMIUM)) say(`installed ${CHROMIUM} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
	else say(`still no browser at ${CHROMIUM}: the editor test will FAIL. ${manual}`);
}

if (require.main === module) ensureChromium();
