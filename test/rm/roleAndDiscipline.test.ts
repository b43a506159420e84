import { RM_TOKEN } from '../sandbox';
import { LOOKUP_SEED } from '../sandbox/rm/lookups';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

/** Roles and disciplines are the same kind of read-only lookup list: `{id, value}` records. */
describe.each([
	{
		resource: 'role',
		label: 'Role',
		idParam: 'roleId',
		path: '/api/v1/roles',
		seed: LOOKUP_SEED.roles,
		first: [
			{ id: 41, value: 'Consultant' },
			{ id: 42, value: 'Designer' },
		],
		byName: 'Consultant',
	},
	{
		resource: 'discipline',
		label: 'Discipline',
		idParam: 'disciplineId',
		path: '/api/v1/disciplines',
		seed: LOOKUP_SEED.disciplines,
		first: [
			{ id: 61, value: 'Engineering' },
			{ id: 62, value: 'Design' },
		],
		byName: 'Engineering',
	},
])('Resource Management $resource', ({ resource, label, idParam, path, seed, first, byName }) => {
	test('Get Many with Limit asks for that many and returns {id, value} items', async () => {
		const result = await runRm(sandbox, { resource, operation: 'getAll', limit: 2 });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '2' }, body: undefined },
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
		expect(jsonOf(result)).toEqual(first);
	});

	test('Get Many with Return All reads the whole list', async () => {
		const result = await runRm(sandbox, { resource, operation: 'getAll', returnAll: true });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '1000' }, body: undefined },
		]);
		expect(jsonOf(result)).toEqual(seed);
	});

	test('Get Many with Return All follows paging.next verbatim to the end', async () => {
		// A first page of one record whose next link asks for pages of one: every later page is read.
		sandbox.inject({
			method: 'GET',
			path,
			response: {
				status: 200,
				body: {
					data: seed.slice(0, 1),
					paging: { next: `${path}?per_page=1&page=2`, previous: null, page: 1, per_page: 1 },
				},
			},
		});
		const result = await runRm(sandbox, { resource, operation: 'getAll', returnAll: true });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '1000' }, body: undefined },
			...seed.slice(1).map((_r, i) => ({
				method: 'GET',
				path,
				query: { per_page: '1', page: String(i + 2) },
				body: undefined,
			})),
		]);
		expect(jsonOf(result)).toEqual(seed);
	});

	test('Get returns one record', async () => {
		const result = await runRm(sandbox, {
			resource,
			operation: 'get',
			[idParam]: byId(` ${first[1].id} `),
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${path}/${first[1].id}`, query: {}, body: undefined },
		]);
		expect(jsonOf(result)).toEqual([first[1]]);
	});

	test('Get checks the ID before sending and reports an unknown one', async () => {
		const empty = await runRm(sandbox, { resource, operation: 'get', [idParam]: byId('') });
		expect(empty.error?.message).toBe(`'${label}' is empty`);
		const text = await runRm(sandbox, { resource, operation: 'get', [idParam]: byId(byName) });
		expect(text.error?.message).toBe(`'${label}' is not a valid ID: "${byName}"`);
		expect(sandbox.requests).toHaveLength(0);
		const missing = await runRm(sandbox, { resource, operation: 'get', [idParam]: byId('9999') });
		expect(missing.error?.message).toBe(
			'Resource Management found no such record (404): not found',
		);
		expect(sandbox.requests).toHaveLength(1);
	});
});
