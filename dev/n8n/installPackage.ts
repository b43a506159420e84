/**
 * Installs the built package into an n8n user folder the way n8n 2.41's community-node install
 * does (modules/community-packages/community-packages.service.js, downloadPackage):
 *   `npm pack` → extract into <userFolder>/.n8n/nodes/node_modules/<name> → drop dev, peer and
 *   optional dependencies from its package.json → `npm install --ignore-scripts` inside it →
 *   record the version in <userFolder>/.n8n/nodes/package.json.
 * n8n then finds it by scanning nodes/node_modules, and resolves `n8n-workflow` and `luxon`
 * from its own node_modules (it puts them on NODE_PATH).
 *
 * Command line: scripts/install-package.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureRuntime, PACKAGE_NAME, runtimeEnv, type N8nRuntime } from './runtime';
import { timed } from '../process';

/** For scripts/install-package.ts, which names the package it installed. */
export { PACKAGE_NAME };

const REPO_ROOT = path.resolve(__dirname, '../..');

const step = <T>(label: string, fn: () => T): T =>
	timed((text) => process.stdout.write(`[install-package] ${text}\n`), label, fn);

/** `npm run build` with the machine's toolchain (the project's own devDependencies). */
export function buildPackage(): void {
	step('npm run build', () => {
		const result = spawnSync('npm', ['run', 'build', '--silent'], {
			cwd: REPO_ROOT,
			encoding: 'utf8',
		});
		if (result.status !== 0) {
			throw new Error(
				`npm run build failed (exit ${result.status}):\n${result.stdout}${result.stderr}`,
			);
		}
	});
}

/** Packs the built package (dist/ must be current) into `destination`; returns the tarball path. */
export function packPackage(
	destination: string,
	rt: N8nRuntime = ensureRuntime({ quiet: true }),
): string {
	fs.mkdirSync(destination, { recursive: true });
	const output = step('npm pack', () =>
		execFileSync(
			rt.node,
			[rt.npm, 'pack', '--json', '--ignore-scripts', '--pack-destination', destination],
			{
				cwd: REPO_ROOT,
				env: runtimeEnv(rt),
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'inherit'],
			},
		),
	);
	const [packed] = JSON.parse(output) as Array<{
		filename: string;
		files: Array<{ path: string }>;
	}>;
	if (!packed.files.some((file) => file.path.startsWith('dist/'))) {
		throw new Error('the packed package has no dist/ files: run `npm run build` first');
	}
	return path.join(destination, packed.filename);
}

/** Installs a packed tarball as a community package of the n8n whose user folder is `userFolder`. */
export function installTarball(
	userFolder: string,
	tarball: string,
	rt: N8nRuntime = ensureRuntime({ quiet: true }),
): string {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const packageDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(packageDir, { recursive: true, force: true });
	fs.mkdirSync(packageDir, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);

	const packageJsonPath = path.join(packageDir, 'package.json');
	const {
		devDependencies: _dev,
		peerDependencies: _peer,
		optionalDependencies: _optional,
		...manifest
	} = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8'));
	fs.writeFileSync(packageJsonPath, JSON.stringify(manifest, null, 2));
	step('npm install (in the package folder)', () =>
		execFileSync(
			rt.node,
			[
				rt.npm,
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
				'--loglevel=error',
			],
			{ cwd: packageDir, env: runtimeEnv(rt), stdio: ['ignore', 'ignore', 'inherit'] },
		),
	);

	const nodesPackageJson = path.join(nodesDir, 'package.json');
	const nodesManifest = fs.existsSync(nodesPackageJson)
		? JSON.parse(fs.readFileSync(nodesPackageJson, 'utf8'))
		: { name: 'installed-nodes', private: true, dependencies: {} };
	nodesManifest.dependencies = { ...nodesManifest.dependencies, [PACKAGE_NAME]: manifest.version };
	fs.writeFileSync(nodesPackageJson, JSON.stringify(nodesManifest, null, 2));
	return packageDir;
}

/** Packs the current dist/ (built first with `build`) and installs it into `userFolder`. */
export function installPackage(
	userFolder: string,
	options: { build?: boolean; rt?: N8nRuntime } = {},
): string {
	const rt = options.rt ?? ensureRuntime({ quiet: true });
	if (options.build) buildPackage();
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-pack-'));
	try {
		return installTarball(userFolder, packPackage(packDir, rt), rt);
	} finally {
		fs.rmSync(packDir, { recursive: true, force: true });
	}
}

/**
 * Once per test or benchmark run: builds the package (unless N8N_E2E_SKIP_BUILD=true) and packs
 * it into a new temp folder. N8N_E2E_TARBALL names the tarball and N8N_E2E_PACK_DIR the folder
 * (test/e2e/global-teardown.ts removes it): N8n.create() installs that tarball, in this process
 * and in Jest's test workers, which start after this and inherit the environment.
 */
export function packForRun(rt: N8nRuntime, prefix: string): string {
	if (process.env.N8N_E2E_SKIP_BUILD !== 'true') buildPackage();
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	process.env.N8N_E2E_PACK_DIR = packDir;
	process.env.N8N_E2E_TARBALL = packPackage(packDir, rt);
	return packDir;
}
