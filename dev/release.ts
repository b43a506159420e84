/**
 * The publish workflow's gate (.github/workflows/publish.yml): refuses a release whose tag does
 * not name the version in package.json, before anything is built or published.
 * Run by scripts/check-release-tag.ts. Checks, each with its own message and exit code 1:
 *   - the tag is `v` followed by a semantic version (v1.2.3, v1.3.0-beta.1);
 *   - that version is the one in package.json;
 *   - CHANGELOG.md has a section for it (`## [1.2.3]`);
 *   - on GitHub Actions (GITHUB_REPOSITORY set): package.json's repository.url names this
 *     repository; npm rejects a provenance statement from any other one.
 * On success it prints one line and, on GitHub Actions, writes `version` and `dist-tag` to
 * GITHUB_OUTPUT: `latest` for a release, `next` for a prerelease (npm refuses to publish a
 * prerelease without an explicit tag).
 */
import fs from 'node:fs';
import path from 'node:path';

const SEMVER =
	/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export interface ReleaseCheck {
	ok: boolean;
	/** Why the release is refused (empty when ok). */
	problems: string[];
	version?: string;
	distTag?: 'latest' | 'next';
}

interface PackageJson {
	name?: string;
	version?: string;
	repository?: string | { url?: string };
}

/** `owner/name` of a GitHub repository URL in any of npm's spellings, lower-cased; undefined otherwise. */
export function githubRepository(url: string | undefined): string | undefined {
	if (!url) return undefined;
	const match =
		/^(?:git\+)?(?:https?:\/\/|git:\/\/|ssh:\/\/git@|git@)?(?:www\.)?github\.com[/:]([^/]+)\/([^/#?]+?)(?:\.git)?\/?(?:[#?].*)?$/i.exec(
			url.trim(),
		) ?? /^(?:github:)([^/]+)\/([^/#?]+)$/i.exec(url.trim());
	return match ? `${match[1]}/${match[2]}`.toLowerCase() : undefined;
}

export function checkRelease(
	tag: string | undefined,
	root: string,
	env: NodeJS.ProcessEnv = process.env,
): ReleaseCheck {
	if (!tag) {
		return {
			ok: false,
			problems: [
				'No release tag given: pass it as the first argument (e.g. v0.1.0) or set GITHUB_REF_NAME.',
			],
		};
	}
	const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
	const packageVersion = pkg.version ?? '(none)';
	const problems: string[] = [];

	const tagVersion = tag.startsWith('v') ? tag.slice(1) : undefined;
	const parsed = tagVersion === undefined ? null : SEMVER.exec(tagVersion);
	if (!tagVersion || !parsed) {
		problems.push(
			`Tag "${tag}" is not a release tag: expected "v" and a semantic version, e.g. v${packageVersion}.`,
		);
		return { ok: false, problems };
	}
	if (tagVersion !== packageVersion) {
		problems.push(
			`Tag ${tag} names version ${tagVersion}, but package.json has version ${packageVersion}. ` +
				`Set package.json to ${tagVersion} (npm version ${tagVersion} --no-git-tag-version) and tag that commit, or tag v${packageVersion} instead.`,
		);
	}

	const changelogPath = path.join(root, 'CHANGELOG.md');
	const changelog = fs.existsSync(changelogPath) ? fs.readFileSync(changelogPath, 'utf8') : '';
	const escaped = tagVersion.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (!new RegExp(`^## \\[${escaped}\\]`, 'm').test(changelog)) {
		problems.push(
			`CHANGELOG.md has no section "## [${tagVersion}]": move the [Unreleased] entries under it before tagging.`,
		);
	}

	const expected = env.GITHUB_REPOSITORY?.toLowerCase();
	if (expected) {
		const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
		const named = githubRepository(url);
		if (named !== expected) {
			problems.push(
				`package.json repository.url is "${url ?? '(none)'}", but this workflow runs in github.com/${env.GITHUB_REPOSITORY}: ` +
					'npm refuses a provenance statement from another repository. Point repository.url (and homepage) at this one.',
			);
		}
	}

	return {
		ok: problems.length === 0,
		problems,
		version: tagVersion,
		distTag: parsed[4] ? 'next' : 'latest',
	};
}
