/**
 * Once per queue-mode run: the pinned n8n runtime, Redis, and the package built and packed (the
 * cluster installs the tarball into its user folder, as the e2e tests do).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureRuntime } from '../../dev/n8n/runtime';
import { buildPackage, packPackage } from '../../dev/n8n/installPackage';
import { ensureDebianPackage } from '../../dev/debianPackage';
import { REDIS_SERVER } from '../../dev/queue/redis';

export default async function globalSetup(): Promise<void> {
	process.stdout.write('\n');
	const rt = ensureRuntime();
	ensureDebianPackage('redis-server', REDIS_SERVER, (text) =>
		process.stdout.write(`[redis] ${text}\n`),
	);
	if (process.env.N8N_E2E_SKIP_BUILD !== 'true') buildPackage();
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-queue-pack-'));
	process.env.N8N_E2E_PACK_DIR = packDir;
	process.env.N8N_E2E_TARBALL = packPackage(packDir, rt);
}
