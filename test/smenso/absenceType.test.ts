import { startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import { guid } from '../sandbox/smenso/state';
import { ADMIN_AUTH, callsBesidesPolls, jsonOf, resetSandbox, runSmenso, shape } from '../harness/smenso';

let sandbox: ResourcePlanningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => await sandbox.close());
beforeEach(() => resetSandbox(sandbox));

describe('smenso absence type', () => {
	test('Get Many lists every type from the plural path', async () => {
		const result = await runSmenso(sandbox, { resource: 'absenceType', operation: 'getAll', returnAll: true });
		expect(jsonOf(result)).toEqual([
			{ id: guid('absence-type-0'), title: 'Vacation', type: 'limited', isApprovalNecessary: true },
			{ id: guid('absence-type-1'), title: 'Sick leave', type: 'unlimited', isApprovalNecessary: false },
			{ id: guid('absence-type-2'), title: 'Training', type: 'unlimited', isApprovalNecessary: false },
		]);
		expect(sandbox.requests).toHaveLength(1);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/settings/absencetypes/json',
			query: {},
			body: undefined,
		});
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Get Many with Limit 1', async () => {
		const result = await runSmenso(sandbox, { resource: 'absenceType', operation: 'getAll', limit: 1 });
		expect(jsonOf(result).map((t) => t.title)).toEqual(['Vacation']);
	});

	test('Get returns one type from the singular path', async () => {
		const id = guid('absence-type-1');
		const result = await runSmenso(sandbox, { resource: 'absenceType', operation: 'get', absenceTypeId: ` ${id} ` });
		expect(jsonOf(result)).toEqual([{ id, title: 'Sick leave', type: 'unlimited', isApprovalNecessary: false }]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{
				method: 'GET',
				path: `/skyisland/api/integration/settings/absencetype/json/${id}`,
				query: {},
				body: undefined,
			},
		]);
	});

	test('Get of an unknown type is a 404; an empty one is not sent', async () => {
		const unknown = await runSmenso(sandbox, { resource: 'absenceType', operation: 'get', absenceTypeId: 'Holiday' });
		expect(unknown.error?.message).toBe('smenso found no such record (404): Absence type not found');
		expect(sandbox.requests.map((r) => r.path)).toEqual(['/skyisland/api/integration/settings/absencetype/json/Holiday']);
		sandbox.clearRequests();
		const empty = await runSmenso(sandbox, { resource: 'absenceType', operation: 'get', absenceTypeId: '  ' });
		expect(empty.error?.message).toBe("'Absence Type' is empty");
		expect(sandbox.requests).toHaveLength(0);
	});
});
