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

const path = '/api/v1/roles';

describe('Resource Management role', () => {
	test('Get Many with Limit asks for that many and returns {id, value} items', async () => {
		const result = await runRm(sandbox, { resource: 'role', operation: 'getAll', limit: 2 });
		expect(sandbox.requests.map(shape)).toEqual([{ method: 'GET', path, query: { per_page: '2' }, body: undefined }]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
		expect(jsonOf(result)).toEqual([
			{ id: 41, value: 'Consultant' },
			{ id: 42, value: 'Designer' },
		]);
	});

	test('Get Many with Return All reads the whole list', async () => {
		const result = await runRm(sandbox, { resource: 'role', operation: 'getAll', returnAll: true });
		expect(sandbox.requests.map(shape)).toEqual([{ method: 'GET', path, query: { per_page: '1000' }, body: undefined }]);
		expect(jsonOf(result)).toEqual(LOOKUP_SEED.roles);
		expect(jsonOf(result)).toHaveLength(5);
	});

	test('Get Many with Return All follows paging.next verbatim to the end', async () => {
		// A first page of one record whose next link asks for pages of one: every later page is read.
		sandbox.inject({
			method: 'GET',
			path,
			response: {
				status: 200,
				body: { data: LOOKUP_SEED.roles.slice(0, 1), paging: { next: '/api/v1/roles?per_page=1&page=2', previous: null, page: 1, per_page: 1 } },
			},
		});
		const result = await runRm(sandbox, { resource: 'role', operation: 'getAll', returnAll: true });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '1000' }, body: undefined },
			...LOOKUP_SEED.roles.slice(1).map((_r, i) => ({ method: 'GET', path, query: { per_page: '1', page: String(i + 2) }, body: undefined })),
		]);
		expect(jsonOf(result)).toEqual(LOOKUP_SEED.roles);
	});

	test('Get returns one role', async () => {
		const result = await runRm(sandbox, { resource: 'role', operation: 'get', roleId: byId(' 42 ') });
		expect(sandbox.requests.map(shape)).toEqual([{ method: 'GET', path: `${path}/42`, query: {}, body: undefined }]);
		expect(jsonOf(result)).toEqual([{ id: 42, value: 'Designer' }]);
	});

	test('Get checks the ID before sending and reports an unknown one', async () => {
		const empty = await runRm(sandbox, { resource: 'role', operation: 'get', roleId: byId('') });
		expect(empty.error?.message).toBe("'Role' is empty");
		const text = await runRm(sandbox, { resource: 'role', operation: 'get', roleId: byId('Consultant') });
		expect(text.error?.message).toBe('\'Role\' is not a valid ID: "Consultant"');
		expect(sandbox.requests).toHaveLength(0);
		const missing = await runRm(sandbox, { resource: 'role', operation: 'get', roleId: byId('9999') });
		expect(missing.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(sandbox.requests).toHaveLength(1);
	});
});
