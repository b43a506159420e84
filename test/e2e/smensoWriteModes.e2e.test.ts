/**
 * smenso writes chained inside a real n8n (see smenso.e2e.test.ts for how it runs): Create →
 * Update → Delete of one project, each node taking the project from `{{ $json.id }}` of the one
 * before. Run once with the sandbox answering writes with 202 + ticket (polled) and once with
 * 200 and the result at once: either way each write leaves one item with `id` on top.
 */
import path from 'node:path';
import { startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import { SEED, type WriteMode } from '../sandbox/smenso/state';
import { describeExecution, loadWorkflows, N8n } from '../../dev/n8n/n8n';
import { allCredentials, allPlaceholders } from '../../dev/services';

const WORKFLOW = path.join(__dirname, 'workflows', 'smenso-project-lifecycle.json');
const PROJECTS = '/skyisland/api/integration/project/json';
const STATUS = '/skyisland/api/integration/status/json';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let sandbox: ResourcePlanningSandbox;
let n8n: N8n;

beforeAll(async () => {
	sandbox = await startSandbox();
	n8n = await N8n.create();
	await n8n.importCredentials(allCredentials(sandbox));
	await n8n.importWorkflows(loadWorkflows([WORKFLOW], allPlaceholders(sandbox)));
});

afterAll(async () => {
	await n8n?.dispose();
	await sandbox?.close();
});

beforeEach(() => sandbox.clearRequests());

describe('smenso Create → Update → Delete in n8n 2.41, by how smenso answers writes', () => {
	test.each<[WriteMode, string]>([
		['async', '202 + ticket, polled until Completed'],
		['sync', '200 with the result at once'],
	])(
		'%s writes (%s): the project ID flows from node to node, then the project is gone',
		async (mode) => {
			sandbox.smenso.writeMode = mode;
			const before = sandbox.smenso.projects.size;
			// The workflow creates the project in the folder of the seeded project "Website Relaunch".
			expect(sandbox.smenso.projects.get(SEED.mainProjectId)).toMatchObject({ phaseId: 1 });
			const run = await n8n.execute('smensoProjectLifecycle');
			expect({ status: run.status, exitCode: run.exitCode, run: describeExecution(run) }).toEqual({
				status: 'success',
				exitCode: 0,
				run: expect.any(String),
			});

			// One item per node; the ID of the new project is on top of Create's and Update's item.
			const [created] = run.nodes['Create project'].items;
			const [updated] = run.nodes['Rename project'].items;
			expect(run.nodes['Create project'].items).toHaveLength(1);
			expect(run.nodes['Rename project'].items).toHaveLength(1);
			expect(created).toMatchObject({
				id: expect.stringMatching(GUID),
				success: true,
				messages: [],
				status: 'Completed',
			});
			expect(updated).toMatchObject({
				id: created.id,
				success: true,
				messages: [],
				status: 'Completed',
			});
			const projectId = String(created.id);
			if (mode === 'async') {
				expect(created.ticketId).toEqual(expect.any(String));
				expect(updated.ticketId).toEqual(expect.any(String));
			} else {
				expect(created.ticketId).toBeNull();
				expect(updated.ticketId).toBeNull();
			}
			expect(run.nodes['Delete project'].items).toEqual([{ deleted: true }]);
			expect(sandbox.smenso.projects.has(projectId)).toBe(false);
			expect(sandbox.smenso.projects.size).toBe(before);

			// One POST, one PUT, one DELETE; in async mode each ticket is polled until final.
			const writes = sandbox.requests.filter((r) => r.method !== 'GET');
			expect(writes).toEqual([
				expect.objectContaining({
					method: 'POST',
					path: PROJECTS,
					body: {
						timezoneId: 'W. Europe Standard Time',
						project: [{ title: 'Lifecycle (e2e)', phaseId: 1, typeId: 1, tempId: 'n8n-item-0' }],
					},
				}),
				expect.objectContaining({
					method: 'PUT',
					path: PROJECTS,
					body: {
						timezoneId: 'W. Europe Standard Time',
						project: [{ id: projectId, title: 'Lifecycle (e2e, renamed)', tempId: 'n8n-item-0' }],
					},
				}),
				expect.objectContaining({
					method: 'DELETE',
					path: `${PROJECTS}/${projectId}`,
					body: undefined,
				}),
			]);
			const polls = sandbox.requests.filter((r) => r.method === 'GET');
			expect(polls.every((r) => r.path.startsWith(`${STATUS}/`))).toBe(true);
			if (mode === 'async') {
				expect(polls).toHaveLength(3 * sandbox.smenso.pollsToFinish);
				expect(
					polls.filter((r) => r.path === `${STATUS}/${String(updated.ticketId)}`),
				).toHaveLength(sandbox.smenso.pollsToFinish);
			} else {
				expect(polls).toEqual([]);
			}
		},
	);
});
