import { RM_TOKEN } from '../sandbox';
import { LOOKUP_SEED } from '../sandbox/rm/lookups';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const path = '/api/v1/status_options';
const STAMPS = { created_at: '2026-01-05T09:00:00Z', updated_at: '2026-01-05T09:00:00Z' };
const seeded = (id: number) => {
	const { deleted, ...option } = LOOKUP_SEED.statusOptions.find((o) => o.id === id)!;
	return {
		...option,
		deleted: Boolean(deleted),
		deleted_at: deleted ? STAMPS.updated_at : null,
		...STAMPS,
	};
};

describe('Resource Management status option', () => {
	test('Get Many with Limit asks for that many and returns the bare options', async () => {
		const result = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'getAll',
			limit: 2,
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '2' }, body: undefined },
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
		expect(jsonOf(result)).toEqual([seeded(31), seeded(32)]);
	});

	test('Get Many without Include Deleted leaves deleted options out and sends no with_deleted', async () => {
		const result = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'getAll',
			returnAll: true,
			withDeleted: false,
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '1000' }, body: undefined },
		]);
		expect(jsonOf(result).map((o) => o.label)).toEqual([
			'Not Started',
			'In Progress',
			'Blocked',
			'Done',
		]);
	});

	test('Get Many with Include Deleted sends with_deleted=true', async () => {
		const result = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'getAll',
			returnAll: true,
			withDeleted: true,
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { with_deleted: 'true', per_page: '1000' }, body: undefined },
		]);
		expect(jsonOf(result).map((o) => o.id)).toEqual([31, 32, 33, 34, 35]);
		expect(jsonOf(result)[4]).toEqual(seeded(35));
	});

	test('Get returns one option', async () => {
		const result = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'get',
			statusOptionId: byId('33'),
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${path}/33`, query: {}, body: undefined },
		]);
		expect(jsonOf(result)).toEqual([seeded(33)]);
	});

	test('Get checks the ID before sending and reports an unknown one', async () => {
		const bad = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'get',
			statusOptionId: byId('blocked'),
		});
		expect(bad.error?.message).toBe('\'Status Option\' is not a valid ID: "blocked"');
		expect(sandbox.requests).toHaveLength(0);
		const missing = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'get',
			statusOptionId: byId('999'),
		});
		expect(missing.error?.message).toBe(
			'Resource Management found no such record (404): not found',
		);
	});

	test('Create sends all four fields and returns the new option', async () => {
		const result = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'create',
			label: 'Waiting for Client',
			color: 'orange',
			stage: 'in_progress',
			order: 2.75,
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path,
				query: {},
				body: { label: 'Waiting for Client', color: 'orange', stage: 'in_progress', order: 2.75 },
			},
		]);
		const [option] = jsonOf(result);
		expect(option).toEqual({
			id: expect.any(Number),
			label: 'Waiting for Client',
			color: 'orange',
			stage: 'in_progress',
			order: 2.75,
			deleted: false,
			deleted_at: null,
			...STAMPS,
		});
		expect(sandbox.rm.statusOptions.get(Number(option.id))?.label).toBe('Waiting for Client');
	});

	test('Create refuses a blank label before sending; the service rejects an unknown colour', async () => {
		const blank = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'create',
			label: '  ',
			color: 'red',
			stage: 'done',
			order: 1,
		});
		expect(blank.error?.message).toBe("'Label' is empty");
		expect(sandbox.requests).toHaveLength(0);
		const pink = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'create',
			label: 'Pink',
			color: '={{ "pink" }}',
			stage: 'done',
			order: 1,
		});
		expect(pink.error?.message).toBe(
			'Resource Management rejected the data: bad data; invalid color: pink',
		);
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Update sends only the changed fields', async () => {
		const result = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'update',
			statusOptionId: byId('32'),
			updateFields: { label: 'Doing', order: 1.5 },
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'PUT', path: `${path}/32`, query: {}, body: { label: 'Doing', order: 1.5 } },
		]);
		expect(jsonOf(result)).toEqual([{ ...seeded(32), label: 'Doing', order: 1.5 }]);
		expect(sandbox.rm.statusOptions.get(32)).toMatchObject({
			label: 'Doing',
			color: 'yellow',
			order: 1.5,
		});
	});

	test('Update without fields fails before sending', async () => {
		const result = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'update',
			statusOptionId: byId('32'),
			updateFields: {},
		});
		expect(result.error?.message).toBe('No fields to update');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Delete answers { deleted: true } and the option is only listed with Include Deleted', async () => {
		const result = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'delete',
			statusOptionId: byId('34'),
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'DELETE', path: `${path}/34`, query: {}, body: undefined },
		]);
		expect(sandbox.rm.statusOptions.get(34)).toMatchObject({ deleted: true });
		const listed = await runRm(sandbox, {
			resource: 'statusOption',
			operation: 'getAll',
			returnAll: true,
		});
		expect(jsonOf(listed).map((o) => o.id)).not.toContain(34);
	});
});
