import { SMENSO_TOKENS } from '../sandbox';
import { WORKING_TIME_SEED } from '../sandbox/smenso/workingTimes';
import { guid } from '../sandbox/smenso/state';
import {
	ADMIN_AUTH,
	byId,
	callsBesidesPolls,
	FAST_TICKETS,
	jsonOf,
	runSmenso,
	shape,
	SINGLE_WRITE_POLLS,
	SINGLE_WRITE_TICKET,
	statusPolls,
	WRITE_MODE,
} from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

const PATH = '/skyisland/api/integration/settings/member/workingtime/json';
const member = (index: number) => String(sandbox.smenso.members[index].id);
const writes = () => callsBesidesPolls(sandbox).map(shape);
const byEmail = (value: string) => ({ __rl: true, mode: 'email', value });

/** A week of capacities in minutes, Monday first. */
const week = (...minutes: number[]) => ({
	mondayCapacity: minutes[0] ?? 0,
	tuesdayCapacity: minutes[1] ?? 0,
	wednesdayCapacity: minutes[2] ?? 0,
	thursdayCapacity: minutes[3] ?? 0,
	fridayCapacity: minutes[4] ?? 0,
	saturdayCapacity: minutes[5] ?? 0,
	sundayCapacity: minutes[6] ?? 0,
});

/** A period put straight into the sandbox, so each write test starts from a known record. */
function seedPeriod(seed: string, fields: Record<string, unknown> = {}): string {
	const id = guid(`working-time-test-${seed}`);
	sandbox.smenso.workingTimes.set(id, {
		id,
		userId: member(3),
		startDate: '2026-03-01',
		endDate: null,
		...week(480, 480, 480, 480, 480),
		externalId: null,
		...fields,
	});
	return id;
}

