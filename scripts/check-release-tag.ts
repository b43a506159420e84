/**
 * The publish workflow's gate (.github/workflows/publish.yml); the checks are in dev/release.ts.
 *
 *   npx ts-node -P tsconfig.test.json scripts/check-release-tag.ts v0.1.0
 *
 * The tag is the first argument, or GITHUB_REF_NAME (set by GitHub Actions) when there is none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkRelease } from '../dev/release';

function main(argv: string[]): number {
	const tag = argv[0] || process.env.GITHUB_REF_NAME || undefined;
	const result = checkRelease(tag, path.resolve(__dirname, '..'));
	if (!result.ok) {
		process.stderr.write(
			`Refusing to publish:\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`,
		);
		return 1;
	}
	process.stdout.write(
		`Release ${tag}: package.json version ${result.version} matches; npm dist-tag "${result.distTag}".\n`,
	);
	if (process.env.GITHUB_OUTPUT) {
		fs.appendFileSync(
			process.env.GITHUB_OUTPUT,
			`version=${result.version}\ndist-tag=${result.distTag}\n`,
		);
	}
	return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
