/**
 * Once per e2e run: make sure the n8n under test (dev/n8n/runtime.ts, cached outside the
 * clone: 2.41.1, or N8N_E2E_VERSION's runtime) and the editor test's browser (chromium.ts) are
 * installed, build the package and pack it. Test files install the tarball into their own n8n
 * user folder (N8n.create()).
 */
import { ensureRuntime } from '../../dev/n8n/runtime';
import { packForRun } from '../../dev/n8n/installPackage';
import { ensureChromium } from './chromium';
import { e2eSubset, e2eVersion } from '../../dev/n8n/versions';

export default async function globalSetup(): Promise<void> {
	process.stdout.write(
		`\n[e2e] n8n ${e2eVersion()}${e2eSubset() ? ' (the subset of jest.e2e-1x.config.js)' : ''}\n`,
	);
	const rt = ensureRuntime({ version: e2eVersion() });
	ensureChromium();
	packForRun(rt, 'n8n-e2e-pack-');
}
