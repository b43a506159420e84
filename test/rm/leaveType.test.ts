import { RM_TOKEN } from '../sandbox';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const path = '/api/v1/leave_types';
const leaveType = (id: number, name: string) => ({
	id,
	name,
	description: null,
	guid: `lt-${id}`,
	deleted_at: null,
	type: 'LeaveType',
	created_at: '2026-01-05T09:00:00Z',
	updated_at: '2026-01-05T09:00:00Z',
});

describe('Resource Management leave type', () => {
	test('Get Many with Return All lists every leave type', async () => {
		const result = await runRm(sandbox, {
			resource: 'leaveType',
			operation: 'getAll',
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([
			leaveType(11, 'Vacation'),
			leaveType(12, 'Sick'),
			leaveType(13, 'Holiday'),
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '1000' }, body: undefined },
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});

	test('Get Many with Limit reads one short page', async () => {
		const result = await runRm(sandbox, { resource: 'leaveType', operation: 'getAll', limit: 2 });
		expect(jsonOf(result).map((t) => t.name)).toEqual(['Vacation', 'Sick']);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '2' }, body: undefined },
		]);
	});

	test('Get returns the bare leave type', async () => {
		const result = await runRm(sandbox, {
			resource: 'leaveType',
			operation: 'get',
			leaveTypeId: { __rl: true, mode: 'list', value: '12' },
		});
		expect(jsonOf(result)).toEqual([leaveType(12, 'Sick')]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${path}/12`, query: {}, body: undefined },
		]);
	});

	test('An unknown leave type is a readable 404', async () => {
		const result = await runRm(sandbox, {
			resource: 'leaveType',
			operation: 'get',
			leaveTypeId: byId('99'),
		});
		expect(result.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(result.error?.httpCode).toBe('404');
	});

	test('Bad IDs fail before any request', async () => {
		expect(
			(
				await runRm(sandbox, {
					resource: 'leaveType',
					operation: 'get',
					leaveTypeId: byId('Vacation'),
				})
			).error?.message,
		).toBe(`'Leave Type' is not a valid ID: "Vacation"`);
		expect(
			(await runRm(sandbox, { resource: 'leaveType', operation: 'get', leaveTypeId: byId('') }))
				.error?.message,
		).toBe("'Leave Type' is empty");
		expect(sandbox.requests).toHaveLength(0);
	});
});
