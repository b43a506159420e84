/**
 * The publish workflow's gate (scripts/check-release-tag.ts), run as the workflow runs it, and
 * the workflow itself: the gate comes before `npm publish`, which signs a provenance statement.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkRelease, githubRepository } from '../dev/release';

const ROOT = path.resolve(__dirname, '..');
const SCRIPT = path.join(ROOT, 'scripts', 'check-release-tag.ts');
const TS_NODE = require.resolve('ts-node/dist/bin.js');
const VERSION: string = JSON.parse(
	fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
).version;

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the gate in a child process; GitHub's variables only when a test passes them. */
function gate(args: string[], env: Record<string, string> = {}): Run {
	const clean = { ...process.env };
	for (const name of ['GITHUB_REF_NAME', 'GITHUB_REPOSITORY', 'GITHUB_OUTPUT', 'GITHUB_ACTIONS'])
		delete clean[name];
	const result = spawnSync(
		process.execPath,
		[TS_NODE, '-P', path.join(ROOT, 'tsconfig.test.json'), SCRIPT, ...args],
		{
			cwd: ROOT,
			env: { ...clean, ...env },
			encoding: 'utf8',
		},
	);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporary: string[] = [];
afterAll(() => {
	for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-gate-'));
	temporary.push(dir);
	return dir;
}

/** A folder with a package.json and CHANGELOG.md of our making, for checkRelease's `root`. */
function fixture(
	version: string,
	options: { repository?: string; changelog?: string } = {},
): string {
	const dir = tempDir();
	const pkg = {
		name: 'n8n-nodes-example',
		version,
		repository: {
			type: 'git',
			url: options.repository ?? 'https://github.com/example/n8n-nodes-example.git',
		},
	};
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
	fs.writeFileSync(
		path.join(dir, 'CHANGELOG.md'),
		options.changelog ??
			`# Changelog\n\n## [Unreleased]\n\n## [${version}] - 2026-01-01\n\n- First.\n`,
	);
	return dir;
}

describe('scripts/check-release-tag.ts', () => {
	test(`accepts the tag of package.json's version (v${VERSION})`, () => {
		const output = path.join(tempDir(), 'github-output');
		const run = gate([`v${VERSION}`], { GITHUB_OUTPUT: output });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(`version ${VERSION} matches`);
		expect(fs.readFileSync(output, 'utf8')).toBe(`version=${VERSION}\ndist-tag=latest\n`);
	});

	test('refuses a tag that names another version, naming both versions', () => {
		const run = gate(['v9.9.9']);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('Refusing to publish');
		expect(run.stderr).toContain('Tag v9.9.9 names version 9.9.9');
		expect(run.stderr).toContain(`package.json has version ${VERSION}`);
	});

	test('takes the tag from GITHUB_REF_NAME when no argument is given', () => {
		expect(gate([], { GITHUB_REF_NAME: `v${VERSION}` }).status).toBe(0);
		const other = gate([], { GITHUB_REF_NAME: 'v9.9.9' });
		expect(other.status).not.toBe(0);
		expect(other.stderr).toContain('9.9.9');
	});

	test('refuses to run without a tag', () => {
		const none = gate([]);
		expect(none.status).not.toBe(0);
		expect(none.stderr).toContain('No release tag given');
	});

	// The remaining rules in-process (the same function the command runs): no child process each.
	test.each([VERSION, 'v1.2', 'release-1.0.0', `v${VERSION}.1`, `v0${VERSION}`])(
		'refuses the tag "%s", which is no version',
		(tag) => {
			const result = checkRelease(tag, ROOT, {});
			expect(result.ok).toBe(false);
			expect(result.problems).toEqual([
				expect.stringContaining(`Tag "${tag}" is not a release tag`),
			]);
		},
	);

	test('publishes a prerelease under the dist-tag "next"', () => {
		expect(checkRelease('v0.2.0-beta.1', fixture('0.2.0-beta.1'), {})).toEqual({
			ok: true,
			problems: [],
			version: '0.2.0-beta.1',
			distTag: 'next',
		});
		expect(checkRelease('v1.0.0+build.5', fixture('1.0.0+build.5'), {})).toMatchObject({
			ok: true,
			distTag: 'latest',
		});
	});

	test('refuses a version without its CHANGELOG section', () => {
		const dir = fixture('0.3.0', {
			changelog: '# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - 2026-01-01\n',
		});
		expect(checkRelease('v0.3.0', dir, {}).problems).toEqual([
			'CHANGELOG.md has no section "## [0.3.0]": move the [Unreleased] entries under it before tagging.',
		]);
	});

	test('on GitHub Actions, refuses a repository.url that is not the running repository', () => {
		const dir = fixture('1.0.0', {
			repository: 'git+https://github.com/Example/n8n-nodes-example.git',
		});
		expect(checkRelease('v1.0.0', dir, { GITHUB_REPOSITORY: 'example/n8n-nodes-example' }).ok).toBe(
			true,
		);
		const fork = checkRelease('v1.0.0', dir, { GITHUB_REPOSITORY: 'someone/n8n-nodes-example' });
		expect(fork.ok).toBe(false);
		expect(fork.problems).toEqual([
			expect.stringContaining('this workflow runs in github.com/someone/n8n-nodes-example'),
		]);
		// Outside GitHub Actions the URL is not compared.
		expect(checkRelease('v1.0.0', dir, {}).ok).toBe(true);
	});

	test('reads GitHub repository URLs in npm’s spellings', () => {
		expect(githubRepository('https://github.com/a/b.git')).toBe('a/b');
		expect(githubRepository('git+https://github.com/A/B.git')).toBe('a/b');
		expect(githubRepository('git@github.com:a/b.git')).toBe('a/b');
		expect(githubRepository('github:a/b')).toBe('a/b');
		expect(githubRepository('https://gitlab.com/a/b.git')).toBeUndefined();
		expect(githubRepository(undefined)).toBeUndefined();
	});
});

describe('.github/workflows/publish.yml', () => {
	const workflow = fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'publish.yml'), 'utf8');
	const lines = workflow.split('\n');
	const lineOf = (pattern: RegExp) =>
		lines.findIndex((line) => pattern.test(line) && !/^\s*#/.test(line));

	test('runs on version tags only', () => {
		expect(workflow).toMatch(/^on:\n {2}push:\n {4}tags: \['v\*'\]\n/m);
	});

	test('may request an OIDC token (id-token: write) and only reads the repository', () => {
		expect(workflow).toMatch(/^permissions:\n(?: {2}[\w-]+: \w+\n)*? {2}id-token: write\n/m);
		expect(workflow).toMatch(/^permissions:\n(?: {2}[\w-]+: \w+\n)*? {2}contents: read\n/m);
		expect(workflow).not.toMatch(/^\s+contents: write/m);
	});

	test('runs the release gate with the tag before it builds, tests and publishes with provenance', () => {
		const gateLine = lineOf(
			/run: npx ts-node -P tsconfig\.test\.json scripts\/check-release-tag\.ts "\$GITHUB_REF_NAME"$/,
		);
		const publishLine = lineOf(/run: npm publish /);
		expect(gateLine).toBeGreaterThan(-1);
		expect(publishLine).toBeGreaterThan(gateLine);
		// Before anything is built: a refused tag costs no build.
		expect(gateLine).toBeLessThan(lineOf(/run: npm run build$/));
		for (const step of [
			/run: npm ci$/,
			/run: npm run build$/,
			/run: npm run lint$/,
			/run: npm run test:unit$/,
		]) {
			const line = lineOf(step);
			expect(line).toBeGreaterThan(-1);
			expect(line).toBeLessThan(publishLine);
		}
		expect(lines[publishLine]).toMatch(
			/npm publish --provenance --access public --tag "\$DIST_TAG"$/,
		);
		expect(workflow).toContain('DIST_TAG: ${{ steps.release.outputs.dist-tag }}');
		// The gate's step is the one whose output names the dist-tag.
		expect(lines[gateLine - 1]).toMatch(/^\s+id: release$/);
	});
});
