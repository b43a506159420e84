/**
 * The demo workflows of `npm start` (test/e2e/workflows/demo-*.json) in a real n8n against the
 * sandbox: each must run green, return the items the sandbox's data implies, and send exactly the
 * requests it is meant to. The absence sync runs twice: the second run must create nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startSandbox, SMENSO_TOKENS, RM_TOKEN, type ResourcePlanningSandbox } from '../sandbox';
import type { SandboxRequest } from '../sandbox/server';
import { SEED, type Rec } from '../sandbox/smenso/state';
import {
	describeExecution,
	loadWorkflows,
	N8n,
	requestsDuring,
	workflowFiles,
	type Execution,
	type Json,
} from '../../dev/n8n/n8n';
import { allCredentials, allPlaceholders } from '../../dev/services';
import { demoWorkflowFiles } from '../../dev/demo';

const WORKFLOWS = path.join(__dirname, 'workflows');
const DEMO_FILES = demoWorkflowFiles(WORKFLOWS);
const DEMOS = {
	report: 'demo1WeeklyTimeReport',
	tasks: 'demo2ProjectsToSmensoTasks',
	absences: 'demo3SyncAbsences',
	csv: 'demo4ExportProjectsCsv',
};

let sandbox: ResourcePlanningSandbox;
let n8n: N8n;
let runs: Record<string, Execution>;
let requests: SandboxRequest[];
/** smenso absences before the demos ran. */
let absencesBefore: Set<string>;

const line = (r: SandboxRequest) => `${r.method} ${r.path}`;
const shape = (r: SandboxRequest) => ({
	method: r.method,
	path: r.path,
	query: r.query,
	body: r.body,
});
const during = (id: string) => requestsDuring(requests, runs[id]);
const statusPoll = (ticketId: unknown) =>
	`GET /skyisland/api/integration/status/json/${String(ticketId)}`;

function expectGreen(run: Execution | undefined) {
	expect(run).toBeDefined();
	expect({ status: run!.status, run: describeExecution(run!) }).toEqual({
		status: 'success',
		run: expect.any(String),
	});
}

beforeAll(async () => {
	sandbox = await startSandbox();
	n8n = await N8n.create();
	await n8n.importCredentials(allCredentials(sandbox));
	await n8n.importWorkflows(loadWorkflows(workflowFiles(WORKFLOWS), allPlaceholders(sandbox)));
	absencesBefore = new Set(sandbox.smenso.absences.keys());
	sandbox.clearRequests();
	runs = await n8n.executeBatch(Object.values(DEMOS));
	requests = [...sandbox.requests];
}, 600_000);

afterAll(async () => {
	await n8n?.dispose();
	await sandbox?.close();
});

