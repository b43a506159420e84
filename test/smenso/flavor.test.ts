import { startSandbox, type ResourcePlanningSandbox } from '../sandbox';
import { MEMBER_FLAVOR_ID } from '../sandbox/smenso/settings';
import { guid } from '../sandbox/smenso/state';
import { ADMIN_AUTH, jsonOf, resetSandbox, runSmenso, shape } from '../harness/smenso';

let sandbox: ResourcePlanningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => await sandbox.close());
beforeEach(() => resetSandbox(sandbox));

describe('smenso flavor (custom field)', () => {
	test('Get Many lists every custom field, formula fields included', async () => {
		const result = await runSmenso(sandbox, { resource: 'flavor', operation: 'getAll', returnAll: true });
		expect(jsonOf(result)).toEqual([
			{ id: guid('flavor-0'), title: 'Region', type: 'SingleSelect' },
			{ id: guid('flavor-1'), title: 'Cost Center', type: 'Text' },
			{ id: guid('flavor-2'), title: 'Score', type: 'Formula' },
			{ id: guid('flavor-3'), title: 'Story Points', type: 'Number' },
			{ id: guid('flavor-4'), title: 'Billable', type: 'Boolean' },
			{ id: guid('flavor-5'), title: 'Go-Live', type: 'Date' },
			{ id: guid('flavor-6'), title: 'Channels', type: 'MultiSelect' },
			{ id: MEMBER_FLAVOR_ID, title: 'Department', type: 'Text' },
		]);
		expect(sandbox.requests).toHaveLength(1);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/flavor/json',
			query: {},
			body: undefined,
		});
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Get Many with Limit 2', async () => {
		const result = await runSmenso(sandbox, { resource: 'flavor', operation: 'getAll', limit: 2 });
		expect(jsonOf(result).map((f) => f.title)).toEqual(['Region', 'Cost Center']);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});
});
