/**
 * Debian packages the test harnesses need beyond npm (chromium for the editor test, redis-server
 * for the queue-mode tests): installed with apt-get when missing and this process runs as root,
 * as CI's fresh machines do; otherwise the caller is told how to install it by hand.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

function run(say: (text: string) => void, label: string, command: string, args: string[]): boolean {
	const started = Date.now();
	say(`${label} ...`);
	const result = spawnSync(command, args, {
		stdio: ['ignore', 'ignore', 'pipe'],
		encoding: 'utf8',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status !== 0) {
		say(
			`${label} failed after ${seconds} s (exit ${result.status}):\n${(result.stderr ?? '').trim().split('\n').slice(-15).join('\n')}`,
		);
		return false;
	}
	say(`${label}: ${seconds} s`);
	return true;
}

/**
 * Makes sure `binary` exists, installing Debian's `pkg` when it does not. Never throws; answers
 * whether the binary is there, or why not (ready to print).
 */
export function ensureDebianPackage(
	pkg: string,
	binary: string,
	say: (text: string) => void,
): { ok: true } | { ok: false; why: string } {
	if (fs.existsSync(binary)) return { ok: true };
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	const apt = ['/usr/bin/apt-get', '/bin/apt-get'].find((candidate) => fs.existsSync(candidate));
	if (!root || !apt) {
		return {
			ok: false,
			why: `no ${binary}, and ${root ? 'no apt-get on this machine' : 'not running as root'}, so it cannot be installed here`,
		};
	}
	const started = Date.now();
	say(`no ${binary}: installing Debian's ${pkg} (once per machine)`);
	// Wait for another apt/dpkg run (e.g. a parallel CI job) instead of failing on its lock.
	const lock = ['-o', 'DPkg::Lock::Timeout=600'];
	// A failed update may still leave usable package lists: try the install either way.
	run(say, 'apt-get update', apt, [...lock, 'update']);
	run(say, `apt-get install -y ${pkg}`, apt, [...lock, 'install', '-y', pkg]);
	if (!fs.existsSync(binary))
		return { ok: false, why: `still no ${binary} after apt-get install ${pkg}` };
	say(`installed ${binary} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
	return { ok: true };
}
