import { startSandbox, RM_TOKEN, type ResourcePlanningSandbox } from '../sandbox';
import { LOOKUP_SEED } from '../sandbox/rm/lookups';
import { byId, jsonOf, runRm, shape } from '../harness/rm';

let sandbox: ResourcePlanningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => await sandbox.close());
beforeEach(() => {
	sandbox.clearRequests();
	sandbox.clearFaults();
});

const path = '/api/v1/disciplines';

describe('Resource Management discipline', () => {
	test('Get Many with Limit asks for that many and returns {id, value} items', async () => {
		const result = await runRm(sandbox, { resource: 'discipline', operation: 'getAll', limit: 2 });
		expect(sandbox.requests.map(shape)).toEqual([{ method: 'GET', path, query: { per_page: '2' }, body: undefined }]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
		expect(jsonOf(result)).toEqual([
			{ id: 61, value: 'Engineering' },
			{ id: 62, value: 'Design' },
		]);
	});

	test('Get Many with Return All reads the whole list', async () => {
		const result = await runRm(sandbox, { resource: 'discipline', operation: 'getAll', returnAll: true });
		expect(sandbox.requests.map(shape)).toEqual([{ method: 'GET', path, query: { per_page: '1000' }, body: undefined }]);
		expect(jsonOf(result)).toEqual(LOOKUP_SEED.disciplines);
		expect(jsonOf(result)).toHaveLength(4);
	});

	test('Get Many with Return All follows paging.next verbatim to the end', async () => {
		// A first page of one record whose next link asks for pages of one: every later page is read.
		sandbox.inject({
			method: 'GET',
			path,
			response: {
				status: 200,
				body: { data: LOOKUP_SEED.disciplines.slice(0, 1), paging: { next: '/api/v1/disciplines?per_page=1&page=2', previous: null, page: 1, per_page: 1 } },
			},
		});
		const result = await runRm(sandbox, { resource: 'discipline', operation: 'getAll', returnAll: true });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '1000' }, body: undefined },
			...LOOKUP_SEED.disciplines.slice(1).map((_r, i) => ({ method: 'GET', path, query: { per_page: '1', page: String(i + 2) }, body: undefined })),
		]);
		expect(jsonOf(result)).toEqual(LOOKUP_SEED.disciplines);
	});

	test('Get returns one discipline', async () => {
		const result = await runRm(sandbox, { resource: 'discipline', operation: 'get', disciplineId: byId(' 62 ') });
		expect(sandbox.requests.map(shape)).toEqual([{ method: 'GET', path: `${path}/62`, query: {}, body: undefined }]);
		expect(jsonOf(result)).toEqual([{ id: 62, value: 'Design' }]);
	});

	test('Get checks the ID before sending and reports an unknown one', async () => {
		const empty = await runRm(sandbox, { resource: 'discipline', operation: 'get', disciplineId: byId('') });
		expect(empty.error?.message).toBe("'Discipline' is empty");
		const text = await runRm(sandbox, { resource: 'discipline', operation: 'get', disciplineId: byId('Engineering') });
		expect(text.error?.message).toBe('\'Discipline\' is not a valid ID: "Engineering"');
		expect(sandbox.requests).toHaveLength(0);
		const missing = await runRm(sandbox, { resource: 'discipline', operation: 'get', disciplineId: byId('9999') });
		expect(missing.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(sandbox.requests).toHaveLength(1);
	});
});
