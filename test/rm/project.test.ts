import { RM_TOKEN } from '../sandbox';
import { RM_SEED } from '../sandbox/rm/state';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const FIRST = RM_SEED.firstProjectId;
const projectsPath = '/api/v1/projects';

describe('Resource Management project', () => {
	test('A project that embeds tags unasked, cut after the first page, comes back with all of them', async () => {
		// Recorded traffic shows projects carrying `tags` without fields=tags (§2.1 [OBS]); nested
		// lists are paged (§2.2 [DOC]). The sandbox embeds only on request, so the answer is injected.
		const project = sandbox.rm.projects.get(1001)!;
		const tagIds = [...(sandbox.rm.tagLinks.get('project:1001') ?? [])];
		expect(tagIds.length).toBeGreaterThan(1);
		const nestedPath = `${projectsPath}/1001/tags`;
		sandbox.inject({
			method: 'GET',
			path: `${projectsPath}/1001`,
			response: {
				status: 200,
				body: {
					...project,
					tags: {
						data: [sandbox.rm.tags.get(tagIds[0])],
						paging: { next: `${nestedPath}?per_page=1&page=2`, page: 1, per_page: 1 },
					},
				},
			},
		});
		const [got] = jsonOf(
			await runRm(sandbox, {
				resource: 'project',
				operation: 'get',
				projectId: byId('1001'),
				simplify: false,
			}),
		);
		const tags = got.tags as { data: Array<{ id: number }>; paging: { next: unknown } };
		expect(tags.data.map((tag) => tag.id).sort()).toEqual([...tagIds].sort());
		expect(tags.paging.next).toBeNull();
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${projectsPath}/1001`, query: {}, body: undefined },
			{ method: 'GET', path: nestedPath, query: { page: '1', per_page: '1000' }, body: undefined },
		]);
	});

	test('Get Many with Return All reads every project with per_page=1000 and follows paging.next', async () => {
		const result = await runRm(sandbox, {
			resource: 'project',
			operation: 'getAll',
			returnAll: true,
			simplify: false,
			filters: { with_archived: true, with_phases: true },
		});
		const items = jsonOf(result);
		const total = RM_SEED.projectCount * (1 + RM_SEED.phasesPerProject);
		expect(items).toHaveLength(total);
		expect(new Set(items.map((p) => p.id)).size).toBe(total);
		// 1,200 records at 1,000 a page: two requests; the second follows the next link verbatim.
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: projectsPath,
				query: { with_archived: 'true', with_phases: 'true', per_page: '1000' },
				body: undefined,
			},
			{
				method: 'GET',
				path: projectsPath,
				query: { with_archived: 'true', with_phases: 'true', per_page: '1000', page: '2' },
				body: undefined,
			},
		]);
		expect(sandbox.requests.every((r) => r.headers.auth === RM_TOKEN)).toBe(true);
	});

	test('Get Many with Limit asks for only that many and simplifies', async () => {
		const result = await runRm(sandbox, { resource: 'project', operation: 'getAll', limit: 3 });
		expect(jsonOf(result)).toEqual([
			{
				id: FIRST,
				name: 'Website Relaunch',
				client: 'Globex',
				project_code: `P-${FIRST}`,
				project_state: 'Confirmed',
				starts_at: '2026-01-01',
				ends_at: '2026-03-31',
				archived: false,
				parent_id: null,
				phase_name: null,
			},
			expect.objectContaining({ id: FIRST + 1 }),
			expect.objectContaining({ id: FIRST + 2 }),
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: projectsPath, query: { per_page: '3' }, body: undefined },
		]);
	});

	test('Get Many sends every filter, the sort and the embedded fields', async () => {
		const result = await runRm(
			sandbox,
			{
				resource: 'project',
				operation: 'getAll',
				returnAll: true,
				filters: {
					from: '2026-03-01T00:00:00',
					to: '2026-03-31T00:00:00',
					project_state: ['Tentative', 'Internal'],
					project_code: `P-${FIRST + 1}`,
				},
				sort: { sort_field: 'updated', sort_order: 'descending' },
				fields: ['tags', 'children'],
			},
			{ timezone: 'America/New_York' },
		);
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({ id: FIRST + 1, project_state: 'Tentative' }),
		]);
		expect(sandbox.requests[0].query).toEqual({
			from: '2026-03-01',
			to: '2026-03-31',
			filter_field: 'project_state',
			filter_list: 'Tentative,Internal',
			project_code: `P-${FIRST + 1}`,
			sort_field: 'updated',
			sort_order: 'descending',
			fields: 'tags,children',
			per_page: '1000',
		});
	});

	test('Get returns the bare project with embedded phases', async () => {
		const result = await runRm(sandbox, {
			resource: 'project',
			operation: 'get',
			projectId: byId(String(FIRST)),
			simplify: false,
			fields: ['children'],
		});
		const [project] = jsonOf(result);
		expect(project).toMatchObject({ id: FIRST, name: 'Website Relaunch' });
		expect((project.children as { data: unknown[] }).data).toHaveLength(2);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: `${projectsPath}/${FIRST}`,
			query: { fields: 'children' },
			body: undefined,
		});
	});

	test('Create converts the dates and returns the created project', async () => {
		const result = await runRm(
			sandbox,
			{
				resource: 'project',
				operation: 'create',
				name: 'Data Platform',
				additionalFields: {
					client: 'ACME',
					project_code: 'ACME-042',
					starts_at: '2026-03-01T00:00:00',
					ends_at: '2026-06-30T23:30:00',
					project_state: 'Tentative',
				},
			},
			{ timezone: 'Europe/Berlin' },
		);
		const [project] = jsonOf(result);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'POST',
			path: projectsPath,
			query: {},
			body: {
				name: 'Data Platform',
				client: 'ACME',
				project_code: 'ACME-042',
				starts_at: '2026-03-01',
				ends_at: '2026-06-30',
				project_state: 'Tentative',
			},
		});
		expect(project).toMatchObject({
			name: 'Data Platform',
			starts_at: '2026-03-01',
			ends_at: '2026-06-30',
			archived: false,
		});
		expect(sandbox.rm.projects.get(Number(project.id))?.name).toBe('Data Platform');
	});

	test('Update sends only the changed fields', async () => {
		const id = FIRST + 5;
		const result = await runRm(sandbox, {
			resource: 'project',
			operation: 'update',
			projectId: byId(String(id)),
			updateFields: { name: 'Renamed', ends_at: '2026-11-30T00:00:00' },
		});
		expect(jsonOf(result)[0]).toMatchObject({ id, name: 'Renamed', ends_at: '2026-11-30' });
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'PUT',
			path: `${projectsPath}/${id}`,
			query: {},
			body: { name: 'Renamed', ends_at: '2026-11-30' },
		});
	});

	test('Archive and Unarchive set the archived flag', async () => {
		const id = FIRST + 6;
		expect(
			jsonOf(
				await runRm(sandbox, {
					resource: 'project',
					operation: 'archive',
					projectId: byId(String(id)),
				}),
			)[0],
		).toMatchObject({ id, archived: true });
		expect(
			jsonOf(
				await runRm(sandbox, {
					resource: 'project',
					operation: 'unarchive',
					projectId: byId(String(id)),
				}),
			)[0],
		).toMatchObject({ id, archived: false });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'PUT', path: `${projectsPath}/${id}`, query: {}, body: { archived: true } },
			{ method: 'PUT', path: `${projectsPath}/${id}`, query: {}, body: { archived: false } },
		]);
	});

	test('Delete answers { deleted: true } on the empty 200 body', async () => {
		const id = FIRST + 7;
		expect(
			jsonOf(
				await runRm(sandbox, {
					resource: 'project',
					operation: 'delete',
					projectId: byId(String(id)),
				}),
			),
		).toEqual([{ deleted: true }]);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'DELETE',
			path: `${projectsPath}/${id}`,
			query: {},
			body: undefined,
		});
		expect(sandbox.rm.projects.has(id)).toBe(false);
	});

	test('A validation failure (403 bad data) names the problem', async () => {
		const result = await runRm(sandbox, {
			resource: 'project',
			operation: 'create',
			name: 'X',
			additionalFields: { starts_at: '2026-05-01', ends_at: '2026-04-01' },
		});
		expect(result.error?.message).toBe(
			"'End Date' (2026-04-01) is before 'Start Date' (2026-05-01)",
		);
		expect(sandbox.requests).toHaveLength(0);
		sandbox.inject({
			method: 'POST',
			path: projectsPath,
			response: { status: 403, body: { message: 'bad data', errors: ["Name can't be blank"] } },
		});
		const rejected = await runRm(sandbox, { resource: 'project', operation: 'create', name: 'Y' });
		expect(rejected.error?.message).toBe(
			"Resource Management rejected the data: bad data; Name can't be blank",
		);
		expect(rejected.error?.description).toContain('YYYY-MM-DD');
	});
});