describe('smenso working time', () => {
	test('Get Many without a member lists every period from one GET, dates as smenso sends them', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'getAll',
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([
			{
				id: WORKING_TIME_SEED.adaFullTime,
				userId: member(0),
				startDate: '01.01.2026',
				endDate: null,
				...week(480, 480, 480, 480, 480),
				externalId: null,
			},
			{
				id: WORKING_TIME_SEED.grace2025,
				userId: member(1),
				startDate: '01.01.2025',
				endDate: '31.12.2025',
				...week(480, 480, 480, 480, 240),
				externalId: null,
			},
			{
				id: WORKING_TIME_SEED.grace2026,
				userId: member(1),
				startDate: '01.01.2026',
				endDate: null,
				...week(360, 360, 360, 360, 360),
				externalId: 'HR-WT-7',
			},
			{
				id: WORKING_TIME_SEED.alanPartTime,
				userId: member(2),
				startDate: '01.03.2026',
				endDate: '30.06.2026',
				...week(240, 240, 240),
				externalId: null,
			},
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: PATH, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test("Get Many with a member by e-mail reads the member's path, with language and time zone", async () => {
		const result = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'getAll',
			userId: byEmail(' grace.hopper@example.com '),
			returnAll: true,
			options: { lang: 'de-DE', timezone: 'W. Europe Standard Time' },
		});
		expect(jsonOf(result).map((period) => period.id)).toEqual([
			WORKING_TIME_SEED.grace2025,
			WORKING_TIME_SEED.grace2026,
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${PATH}/grace.hopper@example.com`,
				query: { lang: 'de-DE', timezone: 'W. Europe Standard Time' },
				body: undefined,
			},
		]);
	});

	test('Get Many with a member from the list uses the GUID; Limit keeps the first periods', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'getAll',
			userId: { __rl: true, mode: 'list', value: member(1) },
			limit: 1,
		});
		expect(jsonOf(result)).toEqual([
			{
				id: WORKING_TIME_SEED.grace2025,
				userId: member(1),
				startDate: '01.01.2025',
				endDate: '31.12.2025',
				...week(480, 480, 480, 480, 240),
				externalId: null,
			},
		]);
		expect(sandbox.requests.map((r) => r.path)).toEqual([`${PATH}/${member(1)}`]);
	});

	test("Get Many: a malformed member is stopped before the request; an unknown address is smenso's 404", async () => {
		const malformed = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'getAll',
			userId: byId('Grace Hopper'),
		});
		expect(malformed.error?.message).toBe('\'Member\' is not a valid ID: "Grace Hopper"');
		expect(malformed.error?.description).toContain('user GUID or an e-mail address');
		expect(sandbox.requests).toHaveLength(0);
		const unknown = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'getAll',
			userId: byEmail('nobody@example.com'),
		});
		expect(unknown.error?.message).toBe('smenso found no such record (404): Member not found');
		expect(sandbox.requests.map((r) => r.path)).toEqual([`${PATH}/nobody@example.com`]);
	});

	test('Create sends hours as minutes per day and the dates as yyyy-MM-dd in the timezoneId envelope', async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'workingTime',
				operation: 'create',
				userId: byEmail('barbara.liskov@example.com'),
				startDate: '2026-07-01T00:00:00',
				mondayHours: 7.5,
				tuesdayHours: 7.5,
				wednesdayHours: 7.5,
				thursdayHours: 7.5,
				fridayHours: 5,
				saturdayHours: 0,
				sundayHours: 0,
				additionalFields: { endDate: '31.12.2026', externalId: 'HR-WT-11' },
				options: FAST_TICKETS,
			},
			{ timezone: 'Europe/Berlin' },
		);
		const [out] = jsonOf(result);
		expect(writes()).toEqual([
			{
				method: 'POST',
				path: PATH,
				query: {},
				body: {
					timezoneId: 'W. Europe Standard Time',
					memberWorkingTime: [
						{
							userId: 'barbara.liskov@example.com',
							startDate: '2026-07-01',
							endDate: '2026-12-31',
							...week(450, 450, 450, 450, 300, 0, 0),
							externalId: 'HR-WT-11',
							tempId: 'n8n-item-0',
						},
					],
				},
			},
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(out).toEqual({
			ticketId: SINGLE_WRITE_TICKET,
			status: 'Completed',
			tempId: 'n8n-item-0',
			id: expect.any(String),
			success: true,
			messages: [],
		});
		sandbox.clearRequests();
		const read = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'getAll',
			userId: byId(member(4)),
			returnAll: true,
		});
		expect(jsonOf(read)).toEqual([
			{
				id: out.id,
				userId: member(4),
				startDate: '01.07.2026',
				endDate: '31.12.2026',
				...week(450, 450, 450, 450, 300, 0, 0),
				externalId: 'HR-WT-11',
			},
		]);
	});

	test('Create with the defaults sends 8 hours Monday to Friday, no end date, and the workflow zone', async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'workingTime',
				operation: 'create',
				userId: byId(member(2)),
				startDate: '2026-09-01',
				options: FAST_TICKETS,
			},
			{ timezone: 'America/New_York' },
		);
		expect(jsonOf(result)[0]).toMatchObject({ success: true, status: 'Completed' });
		expect(writes()[0].body).toEqual({
			timezoneId: 'Eastern Standard Time',
			memberWorkingTime: [
				{
					userId: member(2),
					startDate: '2026-09-01',
					...week(480, 480, 480, 480, 480, 0, 0),
					tempId: 'n8n-item-0',
				},
			],
		});
	});

	test('Create refuses a missing or impossible date, a reversed period, bad hours and a bad member before any request', async () => {
		const base = {
			resource: 'workingTime',
			operation: 'create',
			userId: byId(member(0)),
			startDate: '2026-10-01',
		};
		const cases: Array<[Record<string, unknown>, string, string]> = [
			[
				{ startDate: '' },
				"'Start Date' is empty",
				'Enter the Start Date as a date such as 2026-03-02.',
			],
			[
				{ startDate: '2026-02-30' },
				'\'Start Date\' is not a valid date: "2026-02-30"',
				'date picker',
			],
			[
				{ additionalFields: { endDate: '2026-09-30' } },
				"'End Date' (2026-09-30) is before 'Start Date' (2026-10-01)",
				'or later',
			],
			[
				{ wednesdayHours: '={{ 25 }}' },
				"'Wednesday Hours' is not a number of hours from 0 to 24: 25",
				'e.g. 8 or 7.5',
			],
			[
				{ sundayHours: '={{ -1 }}' },
				"'Sunday Hours' is not a number of hours from 0 to 24: -1",
				'a day off',
			],
			[
				{ mondayHours: '={{ "eight" }}' },
				'\'Monday Hours\' is not a number of hours from 0 to 24: "eight"',
				'per Monday',
			],
			[{ userId: byId('ada') }, '\'Member\' is not a valid ID: "ada"', 'e-mail address'],
		];
		for (const [parameters, message, fix] of cases) {
			const result = await runSmenso(sandbox, { ...base, ...parameters });
			expect(result.error?.message).toBe(message);
			expect(result.error?.description).toContain(fix);
		}
		expect(sandbox.requests).toHaveLength(0);
	});

	test("Create: smenso's refusals reach the user (no such member, capacity not in whole minutes, unknown field)", async () => {
		const before = sandbox.smenso.workingTimes.size;
		const base = {
			resource: 'workingTime',
			operation: 'create',
			startDate: '2026-10-01',
			options: FAST_TICKETS,
		};
		const stranger = await runSmenso(sandbox, { ...base, userId: byEmail('nobody@example.com') });
		expect(stranger.error?.message).toBe(
			"smenso did not apply the change: User 'nobody@example.com' is not a member of this workspace.",
		);
		expect(stranger.error?.description).toContain(
			WRITE_MODE === 'async' ? 'ended as Failed' : 'answered at once (no ticket) with Failed',
		);
		const fraction = await runSmenso(sandbox, {
			...base,
			userId: byId(member(0)),
			additionalFields: { extraFields: '{"mondayCapacity": 450.5}' },
		});
		expect(fraction.error?.message).toBe(
			'smenso rejected the request (400): One or more validation errors occurred.; memberWorkingTime[0].mondayCapacity: mondayCapacity must be a whole number of minutes from 0 to 1440, not 450.5.',
		);
		const unknown = await runSmenso(sandbox, {
			...base,
			userId: byId(member(0)),
			additionalFields: { extraFields: '{"hourlyRate": 80}' },
		});
		expect(unknown.error?.message).toBe(
			"smenso rejected the request (400): One or more validation errors occurred.; memberWorkingTime[0].hourlyRate: Unknown field 'hourlyRate'.",
		);
		expect(sandbox.smenso.workingTimes.size).toBe(before);
	});

	test('Update sends only the given fields, hours as minutes, with the ID on the item', async () => {
		const id = seedPeriod('update');
		const result = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'update',
			workingTimeId: ` ${id} `,
			updateFields: { endDate: '2026-08-31T00:00:00', fridayHours: 4, saturdayHours: 2.25 },
			options: { ...FAST_TICKETS, timezoneId: 'UTC' },
		});
		expect(jsonOf(result)).toEqual([
			{
				ticketId: SINGLE_WRITE_TICKET,
				status: 'Completed',
				tempId: 'n8n-item-0',
				id,
				success: true,
				messages: [],
			},
		]);
		expect(writes()).toEqual([
			{
				method: 'PUT',
				path: PATH,
				query: {},
				body: {
					timezoneId: 'UTC',
					memberWorkingTime: [
						{
							id,
							endDate: '2026-08-31',
							fridayCapacity: 240,
							saturdayCapacity: 135,
							tempId: 'n8n-item-0',
						},
					],
				},
			},
		]);
		expect(sandbox.smenso.workingTimes.get(id)).toMatchObject({
			startDate: '2026-03-01',
			endDate: '2026-08-31',
			...week(480, 480, 480, 480, 240, 135, 0),
		});
	});

	test('Update by External ID sends it in id with useExternalId', async () => {
		const id = seedPeriod('external', { externalId: 'HR-WT-42' });
		const result = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'update',
			useExternalId: true,
			matchExternalId: 'HR-WT-42',
			updateFields: { startDate: '2026-04-01' },
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)[0]).toMatchObject({ id, success: true, status: 'Completed' });
		expect(writes()[0].body).toEqual({
			timezoneId: 'W. Europe Standard Time',
			memberWorkingTime: [
				{ id: 'HR-WT-42', useExternalId: true, startDate: '2026-04-01', tempId: 'n8n-item-0' },
			],
		});
		expect(sandbox.smenso.workingTimes.get(id)?.startDate).toBe('2026-04-01');
	});

	test("Update without fields or with a malformed ID sends nothing; an end before the stored start fails with smenso's message", async () => {
		const id = seedPeriod('order');
		const none = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'update',
			workingTimeId: id,
		});
		expect(none.error?.message).toBe('No fields to update');
		const malformed = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'update',
			workingTimeId: '42',
			updateFields: { mondayHours: 4 },
		});
		expect(malformed.error?.message).toBe('\'Working Time ID\' is not a valid ID: "42"');
		expect(sandbox.requests).toHaveLength(0);
		const reversed = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'update',
			workingTimeId: id,
			updateFields: { endDate: '2026-02-01' },
			options: FAST_TICKETS,
		});
		expect(reversed.error?.message).toBe(
			'smenso did not apply the change: The end date 01.02.2026 is before the start date 01.03.2026.',
		);
		expect(sandbox.smenso.workingTimes.get(id)?.endDate).toBeNull();
	});

	test('Delete removes the period and answers { deleted: true }; a second delete is a 404', async () => {
		const id = seedPeriod('delete');
		const result = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'delete',
			workingTimeId: id,
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(writes()).toEqual([
			{ method: 'DELETE', path: `${PATH}/${id}`, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(sandbox.smenso.workingTimes.has(id)).toBe(false);
		const again = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'delete',
			workingTimeId: id,
			options: FAST_TICKETS,
		});
		expect(again.error?.message).toBe('smenso found no such record (404): Working time not found');
		sandbox.clearRequests();
		const malformed = await runSmenso(sandbox, {
			resource: 'workingTime',
			operation: 'delete',
			workingTimeId: 'HR-WT-7',
		});
		expect(malformed.error?.message).toBe('\'Working Time ID\' is not a valid ID: "HR-WT-7"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test("Create, Update and Delete with a member's token are refused with smenso's 403 and change nothing", async () => {
		const id = seedPeriod('forbidden');
		const before = sandbox.smenso.workingTimes.size;
		const forbidden =
			"The token's user may not do this (403): Write operations require a token of a workspace administrator.";
		const options = { token: SMENSO_TOKENS.member };
		const create = await runSmenso(
			sandbox,
			{
				resource: 'workingTime',
				operation: 'create',
				userId: byId(member(0)),
				startDate: '2027-01-01',
			},
			options,
		);
		expect(create.error?.message).toBe(forbidden);
		const update = await runSmenso(
			sandbox,
			{
				resource: 'workingTime',
				operation: 'update',
				workingTimeId: id,
				updateFields: { mondayHours: 1 },
			},
			options,
		);
		expect(update.error?.message).toBe(forbidden);
		const remove = await runSmenso(
			sandbox,
			{ resource: 'workingTime', operation: 'delete', workingTimeId: id },
			options,
		);
		expect(remove.error?.message).toBe(forbidden);
		expect(sandbox.requests.map((r) => r.method)).toEqual(['POST', 'PUT', 'DELETE']);
		expect(sandbox.smenso.workingTimes.size).toBe(before);
		expect(sandbox.smenso.workingTimes.get(id)?.mondayCapacity).toBe(480);
	});
});
