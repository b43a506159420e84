import { SEED } from '../sandbox/smenso/state';
import {
	ADMIN_AUTH,
	byId,
	FAST_TICKETS,
	jsonOf,
	runSmenso,
	shape,
	SINGLE_WRITE_POLLS,
	SINGLE_WRITE_TICKET,
	statusPolls,
} from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

const P = SEED.mainProjectId;
/** The template parts smenso's own node sends (smenso.md §5.2 [NODE-B]), all true by default. */
const ALL_COPY_OPTIONS = [
	'tasks',
	'flavors',
	'budget',
	'description',
	'manager',
	'permissions',
	'adjustTaskDates',
	'startDate',
	'labels',
	'tasksWorkflow',
	'tasksTemplate',
	'folderTasksTemplate',
	'viewSettings',
	'location',
	'hourlyRate',
	'goal',
	'benefit',
	'observers',
	'blockTimeRecording',
	'markedColumns',
	'columnDescriptions',
];

describe('smenso project', () => {
	test('Get Many with Return All returns all 2,500 seeded projects in one request', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'getAll',
			returnAll: true,
			simplify: false,
		});
		const items = jsonOf(result);
		expect(items).toHaveLength(SEED.projectCount);
		expect(new Set(items.map((i) => i.id)).size).toBe(SEED.projectCount);
		expect(sandbox.requests).toHaveLength(1);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/project/json',
			query: {},
			body: undefined,
		});
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Get Many with Limit 7 returns exactly the first 7, simplified', async () => {
		const result = await runSmenso(sandbox, { resource: 'project', operation: 'getAll', limit: 7 });
		const items = jsonOf(result);
		expect(items).toHaveLength(7);
		expect(items[0]).toEqual({
			id: P,
			title: 'Website Relaunch',
			phaseId: 1,
			typeId: 1,
			statusId: 1,
			startDate: '01.01.2026',
			endDate: '31.12.2026',
			archived: false,
			projectManager: sandbox.smenso.members[0].id,
			externalId: 'EXT-0',
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Get Many passes filters as query parameters', async () => {
		const other = [...sandbox.smenso.projects.keys()][3];
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'getAll',
			returnAll: true,
			filters: { projectIds: ` ${P} , ${other} `, lang: 'de-DE' },
		});
		expect(jsonOf(result).map((p) => p.id)).toEqual([P, other]);
		expect(sandbox.requests[0].query).toEqual({ projectIds: `${P},${other}`, lang: 'de-DE' });
	});

	test('Get returns one project by ID', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'get',
			projectId: byId(P),
			simplify: false,
		});
		const [project] = jsonOf(result);
		expect(project).toMatchObject({
			id: P,
			title: 'Website Relaunch',
			budget: 10000,
			currency: 'EUR',
		});
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: `/skyisland/api/integration/project/json/${P}`,
			query: {},
			body: undefined,
		});
	});

	test('Create sends the envelope, waits for the ticket and returns the new ID', async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'project',
				operation: 'create',
				title: 'Office Move',
				phaseId: 2,
				typeId: 1,
				additionalFields: {
					startDate: '2026-03-01T00:00:00',
					endDate: '2026-06-30T00:00:00',
					budget: 5000,
					externalId: 'CRM-1',
				},
				customFields: { flavor: [{ target: String(sandbox.smenso.flavors[0].id), value: 'EMEA' }] },
				options: FAST_TICKETS,
			},
			{ timezone: 'Europe/Berlin' },
		);
		const [out] = jsonOf(result);
		const post = sandbox.requestsTo('/integration/project/json', 'POST')[0];
		expect(shape(post)).toEqual({
			method: 'POST',
			path: '/skyisland/api/integration/project/json',
			query: {},
			body: {
				timezoneId: 'W. Europe Standard Time',
				project: [
					{
						title: 'Office Move',
						phaseId: 2,
						typeId: 1,
						startDate: '2026-03-01',
						endDate: '2026-06-30',
						budget: 5000,
						externalId: 'CRM-1',
						flavor: [{ target: sandbox.smenso.flavors[0].id, value: 'EMEA' }],
						tempId: 'n8n-item-0',
					},
				],
			},
		});
		expect(post.headers.authorization).toBe(ADMIN_AUTH);
		expect(post.headers['content-type']).toContain('application/json');
		// Created → Processing → Completed: three polls.
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(out).toMatchObject({
			status: 'Completed',
			tempId: 'n8n-item-0',
			success: true,
			messages: [],
		});
		expect(out.ticketId).toEqual(SINGLE_WRITE_TICKET);
		expect(sandbox.smenso.projects.get(String(out.id))).toMatchObject({
			title: 'Office Move',
			startDate: '2026-03-01',
		});
	});

	test.each([
		[
			'a 202 ticket at once, without a result',
			'async',
			{ id: null, success: null, messages: [], ticketId: expect.any(String), status: 'Accepted' },
		],
		[
			'the ID when smenso answers at once (200)',
			'sync',
			{
				id: expect.any(String),
				success: true,
				messages: [],
				ticketId: null,
				status: 'Completed',
				tempId: 'n8n-item-0',
			},
		],
	] as const)('Create with Wait for Completion off returns %s', async (_name, mode, expected) => {
		sandbox.smenso.writeMode = mode;
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'create',
			title: `Quick ${mode}`,
			phaseId: 1,
			typeId: 1,
			options: { waitForCompletion: false },
		});
		const [out] = jsonOf(result);
		expect(out).toEqual(expected);
		if (mode === 'sync')
			expect(sandbox.smenso.projects.get(String(out.id))).toMatchObject({ title: 'Quick sync' });
		expect(statusPolls(sandbox)).toHaveLength(0);
	});

	test('Create from Template posts the template body', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'createFromTemplate',
			templateId: SEED.projectTemplateId,
			title: 'From Template',
			copy: ['tasks', 'budget'],
			additionalFields: { startDate: '2026-04-01T00:00:00', code: 'FT-1' },
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)[0]).toMatchObject({ status: 'Completed', success: true });
		expect(shape(sandbox.requestsTo('/integration/project/json/', 'POST')[0])).toEqual({
			method: 'POST',
			path: `/skyisland/api/integration/project/json/${SEED.projectTemplateId}`,
			query: {},
			body: {
				title: 'From Template',
				// Every copy option is sent; only the chosen ones are true.
				options: Object.fromEntries(
					ALL_COPY_OPTIONS.map((key) => [key, key === 'tasks' || key === 'budget']),
				),
				startDate: '2026-04-01',
				code: 'FT-1',
			},
		});
	});

	test('Apply Template sends one boolean per part', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'applyTemplate',
			projectId: byId(P),
			templateId: SEED.projectTemplateId,
			apply: ['startDate', 'budget'],
			overwriteValues: true,
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)[0]).toMatchObject({ status: 'Completed', id: P });
		expect(shape(sandbox.requestsTo('/integration/project/json/', 'PUT')[0])).toEqual({
			method: 'PUT',
			path: `/skyisland/api/integration/project/json/${SEED.projectTemplateId}`,
			query: {},
			body: { projectId: P, startDate: true, budget: true, overwriteValues: true },
		});
	});

	test('Update sends only the fields given, with the ID on the item', async () => {
		const id = [...sandbox.smenso.projects.keys()][10];
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'update',
			projectId: byId(id),
			updateFields: { title: 'Renamed', endDate: '2026-12-24T00:00:00' },
			options: { ...FAST_TICKETS, timezoneId: 'UTC' },
		});
		expect(jsonOf(result)[0]).toMatchObject({ status: 'Completed', id });
		expect(shape(sandbox.requestsTo('/integration/project/json', 'PUT')[0])).toEqual({
			method: 'PUT',
			path: '/skyisland/api/integration/project/json',
			query: {},
			body: {
				timezoneId: 'UTC',
				project: [{ id, title: 'Renamed', endDate: '2026-12-24', tempId: 'n8n-item-0' }],
			},
		});
		expect(sandbox.smenso.projects.get(id)).toMatchObject({
			title: 'Renamed',
			endDate: '2026-12-24',
		});
	});

	test('Archive and Unarchive post to the documented paths', async () => {
		const id = [...sandbox.smenso.projects.keys()][11];
		const archived = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'archive',
			projectId: byId(id),
			options: FAST_TICKETS,
		});
		expect(jsonOf(archived)[0]).toMatchObject({ status: 'Completed', id });
		expect(sandbox.smenso.projects.get(id)?.archived).toBe(true);
		const restored = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'unarchive',
			projectId: byId(id),
			options: FAST_TICKETS,
		});
		expect(jsonOf(restored)[0]).toMatchObject({ status: 'Completed', id });
		expect(sandbox.smenso.projects.get(id)?.archived).toBe(false);
		expect(sandbox.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
			`/skyisland/api/integration/project/json/archive/${id}`,
			`/skyisland/api/integration/project/json/unarchive/${id}`,
		]);
		expect(sandbox.requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
			undefined,
			undefined,
		]);
	});

	test('Archive falls back to the second documented path when the first answers 404', async () => {
		const id = [...sandbox.smenso.projects.keys()][12];
		sandbox.inject({
			method: 'POST',
			path: `/json/archive/${id}`,
			response: { status: 404, body: 'Not Found', raw: true },
		});
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'archive',
			projectId: byId(id),
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)[0]).toMatchObject({ status: 'Completed', id });
		expect(sandbox.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
			`/skyisland/api/integration/project/json/archive/${id}`,
			`/skyisland/api/integration/project/json/${id}/archive`,
		]);
	});

	test('Delete removes the project and answers { deleted: true }', async () => {
		const id = [...sandbox.smenso.projects.keys()][13];
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'delete',
			projectId: byId(id),
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'DELETE',
			path: `/skyisland/api/integration/project/json/${id}`,
			query: {},
			body: undefined,
		});
		expect(sandbox.smenso.projects.has(id)).toBe(false);
	});
});