describe('demo workflows', () => {
	test('four demos, each with a readable name and sticky notes, all run in one batch', () => {
		expect(DEMO_FILES.map((file) => path.basename(file))).toEqual([
			'demo-export-projects-csv.json',
			'demo-rm-projects-to-smenso-tasks.json',
			'demo-sync-absences.json',
			'demo-weekly-time-report.json',
		]);
		for (const file of DEMO_FILES) {
			const workflow = JSON.parse(fs.readFileSync(file, 'utf8')) as {
				id: string;
				name: string;
				nodes: Json[];
				connections: Json;
			};
			expect(Object.values(DEMOS)).toContain(workflow.id);
			expect(workflow.name).toMatch(/^Demo: [A-Z]/);
			const notes = workflow.nodes.filter((node) => node.type === 'n8n-nodes-base.stickyNote');
			expect(notes.length).toBeGreaterThanOrEqual(1);
			expect(String((notes[0].parameters as Json).content)).toMatch(/^## /);
			// Every other node is wired: the trigger has an outgoing connection, the rest an incoming one.
			const targets = new Set(
				Object.values(workflow.connections).flatMap((c) =>
					((c as Json).main as Array<Array<{ node: string }>>).flat().map((t) => t.node),
				),
			);
			for (const node of workflow.nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote')) {
				if (node.type === 'n8n-nodes-base.manualTrigger')
					expect(Object.keys(workflow.connections)).toContain(node.name);
				else expect([...targets]).toContain(node.name);
			}
		}
		expect(Object.keys(runs).sort()).toEqual(Object.values(DEMOS).sort());
		const attributed = Object.values(DEMOS).flatMap((id) => during(id));
		expect(attributed).toHaveLength(requests.length);
	});

	test('Weekly time report: one report request, one item per person and project with February’s hours', () => {
		const run = runs[DEMOS.report];
		expectGreen(run);

		// The report the sandbox's time entries imply: February, summed per user and project.
		const sums = new Map<string, number>();
		for (const entry of sandbox.rm.timeEntries.values()) {
			if (
				entry.is_suggestion ||
				String(entry.date) < '2026-02-01' ||
				String(entry.date) > '2026-02-28'
			)
				continue;
			const key = `${String(entry.user_id)}/${String(entry.assignable_id)}`;
			sums.set(key, (sums.get(key) ?? 0) + Number(entry.hours));
		}
		const rows = run.nodes['Hours by person and project'].items;
		expect(rows.length).toBeGreaterThan(50);
		expect(rows).toHaveLength(sums.size);
		expect(
			rows.map((r) => [`${String(r.user_id)}/${String(r.project_id)}`, r.total_hours]).sort(),
		).toEqual([...sums.entries()].sort());
		expect(rows[0]).toMatchObject({
			user_id: 501,
			user_name: 'Ada Tester00',
			project_id: 1001,
			project_name: 'Website Relaunch',
		});
		// February is in the past: every hour is incurred.
		expect(rows.every((r) => r.incurred_hours === r.total_hours)).toBe(true);

		const readable = run.nodes['One item per row'].items;
		expect(readable).toEqual(
			rows.map((r) => ({
				Person: r.user_name,
				Project: r.project_name,
				Hours: r.total_hours,
				'Incurred hours': r.incurred_hours,
			})),
		);

		const mine = during(DEMOS.report);
		expect(mine.map(shape)).toEqual([
			{
				method: 'POST',
				path: '/api/v1/reports/rows',
				query: {},
				body: {
					view: 'time_fees_hours',
					time_frame: { from: '2026-02-01', to: '2026-02-28' },
					group_by: ['user_id', 'project_id'],
				},
			},
		]);
		expect(mine[0].headers.auth).toBe(RM_TOKEN);
	});

	test('smenso task per new RM project: three newest projects, three tasks in “Website Relaunch”', () => {
		const run = runs[DEMOS.tasks];
		expectGreen(run);

		const projects = run.nodes['Newest projects'].items;
		expect(projects.map((p) => [p.id, p.name])).toEqual([
			[1399, 'Project 398'],
			[1398, 'Project 397'],
			[1397, 'Project 396'],
		]);
		const tasks = run.nodes['Kick-off task in smenso'].items;
		expect(tasks).toEqual(
			[0, 1, 2].map((i) => ({
				ticketId: expect.any(String),
				status: 'Completed',
				tempId: `n8n-item-${i}`,
				id: expect.any(String),
				success: true,
				messages: [],
			})),
		);
		for (const [i, task] of tasks.entries()) {
			expect(sandbox.smenso.tasks.get(String(task.id))).toMatchObject({
				projectId: SEED.mainProjectId,
				title: `Kick-off: ${String(projects[i].name)}`,
				externalId: `RM-${String(projects[i].id)}`,
			});
		}

		const mine = during(DEMOS.tasks);
		expect(shape(mine[0])).toEqual({
			method: 'GET',
			path: '/api/v1/projects',
			query: { sort_field: 'created', sort_order: 'descending', per_page: '3' },
			body: undefined,
		});
		// The node sends the items' writes concurrently: compare them in item order.
		const tempId = (r: SandboxRequest) => String((r.body as { task: Rec[] }).task[0].tempId);
		const posts = mine
			.filter((r) => r.method === 'POST')
			.sort((a, b) => tempId(a).localeCompare(tempId(b)));
		expect(posts.map((r) => r.body)).toEqual(
			projects.map((p, i) => ({
				timezoneId: 'W. Europe Standard Time',
				projectId: SEED.mainProjectId,
				task: [
					{
						title: `Kick-off: ${String(p.name)}`,
						description: `Project ${String(p.project_code)} was created in Resource Management (${String(p.client)}).`,
						externalId: `RM-${String(p.id)}`,
						tempId: `n8n-item-${i}`,
					},
				],
			})),
		);
		expect(posts.every((r) => r.path === '/skyisland/api/integration/task/json')).toBe(true);
		// Three polls per ticket (Created → Processing → Completed), nothing else.
		expect(
			mine
				.slice(1)
				.filter((r) => r.method === 'GET')
				.map(line)
				.sort(),
		).toEqual(tasks.flatMap((t) => Array(3).fill(statusPoll(t.ticketId))).sort());
		expect(mine).toHaveLength(1 + 3 + 9);
		expect(posts.every((r) => r.headers.authorization === `Basic ${SMENSO_TOKENS.admin}`)).toBe(
			true,
		);
	});

	test('Absence sync: four planned absences of RM user 510 become smenso absences of Edsger Dijkstra', () => {
		const run = runs[DEMOS.absences];
		expectGreen(run);

		expect(run.nodes['Absences already in smenso'].items).toEqual([{}]);
		const planned = run.nodes['Planned absences in RM'].items;
		expect(planned.map((a) => [a.id, a.leave_type, a.starts_at, a.ends_at])).toEqual([
			[700010, 'Vacation', '2026-01-02', '2026-01-06'],
			[700180, 'Holiday', '2026-06-02', '2026-06-06'],
			[700520, 'Vacation', '2026-04-02', '2026-04-06'],
			[700860, 'Sick', '2026-02-02', '2026-02-06'],
		]);
		expect(run.nodes['Not synced yet'].items).toEqual(planned);
		const created = run.nodes['Create absence in smenso'].items;
		expect(created).toHaveLength(4);
		expect(created.every((c) => c.status === 'Completed' && c.success === true)).toBe(true);

		const edsger = sandbox.smenso.members.find((m) => m.email === 'edsger.dijkstra@example.com')!;
		const added = [...sandbox.smenso.absences.values()].filter(
			(a) => !absencesBefore.has(String(a.id)),
		);
		const typeName = (a: Rec) => sandbox.smenso.absenceTypes.get(String(a.absenceTypeId))?.title;
		expect(
			added.map((a) => [a.userId, a.startDate, a.endDate, typeName(a), a.externalId]).sort(),
		).toEqual(
			[
				[edsger.id, '2026-01-02', '2026-01-06', 'Vacation', 'RM-700010'],
				[edsger.id, '2026-06-02', '2026-06-06', 'Vacation', 'RM-700180'],
				[edsger.id, '2026-04-02', '2026-04-06', 'Vacation', 'RM-700520'],
				[edsger.id, '2026-02-02', '2026-02-06', 'Sick leave', 'RM-700860'],
			].sort(),
		);

		const mine = during(DEMOS.absences);
		// The demo filters smenso's absences by e-mail: the member list turns it into the member's GUID first.
		expect(mine.slice(0, 4).map(shape)).toEqual([
			{
				method: 'GET',
				path: '/skyisland/api/integration/settings/member/json',
				query: {},
				body: undefined,
			},
			{
				method: 'GET',
				path: '/skyisland/api/integration/absence/json',
				query: {},
				body: undefined,
			},
			{
				method: 'GET',
				path: '/api/v1/users/510/assignments',
				query: { from: '2026-01-01', to: '2026-06-30', per_page: '1000' },
				body: undefined,
			},
			{ method: 'GET', path: '/api/v1/leave_types', query: { per_page: '1000' }, body: undefined },
		]);
		const posts = mine.filter((r) => r.method === 'POST');
		expect(
			posts
				.map((r) => (r.body as { absence: Rec[] }).absence[0])
				.sort((a, b) => String(a.externalId).localeCompare(String(b.externalId))),
		).toEqual([
			{
				userId: 'edsger.dijkstra@example.com',
				absenceTypeId: 'Vacation',
				startDate: '2026-01-02',
				endDate: '2026-01-06',
				externalId: 'RM-700010',
				comment: 'Vacation, planned in Resource Management',
				tempId: 'n8n-item-0',
			},
			{
				userId: 'edsger.dijkstra@example.com',
				absenceTypeId: 'Vacation',
				startDate: '2026-06-02',
				endDate: '2026-06-06',
				externalId: 'RM-700180',
				comment: 'Holiday, planned in Resource Management',
				tempId: 'n8n-item-1',
			},
			{
				userId: 'edsger.dijkstra@example.com',
				absenceTypeId: 'Vacation',
				startDate: '2026-04-02',
				endDate: '2026-04-06',
				externalId: 'RM-700520',
				comment: 'Vacation, planned in Resource Management',
				tempId: 'n8n-item-2',
			},
			{
				userId: 'edsger.dijkstra@example.com',
				absenceTypeId: 'Sick leave',
				startDate: '2026-02-02',
				endDate: '2026-02-06',
				externalId: 'RM-700860',
				comment: 'Sick, planned in Resource Management',
				tempId: 'n8n-item-3',
			},
		]);
		expect(posts.every((r) => r.path === '/skyisland/api/integration/absence/json')).toBe(true);
		expect(mine).toHaveLength(4 + 4 + 4 * 3);
	});

	test('Absence sync run again: nothing new to sync, nothing created, still green', async () => {
		const before = sandbox.smenso.absences.size;
		sandbox.clearRequests();
		const run = await n8n.execute(DEMOS.absences);
		expectGreen(run);
		expect(run.nodes['Absences already in smenso'].items.map((a) => a.externalId).sort()).toEqual([
			'RM-700010',
			'RM-700180',
			'RM-700520',
			'RM-700860',
		]);
		expect(run.nodes['Planned absences in RM'].items).toHaveLength(4);
		expect(run.nodes['Not synced yet'].items).toEqual([]);
		expect(run.nodes['Create absence in smenso']).toBeUndefined();
		expect(sandbox.smenso.absences.size).toBe(before);
		expect(sandbox.requests.map(line)).toEqual([
			'GET /skyisland/api/integration/settings/member/json',
			'GET /skyisland/api/integration/absence/json',
			'GET /api/v1/users/510/assignments',
			'GET /api/v1/leave_types',
		]);
	});

	test('CSV export: one item with smenso-projects.csv (2,500 projects) as binary data', () => {
		const run = runs[DEMOS.csv];
		expectGreen(run);
		const node = run.nodes['Projects as CSV'];
		expect(node.items).toHaveLength(1);
		const [binary] = node.binaries;
		expect(binary?.data).toMatchObject({
			mimeType: 'text/csv',
			fileName: 'smenso-projects.csv',
			fileExtension: 'csv',
		});
		const bytes = n8n.readBinary(binary!.data);
		expect(node.items[0]).toEqual({
			fileName: 'smenso-projects.csv',
			mimeType: 'text/csv',
			fileSize: bytes.length,
		});
		const lines = bytes.toString('utf8').split('\r\n');
		// Header, one line per project, and the empty string after the last line end.
		expect(lines).toHaveLength(SEED.projectCount + 2);
		expect(lines[0]).toBe(
			'\uFEFF"Id","Title","Status","Start date","End date","Budget","Archived","Template","Project Manager","Project Manager E-Mail","Created On","Updated On"',
		);
		expect(lines[1]).toContain(`"${SEED.mainProjectId}","Website Relaunch"`);

		const mine = during(DEMOS.csv);
		expect(mine.map(shape)).toEqual([
			{
				method: 'GET',
				path: '/skyisland/api/reports/projects',
				query: { format: 'CSV', lang: 'en-US', filter: 'all' },
				body: undefined,
			},
		]);
		expect(mine[0].headers.accept).toBe('text/csv');
	});
});
