import { RM_TOKEN } from '../sandbox';
import { RM_SEED, stamp } from '../sandbox/rm/state';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const FIRST = RM_SEED.firstPlaceholderId;
const path = '/api/v1/placeholder_resources';
const seeded = (index: number) => ({
	id: FIRST + index,
	title: `Designer ${index + 1}`,
	role: 'Designer',
	discipline: 'Design',
	location: null,
	type: 'PlaceholderResource',
	...stamp(),
});

describe('Resource Management placeholder', () => {
	test('Get Many with Limit asks for that many', async () => {
		const result = await runRm(sandbox, { resource: 'placeholder', operation: 'getAll', limit: 2 });
		expect(jsonOf(result)).toEqual([seeded(0), seeded(1)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { per_page: '2' }, body: undefined },
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});

	test('Get Many with Return All embeds the assignments', async () => {
		const assignment = {
			id: 880101,
			user_id: FIRST + 4,
			assignable_id: RM_SEED.firstProjectId,
			starts_at: '2026-01-05',
			ends_at: '2026-01-09',
		};
		sandbox.rm.assignments.set(assignment.id, assignment);
		const items = jsonOf(
			await runRm(sandbox, {
				resource: 'placeholder',
				operation: 'getAll',
				returnAll: true,
				fields: ['assignments'],
			}),
		);
		expect(items.map((p) => p.id)).toEqual([0, 1, 2, 3, 4].map((i) => FIRST + i));
		for (const item of items) {
			const expected = [...sandbox.rm.assignments.values()].filter((a) => a.user_id === item.id);
			expect((item.assignments as { data: unknown[] }).data).toEqual(expected);
		}
		expect((items[4].assignments as { data: unknown[] }).data).toContainEqual(assignment);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path, query: { fields: 'assignments', per_page: '1000' }, body: undefined },
		]);
		sandbox.rm.assignments.delete(assignment.id);
	});

	test('Get returns the bare placeholder', async () => {
		const result = await runRm(sandbox, {
			resource: 'placeholder',
			operation: 'get',
			placeholderId: { __rl: true, mode: 'list', value: String(FIRST + 2) },
		});
		expect(jsonOf(result)).toEqual([seeded(2)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${path}/${FIRST + 2}`, query: {}, body: undefined },
		]);
	});

	test('Create sends the title and the additional fields', async () => {
		const result = await runRm(sandbox, {
			resource: 'placeholder',
			operation: 'create',
			title: 'Data Engineer (to hire)',
			additionalFields: { role: 'Engineer', discipline: 'Data', location: 'Remote' },
		});
		const [placeholder] = jsonOf(result);
		expect(placeholder).toEqual({
			id: placeholder.id,
			title: 'Data Engineer (to hire)',
			role: 'Engineer',
			discipline: 'Data',
			location: 'Remote',
			type: 'PlaceholderResource',
			...stamp(),
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path,
				query: {},
				body: {
					title: 'Data Engineer (to hire)',
					role: 'Engineer',
					discipline: 'Data',
					location: 'Remote',
				},
			},
		]);
		expect(sandbox.rm.placeholders.get(Number(placeholder.id))?.title).toBe(
			'Data Engineer (to hire)',
		);
	});

	test('Update sends only the fields added', async () => {
		const id = FIRST + 1;
		const result = await runRm(sandbox, {
			resource: 'placeholder',
			operation: 'update',
			placeholderId: byId(String(id)),
			updateFields: { title: 'Lead Designer', location: 'Berlin' },
		});
		expect(jsonOf(result)).toEqual([{ ...seeded(1), title: 'Lead Designer', location: 'Berlin' }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'PUT',
				path: `${path}/${id}`,
				query: {},
				body: { title: 'Lead Designer', location: 'Berlin' },
			},
		]);
	});

	test('Delete answers { deleted: true } and removes the placeholder', async () => {
		const id = FIRST + 3;
		expect(
			jsonOf(
				await runRm(sandbox, {
					resource: 'placeholder',
					operation: 'delete',
					placeholderId: byId(String(id)),
				}),
			),
		).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'DELETE', path: `${path}/${id}`, query: {}, body: undefined },
		]);
		expect(sandbox.rm.placeholders.has(id)).toBe(false);
		const again = await runRm(sandbox, {
			resource: 'placeholder',
			operation: 'delete',
			placeholderId: byId(String(id)),
		});
		expect(again.error?.message).toBe('Resource Management found no such record (404): not found');
	});

	test('A blank title is refused as bad data with a readable error', async () => {
		const result = await runRm(sandbox, {
			resource: 'placeholder',
			operation: 'create',
			title: '',
		});
		expect(result.error?.message).toBe(
			"Resource Management rejected the data: bad data; title can't be blank",
		);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'POST', path, query: {}, body: { title: '' } },
		]);
	});

	test('Bad IDs fail before any request', async () => {
		const cases = [
			[
				{ operation: 'get', placeholderId: byId('designer') },
				`'Placeholder' is not a valid ID: "designer"`,
			],
			[{ operation: 'delete', placeholderId: byId('') }, "'Placeholder' is empty"],
			[
				{ operation: 'update', placeholderId: byId('0'), updateFields: { title: 'X' } },
				`'Placeholder' is not a valid ID: "0"`,
			],
		] as const;
		for (const [parameters, message] of cases) {
			expect(
				(await runRm(sandbox, { resource: 'placeholder', ...parameters })).error?.message,
			).toBe(message);
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
