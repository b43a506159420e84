/**
 * `npm run n8n:runtime`: installs a pinned n8n with the Node.js it needs into the cache (see
 * dev/n8n/runtime.ts for the folders and steps).
 *
 *   npm run n8n:runtime                          the default runtime (n8n 2.41.1)
 *   npm run n8n:runtime -- 1.123.81              another one from RUNTIMES
 *   npm run n8n:runtime -- 1.90.0 --node=22.23.5 any release (bisecting), with the Node it needs
 *   npm run n8n:runtime -- --list                what the cache holds, with sizes
 */
import { ensureRuntime, listRuntimes, N8N_VERSION } from '../dev/n8n/runtime';

try {
	const args = process.argv.slice(2);
	const flag = (name: string) =>
		args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
	if (args.includes('--list')) listRuntimes();
	else {
		const versions = args.filter((arg) => !arg.startsWith('--'));
		for (const version of versions.length ? versions : [N8N_VERSION])
			ensureRuntime({ version, node: flag('node') });
	}
} catch (error) {
	process.stderr.write(`[n8n-runtime] failed: ${(error as Error).message}\n`);
	process.exit(1);
}
