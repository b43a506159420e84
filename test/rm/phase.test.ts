import { RM_TOKEN } from '../sandbox';
import { RM_SEED } from '../sandbox/rm/state';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const FIRST = RM_SEED.firstProjectId;
/** Seeded phases: 100000 + project id * 10 + 0 (Discovery) / 1 (Delivery). */
const phaseOf = (project: number, index: 0 | 1) => 100_000 + project * 10 + index;
const phasesPath = (project: number) => `/api/v1/projects/${project}/phases`;
const list = (value: string) => ({ __rl: true, mode: 'list', value });
const assignmentsOn = (id: number) =>
	[...sandbox.rm.assignments.values()].filter((a) => a.assignable_id === id);

describe('Resource Management phase', () => {
	test("Get Many with Limit reads one page of the project's phases and simplifies them", async () => {
		const result = await runRm(sandbox, {
			resource: 'phase',
			operation: 'getAll',
			projectId: list(String(FIRST)),
			limit: 1,
		});
		expect(jsonOf(result)).toEqual([
			{
				id: phaseOf(FIRST, 0),
				parent_id: FIRST,
				phase_name: 'Discovery',
				starts_at: '2026-01-01',
				ends_at: '2026-06-30',
				archived: false,
				use_parent_bill_rates: true,
			},
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: phasesPath(FIRST), query: { per_page: '1' }, body: undefined },
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});

	test('Get Many with Return All sends Include Archived and the embedded fields', async () => {
		const project = FIRST + 1;
		const archivedPhase = phaseOf(project, 1);
		sandbox.rm.projects.get(archivedPhase)!.archived = true;
		sandbox.rm.tagLinks.set(`project:${archivedPhase}`, new Set([7001]));

		const active = await runRm(sandbox, {
			resource: 'phase',
			operation: 'getAll',
			projectId: byId(String(project)),
			returnAll: true,
		});
		expect(jsonOf(active).map((p) => p.id)).toEqual([phaseOf(project, 0)]);

		const all = await runRm(sandbox, {
			resource: 'phase',
			operation: 'getAll',
			projectId: byId(String(project)),
			returnAll: true,
			simplify: false,
			filters: { with_archived: true },
			fields: ['tags', 'custom_field_values'],
		});
		const items = jsonOf(all);
		expect(items.map((p) => [p.id, p.archived])).toEqual([
			[phaseOf(project, 0), false],
			[archivedPhase, true],
		]);
		expect((items[1].tags as { data: unknown[] }).data).toEqual([{ id: 7001, value: 'Priority' }]);
		expect(items[0]).toMatchObject({
			name: `Project ${project}`,
			type: 'Project',
			custom_field_values: { data: [] },
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: phasesPath(project), query: { per_page: '1000' }, body: undefined },
			{
				method: 'GET',
				path: phasesPath(project),
				query: { with_archived: 'true', fields: 'tags,custom_field_values', per_page: '1000' },
				body: undefined,
			},
		]);
	});

	test('Get reads the phase below its project', async () => {
		const id = phaseOf(FIRST, 1);
		const result = await runRm(sandbox, {
			resource: 'phase',
			operation: 'get',
			projectId: list(String(FIRST)),
			phaseId: list(String(id)),
		});
		expect(jsonOf(result)).toEqual([
			{
				id,
				parent_id: FIRST,
				phase_name: 'Delivery',
				starts_at: '2026-01-01',
				ends_at: '2026-06-30',
				archived: false,
				use_parent_bill_rates: true,
			},
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${phasesPath(FIRST)}/${id}`, query: {}, body: undefined },
		]);
	});

	test('Get of a phase that belongs to another project is a readable 404', async () => {
		const result = await runRm(sandbox, {
			resource: 'phase',
			operation: 'get',
			projectId: byId(String(FIRST + 2)),
			phaseId: byId(String(phaseOf(FIRST, 0))),
		});
		expect(result.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(result.error?.description).toContain('nested records must belong to the parent');
	});

	test('Create converts the dates and returns the new phase', async () => {
		const project = FIRST + 3;
		const result = await runRm(
			sandbox,
			{
				resource: 'phase',
				operation: 'create',
				projectId: byId(String(project)),
				phase_name: 'Rollout',
				additionalFields: { starts_at: '2026-04-01T00:00:00', ends_at: '2026-05-15T23:30:00' },
			},
			{ timezone: 'Europe/Berlin' },
		);
		const [phase] = jsonOf(result);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'POST',
			path: phasesPath(project),
			query: {},
			body: { phase_name: 'Rollout', starts_at: '2026-04-01', ends_at: '2026-05-15' },
		});
		expect(phase).toMatchObject({
			parent_id: project,
			phase_name: 'Rollout',
			starts_at: '2026-04-01',
			ends_at: '2026-05-15',
			use_parent_bill_rates: true,
		});
		expect(sandbox.rm.projects.get(Number(phase.id))).toMatchObject({
			parent_id: project,
			phase_name: 'Rollout',
		});
	});

	test('Create without dates sends only the name; Resource Management fills in the dates', async () => {
		const result = await runRm(sandbox, {
			resource: 'phase',
			operation: 'create',
			projectId: byId(String(FIRST)),
			phase_name: 'Hypercare',
		});
		expect(jsonOf(result)[0]).toMatchObject({
			phase_name: 'Hypercare',
			starts_at: '2026-01-05',
			ends_at: '2026-03-06',
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'POST', path: phasesPath(FIRST), query: {}, body: { phase_name: 'Hypercare' } },
		]);
	});

	test('Update sends only the fields added', async () => {
		const id = phaseOf(FIRST + 4, 0);
		const result = await runRm(sandbox, {
			resource: 'phase',
			operation: 'update',
			projectId: byId(String(FIRST + 4)),
			phaseId: byId(String(id)),
			updateFields: {
				phase_name: 'Scoping',
				ends_at: '2026-02-27',
				use_parent_bill_rates: false,
				timeentry_lockout: 7,
			},
		});
		expect(jsonOf(result)[0]).toMatchObject({
			id,
			phase_name: 'Scoping',
			ends_at: '2026-02-27',
			use_parent_bill_rates: false,
			timeentry_lockout: 7,
		});
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'PUT',
			path: `${phasesPath(FIRST + 4)}/${id}`,
			query: {},
			body: {
				phase_name: 'Scoping',
				ends_at: '2026-02-27',
				use_parent_bill_rates: false,
				timeentry_lockout: 7,
			},
		});
	});

	test('An end date before the stored start is refused by Resource Management with a readable error', async () => {
		const id = phaseOf(FIRST + 4, 1);
		const result = await runRm(sandbox, {
			resource: 'phase',
			operation: 'update',
			projectId: byId(String(FIRST + 4)),
			phaseId: byId(String(id)),
			updateFields: { ends_at: '2025-12-01' },
		});
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: bad data; Ends at must be after starts at',
		);
		expect(result.error?.description).toContain('YYYY-MM-DD');
		expect(sandbox.rm.projects.get(id)!.ends_at).toBe('2026-06-30');
	});

	test('Delete answers { deleted: true } and removes the phase', async () => {
		const id = phaseOf(FIRST + 5, 1);
		expect(assignmentsOn(id)).toEqual([]);
		expect(
			jsonOf(
				await runRm(sandbox, {
					resource: 'phase',
					operation: 'delete',
					projectId: byId(String(FIRST + 5)),
					phaseId: byId(String(id)),
				}),
			),
		).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'DELETE', path: `${phasesPath(FIRST + 5)}/${id}`, query: {}, body: undefined },
		]);
		expect(sandbox.rm.projects.has(id)).toBe(false);
	});

	test('Delete of a phase with assignments is refused as bad data and keeps the phase', async () => {
		const id = phaseOf(FIRST + 6, 1);
		expect(assignmentsOn(id)).toEqual([]);
		sandbox.rm.assignments.set(880001, {
			id: 880001,
			assignable_id: id,
			user_id: RM_SEED.firstUserId,
			starts_at: '2026-01-05',
			ends_at: '2026-01-09',
		});
		const result = await runRm(sandbox, {
			resource: 'phase',
			operation: 'delete',
			projectId: byId(String(FIRST + 6)),
			phaseId: byId(String(id)),
		});
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: bad data; Phase has assignments and cannot be deleted',
		);
		expect(result.error?.httpCode).toBe('403');
		expect(sandbox.rm.projects.has(id)).toBe(true);
		sandbox.rm.assignments.delete(880001);
	});

	test('Bad IDs and dates fail before any request', async () => {
		const cases = [
			[
				{ operation: 'get', projectId: byId('abc'), phaseId: byId(String(phaseOf(FIRST, 0))) },
				`'Project' is not a valid ID: "abc"`,
			],
			[{ operation: 'get', projectId: byId(String(FIRST)), phaseId: byId('') }, "'Phase' is empty"],
			[
				{ operation: 'delete', projectId: byId(String(FIRST)), phaseId: byId('12.5') },
				`'Phase' is not a valid ID: "12.5"`,
			],
			[{ operation: 'getAll', projectId: byId(' ') }, "'Project' is empty"],
			[
				{
					operation: 'create',
					projectId: byId(String(FIRST)),
					phase_name: 'X',
					additionalFields: { starts_at: '2026-05-01', ends_at: '2026-04-01' },
				},
				"'End Date' (2026-04-01) is before 'Start Date' (2026-05-01)",
			],
			[
				{
					operation: 'update',
					projectId: byId(String(FIRST)),
					phaseId: byId(String(phaseOf(FIRST, 0))),
					updateFields: { starts_at: 'soon' },
				},
				`'Start Date' is not a valid date: "soon"`,
			],
		] as const;
		for (const [parameters, message] of cases) {
			const result = await runRm(sandbox, { resource: 'phase', ...parameters });
			expect(result.error?.message).toBe(message);
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
