/**
 * Once per queue-mode run: the pinned n8n runtime, Redis, and the package built and packed (the
 * cluster installs the tarball into its user folder, as the e2e tests do).
 */
import { ensureRuntime } from '../../dev/n8n/runtime';
import { packForRun } from '../../dev/n8n/installPackage';
import { ensureRedisServer } from '../../dev/queue/redis';

export default async function globalSetup(): Promise<void> {
	process.stdout.write('\n');
	const rt = ensureRuntime();
	// Stops here, saying how to install it, rather than in the first test's cluster start.
	ensureRedisServer();
	packForRun(rt, 'n8n-queue-pack-');
}
