import { ADMIN_AUTH, jsonOf, runSmenso, shape } from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

describe('smenso time zone', () => {
	test('Get Many turns the array of names into items { id }', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'timeZone',
			operation: 'getAll',
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([
			{ id: 'UTC' },
			{ id: 'W. Europe Standard Time' },
			{ id: 'GMT Standard Time' },
			{ id: 'Eastern Standard Time' },
			{ id: 'Pacific Standard Time' },
		]);
		expect(
			result.items.every(
				(item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0,
			),
		).toBe(true);
		expect(sandbox.requests).toHaveLength(1);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/timezones/json',
			query: {},
			body: undefined,
		});
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Get Many with Limit 2', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'timeZone',
			operation: 'getAll',
			limit: 2,
		});
		expect(jsonOf(result)).toEqual([{ id: 'UTC' }, { id: 'W. Europe Standard Time' }]);
	});

	test('objects instead of names keep their fields and get an id', async () => {
		sandbox.inject({
			path: '/timezones/json',
			response: {
				status: 200,
				body: [
					{ name: 'UTC', offset: 0 },
					{ id: 'GMT Standard Time', offset: 0 },
				],
			},
		});
		const result = await runSmenso(sandbox, {
			resource: 'timeZone',
			operation: 'getAll',
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([
			{ id: 'UTC', name: 'UTC', offset: 0 },
			{ id: 'GMT Standard Time', offset: 0 },
		]);
	});
});
