/**
 * The browser of editor.e2e.test.ts: Debian's chromium (Playwright's own browser downloads do not
 * work on the machines this runs on). The e2e global setup installs it with apt-get when it is
 * missing and this process runs as root; otherwise it says so, and the editor test fails.
 */
import fs from 'node:fs';
import { ensureDebianPackage } from '../../dev/debianPackage';

/** Where the editor test looks for the browser (CHROMIUM_PATH overrides). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function say(text: string) {
	process.stdout.write(`[chromium] ${text}\n`);
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
	const manual =
		'Install it with `sudo apt-get install -y chromium`, or point CHROMIUM_PATH at a Chromium binary.';
	if (process.env.CHROMIUM_PATH) {
		say(`CHROMIUM_PATH=${CHROMIUM} does not exist: the editor test will FAIL. ${manual}`);
		return;
	}
	const found = ensureDebianPackage('chromium', CHROMIUM, say);
	if (found.ok) say(`using ${CHROMIUM}`);
	else say(`${found.why}: the editor test (test/e2e/editor.e2e.test.ts) will FAIL. ${manual}`);
}

if (require.main === module) ensureChromium();
