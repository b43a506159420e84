/**
 * The demo of `npm start` (scripts/start.ts) in an n8n user folder: the demo credentials and
 * workflows (test/e2e/workflows/demo-*.json) imported, replacing the previous start's copies, and
 * the test fixtures an older version had imported removed. The user's own work stays.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ResourcePlanningSandbox } from '../test/sandbox';
import {
	loadWorkflows,
	N8n,
	workflowFiles,
	type CredentialFixture,
	type Json,
	type N8nServer,
	type StartOptions,
} from './n8n/n8n';
import { allPlaceholders, demoCredentials, fixtureCredentialIds } from './services';

const WORKFLOWS = path.resolve(__dirname, '../test/e2e/workflows');

function workflowId(file: string): string {
	return String((JSON.parse(fs.readFileSync(file, 'utf8')) as Json).id);
}

const isDemoFile = (file: string) => path.basename(file).startsWith('demo-');

/** The demo workflows: test/e2e/workflows/demo-*.json. */
export function demoWorkflowFiles(dir = WORKFLOWS): string[] {
	return workflowFiles(dir).filter(isDemoFile);
}

/** IDs of the other workflows of that folder: what the e2e tests run, never part of the demo. */
export function testWorkflowIds(dir = WORKFLOWS): string[] {
	return workflowFiles(dir)
		.filter((file) => !isDemoFile(file))
		.map(workflowId);
}

export interface DemoStart {
	server: N8nServer;
	credentials: CredentialFixture[];
	workflows: Json[];
	/** Test fixtures an older `npm start` had imported, removed on this start. */
	removed: { credentials: string[]; workflows: string[] };
}

/**
 * Removes credentials and workflows by ID through n8n's REST API as the owner (n8n deletes what
 * hangs off them). Workflows must be archived before n8n deletes them. IDs not there are skipped.
 */
export async function removeFromN8n(
	server: N8nServer,
	ids: { credentials: string[]; workflows: string[] },
): Promise<{ credentials: string[]; workflows: string[] }> {
	const cookie = await server.login();
	const removed = { credentials: [] as string[], workflows: [] as string[] };
	const fail = (what: string, result: { status: number; body: Json }) => {
		throw new Error(`${what} failed: ${result.status} ${JSON.stringify(result.body)}`);
	};
	for (const id of ids.credentials) {
		const deleted = await server.rest(
			'DELETE',
			`/credentials/${encodeURIComponent(id)}`,
			undefined,
			cookie,
		);
		if (deleted.status === 404) continue;
		if (deleted.status !== 200) fail(`deleting credential ${id}`, deleted);
		removed.credentials.push(id);
	}
	for (const id of ids.workflows) {
		const url = `/workflows/${encodeURIComponent(id)}`;
		const found = await server.rest('GET', url, undefined, cookie);
		if (found.status === 404) continue;
		if (found.status !== 200) fail(`reading workflow ${id}`, found);
		if ((found.body.data as Json | undefined)?.isArchived !== true) {
			const archived = await server.rest('POST', `${url}/archive`, {}, cookie);
			if (archived.status !== 200) fail(`archiving workflow ${id}`, archived);
		}
		const deleted = await server.rest('DELETE', url, undefined, cookie);
		if (deleted.status !== 200) fail(`deleting workflow ${id}`, deleted);
		removed.workflows.push(id);
	}
	return removed;
}

/**
 * The demo in an n8n user folder: imports the demo credentials and workflows (replacing their
 * previous copies), starts n8n, then removes the test fixtures (credentials and workflows of the
 * e2e tests) that `npm start` imported into the folder before it kept them out.
 */
export async function startDemo(
	n8n: N8n,
	sandbox: ResourcePlanningSandbox,
	options: StartOptions = {},
): Promise<DemoStart> {
	const credentials = demoCredentials(sandbox);
	await n8n.importCredentials(credentials);
	const workflows = loadWorkflows(demoWorkflowFiles(), allPlaceholders(sandbox));
	await n8n.importWorkflows(workflows);
	const server = await n8n.start(options);
	try {
		const removed = await removeFromN8n(server, {
			credentials: fixtureCredentialIds(sandbox),
			workflows: testWorkflowIds(),
		});
		return { server, credentials, workflows, removed };
	} catch (error) {
		await server.stop();
		throw error;
	}
}
