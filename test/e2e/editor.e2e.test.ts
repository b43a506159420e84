/**
 * The package in n8n's editor: `n8n start` with the packed package installed, opened in headless
 * Chromium (Debian's /usr/bin/chromium through playwright-core). Checks that the smenso node
 * renders with its icon, that the node panel lists its actions, that a step runs from the
 * editor, and that the credentials' Test button logic works (n8n's CLI has no credential test
 * command; the editor calls POST /rest/credentials/test). Screenshots go to test/e2e/artifacts/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { INodeType } from 'n8n-workflow';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ResourceManagement } from '../../nodes/ResourceManagement/ResourceManagement.node';
import { Smenso } from '../../nodes/Smenso/Smenso.node';
import { startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import { loadWorkflows, N8n, workflowFiles, type N8nServer } from '../../dev/n8n/n8n';
import { CHROMIUM } from './chromium';
import { e2eProfile, fullSuiteOnly } from '../../dev/n8n/versions';
import { allCredentials, allPlaceholders, CREDENTIALS, SERVICES } from '../../dev/services';
import { TOOL_WORKFLOWS } from './tool-workflows';

/** The resources a node's own description lists. */
const resourcesIn = (node: INodeType) =>
	(node.description.properties.find((p) => p.name === 'resource')?.options ?? []).length;

const ARTIFACTS = path.join(__dirname, 'artifacts');
const REPO_ROOT = path.resolve(__dirname, '../..');

/** Requests the editor may make outside n8n: the package's page on npm ("Via npm" in the node panel). */
const ALLOWED_EXTERNAL = /^https:\/\/registry\.npmjs\.org\/n8n-nodes-resource-planning\b/;

let sandbox: ResourcePlanningSandbox;
let n8n: N8n;
let server: N8nServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const external: string[] = [];

/** The action names of every smenso operation, read from the built node. */
async function smensoActions(): Promise<string[]> {
	type Property = { name: string; options?: Array<{ action?: string }> };
	const { Smenso } = (await import(path.join(REPO_ROOT, 'dist/nodes/Smenso/Smenso.node.js'))) as {
		Smenso: new () => { description: { properties: Property[] } };
	};
	const properties = new Smenso().description.properties;
	return properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) => (property.options ?? []).map((option) => option.action))
		.filter((action): action is string => typeof action === 'string');
}

async function screenshot(name: string) {
	await page.screenshot({ path: path.join(ARTIFACTS, name) });
}

beforeAll(async () => {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(
			`No browser at ${CHROMIUM}, so the editor cannot be tested. The e2e setup installs Debian's chromium when it runs as root; ` +
				'otherwise: sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary).',
		);
	}
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	sandbox = await startSandbox();
	n8n = await N8n.create();
	await n8n.importCredentials(allCredentials(sandbox));
	await n8n.importWorkflows([
		...loadWorkflows(workflowFiles(path.join(__dirname, 'workflows')), allPlaceholders(sandbox)),
		...Object.values(TOOL_WORKFLOWS),
	]);
	server = await n8n.start();

	browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
	context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
	// Nothing leaves the machine: requests outside n8n are recorded and refused.
	await context.route('**/*', async (route) => {
		const url = route.request().url();
		if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:'))
			return await route.continue();
		external.push(url);
		return await route.abort();
	});
	const [name, value] = (await server.login()).split('=');
	await context.addCookies([{ name, value, url: server.url }]);
	page = await context.newPage();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	await n8n?.dispose();
	await sandbox?.close();
});

