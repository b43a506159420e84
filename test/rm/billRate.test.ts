import { rmNode, byId, jsonOf, runRm, shape } from '../harness/rm';
import { RM_TOKEN } from '../sandbox';
import { BILL_RATE_SEED, billRateRecord, billRatesOf } from '../sandbox/rm/billRates';
import { RM_SEED, type Rec } from '../sandbox/rm/state';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const api = '/api/v1';
const P = RM_SEED.firstProjectId;
const PHASE = 100_000 + P * 10;
const USER = RM_SEED.firstUserId;
const PLACEHOLDER = RM_SEED.firstPlaceholderId;
const SEEDED_AT = '2026-01-05T09:00:00Z';
const rates = () => billRatesOf(sandbox.rm);
const stored = (keep: (rate: Rec) => boolean) =>
	[...rates().values()].filter(keep).sort((a, b) => Number(a.id) - Number(b.id));

const FRIENDLY_MESSAGE =
	'Resource Management does not let this token read or change account default bill rates (403)';

/** A raw request to the sandbox, for its own rules that the node never lets through. */
async function raw(method: string, path: string, body?: unknown) {
	const response = await fetch(`${sandbox.rmBaseUrl}${api}${path}`, {
		method,
		headers: { auth: RM_TOKEN, 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as unknown };
}

describe('Resource Management bill rate', () => {
	test('the operations are Create, Get, Get Many and Update: there is no Delete (removed from the API in 2024)', () => {
		const operation = rmNode.description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('billRate'),
		);
		expect(operation?.options?.map((o) => ('value' in o ? o.value : undefined))).toEqual([
			'create',
			'get',
			'getAll',
			'update',
		]);
	});

	test("Get Many lists a project's rates in one request, as RM returns them", async () => {
		const result = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'getAll',
			scope: 'project',
			projectId: byId(String(P)),
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual(stored((rate) => rate.assignable_id === P));
		expect(jsonOf(result)).toEqual(
			BILL_RATE_SEED.project
				.filter((r) => r.assignable_id === P)
				.map((fields) => billRateRecord(fields)),
		);
		expect(jsonOf(result)[3]).toEqual({
			id: 320_004,
			rate: 90,
			assignable_id: P,
			discipline_id: null,
			role_id: null,
			user_id: PLACEHOLDER,
			starts_at: '2026-01-01',
			ends_at: '2026-06-30',
			created_at: SEEDED_AT,
			updated_at: SEEDED_AT,
			startdate: '2026-01-01',
			enddate: '2026-06-30',
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/projects/${P}/bill_rates`,
				query: { per_page: '1000' },
				body: undefined,
			},
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});

	test('Get Many with Return All reads 1,001 rates in two pages of 1,000; Limit asks for no more than it needs', async () => {
		const project = BILL_RATE_SEED.manyProject;
		const all = jsonOf(
			await runRm(sandbox, {
				resource: 'billRate',
				operation: 'getAll',
				projectId: byId(String(project)),
				returnAll: true,
			}),
		);
		expect(all).toHaveLength(BILL_RATE_SEED.manyCount);
		expect(all).toEqual(stored((rate) => rate.assignable_id === project));
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/projects/${project}/bill_rates`,
				query: { per_page: '1000' },
				body: undefined,
			},
			{
				method: 'GET',
				path: `${api}/projects/${project}/bill_rates`,
				query: { per_page: '1000', page: '2' },
				body: undefined,
			},
		]);

		sandbox.clearRequests();
		const limited = jsonOf(
			await runRm(sandbox, {
				resource: 'billRate',
				operation: 'getAll',
				projectId: byId(String(project)),
				limit: 3,
			}),
		);
		expect(limited.map((r) => r.id)).toEqual([0, 1, 2].map((i) => BILL_RATE_SEED.manyFirstId + i));
		expect(sandbox.requests.map((r) => r.query)).toEqual([{ per_page: '3' }]);
	});

	test("Get Many of a phase reads the phase's own rates below the phase", async () => {
		const result = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'getAll',
			scope: 'phase',
			projectId: byId(String(P)),
			phaseId: byId(String(PHASE)),
			limit: 10,
		});
		expect(jsonOf(result)).toEqual([
			billRateRecord({ id: 320_010, rate: 160, assignable_id: PHASE }),
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/projects/${PHASE}/bill_rates`,
				query: { per_page: '10' },
				body: undefined,
			},
		]);
	});

	test("Get Many of the account defaults: RM's 403 is explained, with its own words kept in the details", async () => {
		const result = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'getAll',
			scope: 'account',
			returnAll: true,
		});
		expect(result.error?.message).toBe(FRIENDLY_MESSAGE);
		expect(result.error?.description).toContain("Use Scope 'Project'");
		expect(result.error?.description).toContain('refuses account-level bill rates to API tokens');
		expect(result.error?.httpCode).toBe('403');
		expect(
			JSON.stringify((result.error as unknown as { errorResponse: unknown }).errorResponse),
		).toContain('account level bill rates');
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/bill_rates`, query: { per_page: '1000' }, body: undefined },
		]);
	});

	test('Get returns the bare rate of a project or of a phase', async () => {
		const onProject = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'get',
			projectId: byId(String(P)),
			billRateId: '320003',
		});
		const onPhase = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'get',
			scope: 'phase',
			projectId: byId(String(P)),
			phaseId: byId(String(PHASE)),
			billRateId: ' 320010 ',
		});
		expect(jsonOf(onProject)).toEqual([rates().get(320_003)]);
		expect(jsonOf(onProject)[0]).toMatchObject({
			rate: 175,
			user_id: USER,
			role_id: null,
			discipline_id: null,
		});
		expect(jsonOf(onPhase)).toEqual([rates().get(320_010)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/projects/${P}/bill_rates/320003`, query: {}, body: undefined },
			{
				method: 'GET',
				path: `${api}/projects/${PHASE}/bill_rates/320010`,
				query: {},
				body: undefined,
			},
		]);
	});

	test("Get of a rate of another project is RM's 404", async () => {
		const result = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'get',
			projectId: byId(String(P + 1)),
			billRateId: '320001',
		});
		expect(result.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(sandbox.requests).toHaveLength(1);
	});

	test("Create sends the project as assignable_id with the rate and returns RM's rate", async () => {
		const result = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'create',
			projectId: byId(String(P + 2)),
			rate: 155.5,
		});
		const [rate] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: `${api}/projects/${P + 2}/bill_rates`,
				query: {},
				body: { assignable_id: P + 2, rate: 155.5 },
			},
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
		expect(rate).toEqual({
			id: expect.any(Number),
			rate: 155.5,
			assignable_id: P + 2,
			discipline_id: null,
			role_id: null,
			user_id: null,
			starts_at: null,
			ends_at: null,
			created_at: SEEDED_AT,
			updated_at: SEEDED_AT,
			startdate: null,
			enddate: null,
		});
		expect(rates().get(Number(rate.id))).toEqual(rate);
	});

	test('Create of a dated user rate on a phase: phase as assignable_id below its project, dates as YYYY-MM-DD, rebuild asked', async () => {
		const result = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'create',
			rateOn: 'phase',
			projectId: byId(String(P)),
			phaseId: { __rl: true, mode: 'list', value: String(PHASE) },
			rate: 190,
			rebuildAssignments: true,
			additionalFields: {
				user_id: byId(String(USER + 4)),
				starts_at: '2026-07-01T00:00:00',
				ends_at: '31.12.2026',
			},
		});
		const [rate] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: `${api}/projects/${P}/bill_rates`,
				query: { rebuild_assignments: 'true' },
				body: {
					assignable_id: PHASE,
					rate: 190,
					user_id: USER + 4,
					starts_at: '2026-07-01',
					ends_at: '2026-12-31',
				},
			},
		]);
		expect(rate).toMatchObject({
			assignable_id: PHASE,
			rate: 190,
			user_id: USER + 4,
			starts_at: '2026-07-01',
			ends_at: '2026-12-31',
			role_id: null,
		});
	});

	test('Create for a placeholder sends it as user_id; a role and discipline rate sends both IDs', async () => {
		const forPlaceholder = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'create',
			projectId: byId(String(P + 3)),
			rate: 80,
			additionalFields: { placeholder_id: byId(String(PLACEHOLDER + 1)) },
		});
		const forRole = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'create',
			projectId: byId(String(P + 3)),
			rate: 0,
			additionalFields: { role_id: byId('43'), discipline_id: byId('62') },
		});
		expect(sandbox.requests.map((r) => r.body)).toEqual([
			{ assignable_id: P + 3, rate: 80, user_id: PLACEHOLDER + 1 },
			{ assignable_id: P + 3, rate: 0, role_id: 43, discipline_id: 62 },
		]);
		expect(jsonOf(forPlaceholder)[0]).toMatchObject({
			user_id: PLACEHOLDER + 1,
			role_id: null,
			discipline_id: null,
		});
		expect(jsonOf(forRole)[0]).toMatchObject({
			rate: 0,
			user_id: null,
			role_id: 43,
			discipline_id: 62,
		});
	});

	test("Create on a phase of another project: RM's 403 invalid assignable_id is shown", async () => {
		const result = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'create',
			rateOn: 'phase',
			projectId: byId(String(P)),
			phaseId: byId(String(100_000 + (P + 1) * 10)),
			rate: 100,
		});
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: bad data; invalid assignable_id',
		);
		expect(result.error?.httpCode).toBe('403');
		expect(sandbox.requests).toHaveLength(1);
	});

	test("Create with an unknown role ID: RM's 403 bad data is shown", async () => {
		const result = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'create',
			projectId: byId(String(P)),
			rate: 100,
			additionalFields: { role_id: byId('99') },
		});
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: bad data; invalid role_id',
		);
		expect(sandbox.requests).toHaveLength(1);
	});

	test('the sandbox keeps what RM was seen doing: no rate, no assignable_id, a wrong assignable_id', async () => {
		expect(
			await raw('POST', `/projects/${P}/bill_rates`, { assignable_id: P, user_id: USER }),
		).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ["Rate can't be blank"] },
		});
		expect(await raw('POST', `/projects/${P}/bill_rates`, { rate: 123, user_id: USER })).toEqual({
			status: 500,
			body: { message: 'internal error' },
		});
		expect(
			await raw('POST', `/projects/${P}/bill_rates`, { rate: 123, assignable_id: P + 1 }),
		).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['invalid assignable_id'] },
		});
		expect(
			await raw('PUT', `/projects/${P}/bill_rates/320001`, { rate: 123, assignable_id: PHASE }),
		).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['invalid assignable_id'] },
		});
		expect(await raw('GET', '/bill_rates/320001')).toEqual({
			status: 403,
			body: { message: 'accessing account level bill rates' },
		});
		expect(rates().get(320_001)).toMatchObject({ rate: 150 });
	});

	test('Update changes the rate of a project rate and can re-price assignments', async () => {
		const result = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'update',
			projectId: byId(String(P)),
			billRateId: '320002',
			rebuildAssignments: true,
			updateFields: { rate: 130, ends_at: '2026-12-31' },
		});
		const [rate] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'PUT',
				path: `${api}/projects/${P}/bill_rates/320002`,
				query: { rebuild_assignments: 'true' },
				body: { rate: 130, ends_at: '2026-12-31' },
			},
		]);
		expect(rate).toEqual({
			...billRateRecord({
				id: 320_002,
				rate: 130,
				assignable_id: P,
				role_id: 42,
				ends_at: '2026-12-31',
			}),
			updated_at: expect.any(String),
		});
		expect(rate.updated_at).not.toBe(SEEDED_AT);
		expect(rates().get(320_002)).toEqual(rate);
	});

	test('Update with Scope Account Defaults sends PUT /bill_rates/{id}: a project rate changes (as observed)', async () => {
		const result = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'update',
			scope: 'account',
			billRateId: '320010',
			updateFields: { rate: 165 },
		});
		expect(jsonOf(result)[0]).toMatchObject({ id: 320_010, rate: 165, assignable_id: PHASE });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'PUT', path: `${api}/bill_rates/320010`, query: {}, body: { rate: 165 } },
		]);
	});

	test("Update of an account default rate: RM's refusal is explained and the rate stays", async () => {
		const result = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'update',
			scope: 'account',
			billRateId: '2',
			updateFields: { rate: 99 },
		});
		expect(result.error?.message).toBe(FRIENDLY_MESSAGE);
		expect(result.error?.httpCode).toBe('403');
		expect(rates().get(2)).toMatchObject({ rate: 120 });
		expect(sandbox.requests).toHaveLength(1);
	});

	test('the other wording of the refusal ("accessing account level bill rates") is explained too; other 403s are not', async () => {
		sandbox.inject({
			method: 'PUT',
			path: `${api}/bill_rates/1`,
			response: { status: 403, body: { message: 'accessing account level bill rates' } },
		});
		const accessing = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'update',
			scope: 'account',
			billRateId: '1',
			updateFields: { rate: 1 },
		});
		expect(accessing.error?.message).toBe(FRIENDLY_MESSAGE);

		sandbox.inject({
			method: 'GET',
			path: `${api}/projects/${P}/bill_rates`,
			response: { status: 403, body: { message: 'forbidden' } },
		});
		const other = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'getAll',
			projectId: byId(String(P)),
			limit: 1,
		});
		expect(other.error?.message).toBe('The token may not do this (403): forbidden');
	});

	test("Update that puts a user on a role rate: RM's 403 is shown", async () => {
		const result = await runRm(sandbox, {
			resource: 'billRate',
			operation: 'update',
			projectId: byId(String(P)),
			billRateId: '320002',
			updateFields: { user_id: byId(String(USER)) },
		});
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: bad data; a user specific bill rate cannot have a role or discipline',
		);
		expect(rates().get(320_002)).toMatchObject({ user_id: null, role_id: 42 });
	});

	test('bad input fails before any request', async () => {
		const base = { resource: 'billRate', projectId: byId(String(P)) };
		const cases: Array<[Record<string, unknown>, string]> = [
			[
				{
					operation: 'create',
					rate: 100,
					additionalFields: { user_id: byId(String(USER)), discipline_id: byId('61') },
				},
				"A bill rate for one person cannot also have a 'Discipline'",
			],
			[
				{
					operation: 'create',
					rate: 100,
					additionalFields: { placeholder_id: byId(String(PLACEHOLDER)), role_id: byId('41') },
				},
				"A bill rate for one person cannot also have a 'Role'",
			],
			[
				{
					operation: 'create',
					rate: 100,
					additionalFields: {
						user_id: byId(String(USER)),
						placeholder_id: byId(String(PLACEHOLDER)),
					},
				},
				"A bill rate cannot have both a 'User' and a 'Placeholder'",
			],
			[
				{ operation: 'create', rate: 100, additionalFields: { user_id: byId('') } },
				"'User' is empty",
			],
			[
				{ operation: 'create', rate: 100, additionalFields: { role_id: byId('Designer') } },
				`'Role' is not a valid ID: "Designer"`,
			],
			[{ operation: 'create', rate: '={{ "lots" }}' }, `'Rate' is not a number: "lots"`],
			[{ operation: 'create', rate: '={{ -5 }}' }, "'Rate' must be 0 or more: -5"],
			[{ operation: 'create', rate: '={{ "" }}' }, "'Rate' is empty"],
			[{ operation: 'create', rate: 100, projectId: byId('') }, "'Project' is empty"],
			[{ operation: 'create', rate: 100, rateOn: 'phase', phaseId: byId('') }, "'Phase' is empty"],
			[
				{
					operation: 'create',
					rate: 100,
					additionalFields: { starts_at: '2026-05-01', ends_at: '2026-04-01' },
				},
				"'End Date' (2026-04-01) is before 'Start Date' (2026-05-01)",
			],
			[{ operation: 'get', billRateId: '' }, "'Bill Rate ID' is empty"],
			[{ operation: 'get', billRateId: '32/1' }, `'Bill Rate ID' is not a valid ID: "32/1"`],
			[
				{ operation: 'getAll', scope: 'phase', phaseId: byId('x'), limit: 1 },
				`'Phase' is not a valid ID: "x"`,
			],
			[{ operation: 'update', billRateId: '320001', updateFields: {} }, 'No fields to update'],
			[
				{ operation: 'update', scope: 'account', billRateId: 'abc', updateFields: { rate: 1 } },
				`'Bill Rate ID' is not a valid ID: "abc"`,
			],
			[
				{
					operation: 'update',
					billRateId: '320001',
					updateFields: { user_id: byId(String(USER)), role_id: byId('41') },
				},
				"A bill rate for one person cannot also have a 'Role'",
			],
		];
		for (const [parameters, message] of cases) {
			const result = await runRm(sandbox, { ...base, ...parameters } as never);
			expect([parameters, result.error?.message]).toEqual([parameters, message]);
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
