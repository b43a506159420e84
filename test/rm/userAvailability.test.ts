import { RM_TOKEN } from '../sandbox';
import {
	AVAILABILITY_SEED as AV,
	availabilitiesOf,
	userAvailabilities,
} from '../sandbox/rm/availabilities';
import { RM_SEED, type Rec } from '../sandbox/rm/state';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const api = '/api/v1';
const USER = AV.user;
const STAMP = '2026-01-05T09:00:00Z';
const blocksPath = (user: number) => `${api}/users/${user}/availabilities`;

/** The seeded part-time block, as the reference's example shows such a block (every documented field). */
const partTime = {
	id: AV.partTime,
	user_id: USER,
	starts_at: '2026-02-01',
	ends_at: '2026-07-31',
	day0: 0,
	day1: 8,
	day2: 8,
	day3: 4,
	day4: 8,
	day5: 8,
	day6: 0,
	created_at: STAMP,
	updated_at: STAMP,
};
const fourDays = {
	...partTime,
	id: AV.fourDays,
	starts_at: '2026-08-01',
	ends_at: null,
	day1: 6,
	day2: 6,
	day3: 6,
	day4: 6,
	day5: 0,
};

/** A raw request to the sandbox, for its own rules that the node never lets through. */
async function raw(method: string, path: string, body?: unknown) {
	const response = await fetch(`${sandbox.rmBaseUrl}${api}${path}`, {
		method,
		headers: { auth: RM_TOKEN, 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as unknown };
}

const run = (parameters: Record<string, unknown>) =>
	runRm(sandbox, { resource: 'userAvailability', ...parameters } as never);

describe('Resource Management user availability', () => {
	test('Get Many lists the blocks of a user with every documented field', async () => {
		const result = await run({
			operation: 'getAll',
			userId: { __rl: true, mode: 'list', value: String(USER) },
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([partTime, fourDays]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: blocksPath(USER), query: { per_page: '1000' }, body: undefined },
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});

	test('Return All reads 1,001 blocks in 2 requests of 1,000; Limit 3 is one request of 3', async () => {
		const user = RM_SEED.firstUserId + 20;
		const store = availabilitiesOf(sandbox.rm);
		for (let i = 0; i < 1001; i++) {
			const id = 900_000 + i;
			store.set(id, { ...partTime, id, user_id: user, starts_at: null, ends_at: null });
		}
		const all = jsonOf(
			await run({ operation: 'getAll', userId: byId(String(user)), returnAll: true }),
		);
		expect(all).toHaveLength(1001);
		expect(all).toEqual(userAvailabilities(sandbox.rm, user));
		expect(all[1000]).toEqual({
			...partTime,
			id: 901_000,
			user_id: user,
			starts_at: null,
			ends_at: null,
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: blocksPath(user), query: { per_page: '1000' }, body: undefined },
			{
				method: 'GET',
				path: blocksPath(user),
				query: { per_page: '1000', page: '2' },
				body: undefined,
			},
		]);

		sandbox.clearRequests();
		const three = jsonOf(await run({ operation: 'getAll', userId: byId(String(user)), limit: 3 }));
		expect(three.map((b) => b.id)).toEqual([900_000, 900_001, 900_002]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: blocksPath(user), query: { per_page: '3' }, body: undefined },
		]);
	});

	test('Get returns one block of the user', async () => {
		const result = await run({
			operation: 'get',
			userId: byId(String(USER)),
			availabilityId: String(AV.fourDays),
		});
		expect(jsonOf(result)).toEqual([fourDays]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${blocksPath(USER)}/${AV.fourDays}`, query: {}, body: undefined },
		]);
	});

	test('Create sends Monday to Sunday as day1 … day6 and day0, with the dates', async () => {
		const user = USER + 1;
		const result = await run({
			operation: 'create',
			userId: byId(String(user)),
			monday: 8,
			tuesday: 7.5,
			wednesday: 4,
			thursday: 0,
			friday: 6,
			saturday: 2,
			sunday: 1,
			additionalFields: { starts_at: '2026-03-01T00:00:00', ends_at: '2026-03-31' },
		});
		const [block] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: blocksPath(user),
				query: {},
				body: {
					day1: 8,
					day2: 7.5,
					day3: 4,
					day4: 0,
					day5: 6,
					day6: 2,
					day0: 1,
					starts_at: '2026-03-01',
					ends_at: '2026-03-31',
				},
			},
		]);
		expect(block).toEqual({
			id: expect.any(Number),
			user_id: user,
			starts_at: '2026-03-01',
			ends_at: '2026-03-31',
			day0: 1,
			day1: 8,
			day2: 7.5,
			day3: 4,
			day4: 0,
			day5: 6,
			day6: 2,
			created_at: STAMP,
			updated_at: STAMP,
		});
		expect(availabilitiesOf(sandbox.rm).get(Number(block.id))).toEqual(block);
	});

	test('Create without dates is open-ended and sends the default week (8 hours Monday to Friday)', async () => {
		const user = USER + 2;
		const [block] = jsonOf(await run({ operation: 'create', userId: byId(String(user)) }));
		expect(sandbox.requests.map((r) => r.body)).toEqual([
			{ day1: 8, day2: 8, day3: 8, day4: 8, day5: 8, day6: 0, day0: 0 },
		]);
		expect(block).toMatchObject({
			user_id: user,
			starts_at: null,
			ends_at: null,
			day0: 0,
			day1: 8,
			day5: 8,
			day6: 0,
		});
	});

	test('Update sends only the added days and dates; an empty date makes the block open-ended', async () => {
		const result = await run({
			operation: 'update',
			userId: byId(String(USER)),
			availabilityId: String(AV.partTime),
			updateFields: { wednesday: 8, sunday: 2.5, ends_at: '2026-06-30' },
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'PUT',
				path: `${blocksPath(USER)}/${AV.partTime}`,
				query: {},
				body: { day3: 8, day0: 2.5, ends_at: '2026-06-30' },
			},
		]);
		const updated = { ...partTime, day3: 8, day0: 2.5, ends_at: '2026-06-30' };
		expect(jsonOf(result)).toEqual([updated]);

		sandbox.clearRequests();
		const open = await run({
			operation: 'update',
			userId: byId(String(USER)),
			availabilityId: String(AV.partTime),
			updateFields: { starts_at: '' },
		});
		expect(sandbox.requests.map((r) => r.body)).toEqual([{ starts_at: null }]);
		expect(jsonOf(open)).toEqual([{ ...updated, starts_at: null }]);
		expect(availabilitiesOf(sandbox.rm).get(AV.partTime)).toEqual({ ...updated, starts_at: null });
	});

	test('An end before the stored start is refused by Resource Management with its message', async () => {
		const result = await run({
			operation: 'update',
			userId: byId(String(USER)),
			availabilityId: String(AV.fourDays),
			updateFields: { ends_at: '2026-07-01' },
		});
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: bad data; Ends at must be on or after starts at',
		);
		expect(result.error?.httpCode).toBe('403');
		expect(sandbox.requests).toHaveLength(1);
		expect(availabilitiesOf(sandbox.rm).get(AV.fourDays)).toEqual(fourDays);
	});

	test("Delete answers { deleted: true }; another user's block is a readable 404", async () => {
		const user = USER + 3;
		const [block] = jsonOf(await run({ operation: 'create', userId: byId(String(user)) }));
		sandbox.clearRequests();
		const other = await run({
			operation: 'delete',
			userId: byId(String(USER)),
			availabilityId: String(block.id),
		});
		expect(other.error?.message).toBe('Resource Management found no such record (404): not found');
		const result = await run({
			operation: 'delete',
			userId: byId(String(user)),
			availabilityId: String(block.id),
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'DELETE',
				path: `${blocksPath(USER)}/${String(block.id)}`,
				query: {},
				body: undefined,
			},
			{
				method: 'DELETE',
				path: `${blocksPath(user)}/${String(block.id)}`,
				query: {},
				body: undefined,
			},
		]);
		expect(availabilitiesOf(sandbox.rm).has(Number(block.id))).toBe(false);
	});

	test('User → Get with Include Availabilities embeds the blocks', async () => {
		const [user] = jsonOf(
			await runRm(sandbox, {
				resource: 'user',
				operation: 'get',
				userId: byId(String(USER + 10)),
				simplify: false,
				fields: ['availabilities'],
			}),
		);
		expect(user.availabilities).toMatchObject({ data: [] });
		const store = availabilitiesOf(sandbox.rm);
		store.set(950_000, { ...fourDays, id: 950_000, user_id: USER + 10 });
		const [again] = jsonOf(
			await runRm(sandbox, {
				resource: 'user',
				operation: 'get',
				userId: byId(String(USER + 10)),
				simplify: false,
				fields: ['availabilities'],
			}),
		);
		expect((again.availabilities as Rec).data).toEqual([
			{ ...fourDays, id: 950_000, user_id: USER + 10 },
		]);
	});

	test('Bad hours, dates and IDs fail before any request', async () => {
		const create = { operation: 'create', userId: byId(String(USER)) };
		const update = {
			operation: 'update',
			userId: byId(String(USER)),
			availabilityId: String(AV.fourDays),
		};
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ ...create, monday: 25 }, "'Monday' must be a number of hours from 0 to 24: 25"],
			[{ ...create, sunday: -1 }, "'Sunday' must be a number of hours from 0 to 24: -1"],
			[
				{ ...create, friday: '={{ "eight" }}' },
				`'Friday' must be a number of hours from 0 to 24: "eight"`,
			],
			[
				{ ...create, additionalFields: { starts_at: '2026-05-02', ends_at: '2026-05-01' } },
				"'End Date' (2026-05-01) is before 'Start Date' (2026-05-02)",
			],
			[
				{ ...create, additionalFields: { starts_at: '2026-02-30' } },
				`'Start Date' is not a valid date: "2026-02-30"`,
			],
			[{ ...create, userId: byId('') }, "'User' is empty"],
			[{ ...create, userId: byId('ada') }, `'User' is not a valid ID: "ada"`],
			[{ operation: 'getAll', userId: byId('') }, "'User' is empty"],
			[
				{ operation: 'get', userId: byId(String(USER)), availabilityId: '' },
				"'Availability ID' is empty",
			],
			[
				{ operation: 'delete', userId: byId(String(USER)), availabilityId: '52a' },
				`'Availability ID' is not a valid ID: "52a"`,
			],
			[{ ...update, updateFields: {} }, 'No fields to update'],
			[
				{ ...update, updateFields: { saturday: 24.5 } },
				"'Saturday' must be a number of hours from 0 to 24: 24.5",
			],
			[
				{ ...update, updateFields: { starts_at: '2026-09-02', ends_at: '2026-09-01' } },
				"'End Date' (2026-09-01) is before 'Start Date' (2026-09-02)",
			],
			[{ ...update, updateFields: { ends_at: 'soon' } }, `'End Date' is not a valid date: "soon"`],
		];
		for (const [parameters, message] of cases) {
			const result = await run(parameters);
			expect([parameters, result.error?.message]).toEqual([parameters, message]);
			expect(result.error?.description).toBeTruthy();
		}
		expect(sandbox.requests).toHaveLength(0);
	});

	test('The sandbox refuses what RM would: hours outside 0–24, unknown and read-only keys, placeholders', async () => {
		expect(await raw('POST', `/users/${USER}/availabilities`, { day1: 30 })).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['day1 must be a number from 0 to 24'] },
		});
		expect(await raw('POST', `/users/${USER}/availabilities`, { day1: 8, hours: 40 })).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['unknown attribute: hours'] },
		});
		expect(
			await raw('PUT', `/users/${USER}/availabilities/${AV.fourDays}`, { user_id: 503 }),
		).toEqual({
			status: 403,
			body: { message: 'cannot assign attributes: user_id' },
		});
		expect(
			await raw('POST', `/users/${USER}/availabilities`, {
				starts_at: '2026-03-05',
				ends_at: '2026-03-04',
			}),
		).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['Ends at must be on or after starts at'] },
		});
		expect(await raw('POST', `/users/${USER}/availabilities`, { starts_at: '05.03.2026' })).toEqual(
			{
				status: 403,
				body: { message: 'bad data', errors: ['starts_at must be a valid date (yyyy-mm-dd)'] },
			},
		);
		expect(await raw('GET', `/users/${RM_SEED.firstPlaceholderId}/availabilities`)).toEqual({
			status: 404,
			body: { message: 'not found' },
		});
		expect(availabilitiesOf(sandbox.rm).get(AV.fourDays)).toEqual(fourDays);
	});
});
