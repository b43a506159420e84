/**
 * The documentation links n8n shows for our nodes and credentials (codex files, credential
 * documentationUrl) point at sections of the README that exist, by GitHub's heading anchors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SmartsheetResourceManagementApi } from '../credentials/SmartsheetResourceManagementApi.credentials';
import { SmensoIntegrationApi } from '../credentials/SmensoIntegrationApi.credentials';

const ROOT = join(__dirname, '..');
const README_URL = 'https://github.com/n8n-nodes-resource-planning/n8n-nodes-resource-planning';

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

const anchors = new Set(
	readFileSync(join(ROOT, 'README.md'), 'utf8')
		.split('\n')
		.filter((line) => /^#{1,6} /.test(line))
		.map((line) => slug(line.replace(/^#+ /, ''))),
);

function codexUrls(): Array<[string, string]> {
	const files = ['nodes/Smenso', 'nodes/ResourceManagement'].flatMap((dir) =>
		readdirSync(join(ROOT, dir))
			.filter((name) => name.endsWith('.node.json'))
			.map((name) => join(dir, name)),
	);
	return files.flatMap((file) => {
		const codex = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as {
			resources?: Record<string, Array<{ url: string }>>;
		};
		return Object.values(codex.resources ?? {})
			.flat()
			.map((link): [string, string] => [file, link.url]);
	});
}

test('the codex files have documentation links', () => {
	expect(codexUrls().length).toBeGreaterThanOrEqual(10);
});

test.each(codexUrls())('%s links to %s, a README section that exists', (_file, url) => {
	expect(url.startsWith(`${README_URL}#`)).toBe(true);
	expect(anchors).toContain(url.slice(url.indexOf('#') + 1));
});

test.each(
	[new SmensoIntegrationApi(), new SmartsheetResourceManagementApi()].map((c) => [
		c.name,
		c.documentationUrl,
	]),
)('credential %s documents itself with an https link (%s)', (_name, url) => {
	expect(url).toMatch(/^https:\/\/[^\s#]+/);
	if (url!.startsWith(README_URL)) expect(anchors).toContain(url!.slice(url!.indexOf('#') + 1));
});