describe('n8n editor with the package installed', () => {
	test('the demo workflow shows the smenso node with its icon', async () => {
		await page.goto(`${server.url}/workflow/smensoProjectGetAll`);
		const node = page.locator('[data-test-id="canvas-node"][data-node-name="smenso"]');
		await node.waitFor({ timeout: 60_000 });
		expect(await node.getAttribute('data-node-type')).toBe('n8n-nodes-resource-planning.smenso');

		const icon = node.locator('img[src$="/dist/nodes/Smenso/smenso.svg"]');
		await icon.waitFor();
		// Loaded and decoded: a broken image has naturalWidth 0.
		type Img = { complete: boolean; naturalWidth: number };
		await page.waitForFunction(
			(img) => (img as Img).complete && (img as Img).naturalWidth > 0,
			await icon.elementHandle(),
			{
				timeout: 10_000,
			},
		);
		const svg = await page.request.get(`${server.url}${await icon.getAttribute('src')}`);
		expect(svg.status()).toBe(200);
		expect(svg.headers()['content-type']).toContain('image/svg+xml');
		await screenshot('editor-workflow.png');
	});

	test('the node panel lists every smenso action', async () => {
		await page.goto(`${server.url}/workflow/smensoProjectGetAll`);
		await page
			.locator('[data-test-id="canvas-node"][data-node-name="smenso"]')
			.waitFor({ timeout: 60_000 });
		await page.click('[data-test-id="node-creator-plus-button"]');
		await page.locator('[data-test-id="node-creator-search-bar"]').waitFor();
		await page.keyboard.type('smenso');
		const entry = page
			.locator('[data-test-id="item-iterator-item"]', { hasText: 'smenso' })
			.first();
		// n8n lists a node and its trigger as one entry; 2.x shows one of their descriptions, 1.x the name only.
		await expect(entry.textContent()).resolves.toMatch(e2eProfile().texts.nodeCreatorEntry);
		expect(await entry.locator('img[src$="smenso.svg"]').count()).toBeGreaterThanOrEqual(1);
		await entry.click();

		const actions = page.locator(
			'[data-test-id="item-iterator-item"][data-keyboard-nav-type="action"] [data-test-id="node-creator-item-name"]',
		);
		await actions.first().waitFor();
		const expectedCount = (await smensoActions()).length;
		await expect(page.getByText(`Actions (${expectedCount})`).count()).resolves.toBe(1);
		await screenshot('node-panel-actions.png');
		// The list renders lazily: scroll through it and collect every name.
		const seen = new Set<string>();
		for (let idle = 0; idle < 4; ) {
			const before = seen.size;
			for (const text of await actions.allTextContents()) seen.add(text.trim());
			idle = seen.size === before ? idle + 1 : 0;
			await actions.last().hover();
			await page.mouse.wheel(0, 800);
			await page.waitForTimeout(150);
		}
		const shown = [...seen];
		const expected = await smensoActions();
		expect(expected.length).toBeGreaterThan(10);
		expect([...shown].sort()).toEqual([...expected].sort());
		expect(shown).toEqual(expect.arrayContaining(['Get many projects', 'Create a project']));
	});

	fullSuiteOnly(
		'Execute step in the node’s panel returns 2,500 projects from one request',
		async () => {
			await page.goto(`${server.url}/workflow/smensoProjectGetAll`);
			await page
				.locator('[data-test-id="canvas-node"][data-node-name="smenso"]')
				.dblclick({ timeout: 60_000 });
			await expect(
				page.locator('[data-test-id="parameter-input-resource"] input').inputValue(),
			).resolves.toBe('Project');
			await expect(
				page.locator('[data-test-id="parameter-input-operation"] input').inputValue(),
			).resolves.toBe('Get Many');
			sandbox.clearRequests();
			await page.click('[data-test-id="node-execute-button"]');
			const count = page.locator('[data-test-id="ndv-items-count"]');
			await count.waitFor({ timeout: 60_000 });
			await expect(count.textContent()).resolves.toContain('2500 items');
			expect(sandbox.requests).toHaveLength(1);
			await screenshot('node-details-output.png');
		},
	);

	test('credential test (the Test button): each API accepts the sandbox credential', async () => {
		const cookie = await server.login();
		for (const fixture of allCredentials(sandbox).filter(
			(c) => c.id !== CREDENTIALS.smensoBadToken.id,
		)) {
			const result = await server.rest(
				'POST',
				'/credentials/test',
				{ credentials: fixture },
				cookie,
			);
			expect({ credential: fixture.name, ...result }).toEqual({
				credential: fixture.name,
				status: 200,
				body: { data: { status: 'OK', message: 'Connection successful!' } },
			});
		}
		expect(SERVICES.length).toBeGreaterThanOrEqual(1);
	});

	// On 1.x n8n's own 401 text (dev/n8n/versions.ts says why).
	test('credential test with a wrong smenso token shows the credential’s 401 message', async () => {
		const [bad] = allCredentials(sandbox).filter((c) => c.id === CREDENTIALS.smensoBadToken.id);
		const result = await server.rest('POST', '/credentials/test', { credentials: bad });
		expect(result.status).toBe(200);
		expect(result.body.data).toEqual({
			status: 'Error',
			message: expect.stringContaining(e2eProfile().texts.smensoTokenRejected),
		});
	});

	fullSuiteOnly(
		'the demo workflows are in the editor and the weekly report runs green from its button',
		async () => {
			const list = await server.rest('GET', '/workflows');
			expect(list.status).toBe(200);
			const names = ((list.body.data ?? []) as Array<{ name: string }>).map((w) => w.name);
			expect(names).toEqual(
				expect.arrayContaining([
					'Demo: Weekly time report (Resource Management)',
					'Demo: Create a smenso task for each new RM project',
					'Demo: Sync absences from Resource Management into smenso',
					'Demo: Export smenso projects as CSV',
				]),
			);

			// Each demo opens with its nodes on the canvas (screenshots for a look at the sticky notes).
			for (const id of [
				'demo1WeeklyTimeReport',
				'demo2ProjectsToSmensoTasks',
				'demo3SyncAbsences',
				'demo4ExportProjectsCsv',
			]) {
				await page.goto(`${server.url}/workflow/${id}`);
				await page
					.locator('[data-test-id="canvas-node"][data-node-type^="n8n-nodes-resource-planning."]')
					.first()
					.waitFor({ timeout: 60_000 });
				await page.waitForTimeout(600); // the canvas fades in
				await screenshot(`${id}.png`);
			}

			await page.goto(`${server.url}/workflow/demo1WeeklyTimeReport`);
			const report = page.locator(
				'[data-test-id="canvas-node"][data-node-name="Hours by person and project"]',
			);
			await report.waitFor({ timeout: 60_000 });
			expect(await report.getAttribute('data-node-type')).toBe(
				'n8n-nodes-resource-planning.resourceManagement',
			);
			sandbox.clearRequests();
			await page.click('[data-test-id="execute-workflow-button"]');
			// Both nodes after the trigger end green, and the last shows its item count on the canvas.
			for (const name of ['Hours by person and project', 'One item per row']) {
				await page
					.locator(
						`[data-test-id="canvas-node"][data-node-name="${name}"] [data-test-id="canvas-node-status-success"]`,
					)
					.waitFor({ timeout: 60_000 });
			}
			expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				'POST /api/v1/reports/rows',
			]);
			await screenshot('demo-weekly-report-run.png');
		},
	);

	test('n8n registers the AI-agent tool variants of both nodes, with the nodes’ parameters', async () => {
		const cookie = await server.login();
		const response = await fetch(`${server.url}/types/nodes.json`, { headers: { Cookie: cookie } });
		expect(response.status).toBe(200);
		type Description = {
			name: string;
			displayName: string;
			inputs: unknown;
			outputs: unknown;
			credentials?: Array<{ name: string }>;
			properties: Array<{ name: string; options?: Array<{ value: unknown }> }>;
		};
		const types = (await response.json()) as Description[];
		const byName = (name: string) => types.filter((t) => t.name === name);
		const resourcesOf = (d: Description) =>
			d.properties.find((p) => p.name === 'resource')?.options?.map((o) => o.value);
		const operationValues = (d: Description) =>
			d.properties
				.filter((p) => p.name === 'operation')
				.flatMap((p) => (p.options ?? []).map((o) => o.value));

		for (const [node, displayName, credential, resourceCount] of [
			// As many resources as the nodes' own descriptions list (16 and 25 today).
			['smenso', 'smenso', 'smensoIntegrationApi', resourcesIn(new Smenso())],
			[
				'resourceManagement',
				'Resource Management by Smartsheet',
				'smartsheetResourceManagementApi',
				resourcesIn(new ResourceManagement()),
			],
		] as const) {
			const [base] = byName(`n8n-nodes-resource-planning.${node}`);
			const tools = byName(`n8n-nodes-resource-planning.${node}Tool`);
			expect(base).toBeDefined();
			expect(tools).toHaveLength(1);
			const [tool] = tools;
			expect(base.displayName).toBe(displayName);
			expect(tool.displayName).toBe(`${displayName} Tool`);
			expect(tool.inputs).toEqual([]);
			expect(tool.outputs).toEqual(['ai_tool']);
			expect(tool.credentials?.map((c) => c.name)).toEqual([credential]);
			// The tool offers everything the node does, plus the description the agent reads.
			expect(resourcesOf(tool)).toEqual(resourcesOf(base));
			// n8n appends "Custom API Call" (an HTTP Request with the node's credential) to the resources.
			expect(resourcesOf(tool)?.slice(-1)).toEqual(['__CUSTOM_API_CALL__']);
			expect(resourcesOf(tool)).toHaveLength(resourceCount + 1);
			expect(operationValues(tool)).toEqual(operationValues(base));
			const names = tool.properties.map((p) => p.name);
			expect(names).toEqual(expect.arrayContaining(['descriptionType', 'toolDescription']));
			expect(names.filter((n) => n !== 'descriptionType' && n !== 'toolDescription')).toEqual(
				base.properties.map((p) => p.name),
			);
		}
	});

	fullSuiteOnly(
		'a smenso Tool node opens in the editor with the node’s parameters and the agent’s $fromAI',
		async () => {
			await page.goto(`${server.url}/workflow/${String(TOOL_WORKFLOWS.smenso.id)}`);
			const tool = page.locator('[data-test-id="canvas-node"][data-node-name="smenso projects"]');
			await tool.waitFor({ timeout: 60_000 });
			expect(await tool.getAttribute('data-node-type')).toBe(
				'n8n-nodes-resource-planning.smensoTool',
			);
			await tool.locator('img[src$="smenso.svg"]').waitFor();
			await tool.dblclick();
			await expect(
				page.locator('[data-test-id="parameter-input-resource"] input').inputValue(),
			).resolves.toBe('Project');
			await expect(
				page.locator('[data-test-id="parameter-input-operation"] input').inputValue(),
			).resolves.toBe('Get Many');
			await expect(
				page.locator('[data-test-id="parameter-input-descriptionType"] input').inputValue(),
			).resolves.toBe('Set Automatically');
			// The Limit is left to the agent: the editor shows the $fromAI placeholder.
			await expect(
				page.locator('[data-test-id="parameter-input-limit"]').textContent(),
			).resolves.toMatch(/limit|fromAI/i);
			await screenshot('tool-node-parameters.png');
		},
	);

	test('the editor calls nothing outside n8n but the package’s npm page', () => {
		expect(external.filter((url) => !ALLOWED_EXTERNAL.test(url))).toEqual([]);
	});
});
