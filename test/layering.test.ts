/**
 * Which folder may import which (ARCHITECTURE.md, "Folders"): the package (nodes/, credentials/)
 * imports nothing of the tooling; dev/ is the tooling that tests and scripts share; scripts/ are
 * command lines and nothing imports them; of test/, only the sandbox is used outside it (by the
 * demo and the benchmarks), and it imports nothing else of test/. (dev/demo.ts also reads the
 * demo workflow files in test/e2e/workflows by path: data the e2e suite runs too.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
		return entry.name.endsWith('.ts') ? [path] : [];
	});
}

/** The repository paths a file imports with relative specifiers (`./x`, `../y`). */
function relativeImports(file: string): string[] {
	const text = readFileSync(join(ROOT, file), 'utf8');
	const specifiers = [
		...text.matchAll(/(?:from\s+|import\s*\(|require\()\s*'(\.{1,2}\/[^']+)'/g),
	].map((match) => match[1]);
	return specifiers.map((specifier) => {
		const target = resolve(ROOT, dirname(file), specifier);
		const found =
			[target, `${target}.ts`, join(target, 'index.ts')].find((path) => existsSync(path)) ?? target;
		return relative(ROOT, found);
	});
}

const FOLDERS = ['nodes', 'credentials', 'dev', 'scripts', 'test'];
const edges = FOLDERS.flatMap((dir) => sourceFiles(dir)).flatMap((file) =>
	relativeImports(file).map((target) => ({ file, target })),
);

const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);
const violations = (from: string, allowed: (target: string) => boolean) =>
	edges
		.filter(({ file, target }) => inside(file, from) && !allowed(target))
		.map(({ file, target }) => `${file} -> ${target}`);

describe('folder layering', () => {
	it('finds the imports it checks', () => {
		// A regex that matched nothing would pass every rule below.
		expect(edges.filter(({ file }) => inside(file, 'test')).length).toBeGreaterThan(300);
		expect(edges.filter(({ file }) => inside(file, 'dev')).length).toBeGreaterThan(20);
		expect(
			edges.some(({ file, target }) => inside(file, 'scripts') && inside(target, 'test/sandbox')),
		).toBe(true);
	});

	it('the package imports only itself', () => {
		const own = (target: string) => inside(target, 'nodes') || inside(target, 'credentials');
		expect([...violations('nodes', own), ...violations('credentials', own)]).toEqual([]);
	});

	it('nothing imports scripts/ except scripts/', () => {
		const notScripts = (target: string) => !inside(target, 'scripts');
		expect([
			...violations('test', notScripts),
			...violations('dev', notScripts),
			...violations('nodes', notScripts),
		]).toEqual([]);
	});

	it('the sandbox, used outside test/, imports nothing else of test/', () => {
		const ownOrOutside = (target: string) =>
			!inside(target, 'test') || inside(target, 'test/sandbox');
		expect(violations('test/sandbox', ownOrOutside)).toEqual([]);
	});

	it('dev/ and scripts/ use only the sandbox of test/', () => {
		const sandboxOnly = (target: string) =>
			!inside(target, 'test') || inside(target, 'test/sandbox');
		expect([...violations('dev', sandboxOnly), ...violations('scripts', sandboxOnly)]).toEqual([]);
	});
});
