/**
 * Installs the built package into an n8n user folder the way n8n's community-node install does
 * (dev/n8n/installPackage.ts); builds first unless --no-build.
 *
 *   npx ts-node -P tsconfig.test.json scripts/install-package.ts <userFolder> [--no-build]
 */
import path from 'node:path';
import { installPackage, PACKAGE_NAME } from '../dev/n8n/installPackage';

const args = process.argv.slice(2);
const userFolder = args.find((arg) => !arg.startsWith('--'));
if (!userFolder) {
	process.stderr.write('usage: install-package.ts <n8n user folder> [--no-build]\n');
	process.exit(2);
}
try {
	const installed = installPackage(path.resolve(userFolder), {
		build: !args.includes('--no-build'),
	});
	process.stdout.write(`[install-package] installed ${PACKAGE_NAME} into ${installed}\n`);
} catch (error) {
	process.stderr.write(`[install-package] failed: ${(error as Error).message}\n`);
	process.exit(1);
}
