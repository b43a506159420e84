import { SMENSO_TOKENS } from '../sandbox';
import { ABSENCE_SEED } from '../sandbox/smenso/absences';
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

const member = (index: number) => sandbox.smenso.members[index];
const typeId = (title: string) =>
	String([...sandbox.smenso.absenceTypes.values()].find((t) => t.title === title)!.id);
const LIST_PATH = '/skyisland/api/integration/absence/json';

describe('smenso absence', () => {
	test('Get Many returns every absence from one GET, with dates as smenso sends them', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
		});
		const items = jsonOf(result);
		expect(items.map((i) => i.id)).toEqual([
			ABSENCE_SEED.graceVacation,
			ABSENCE_SEED.alanSick,
			ABSENCE_SEED.adaTraining,
			ABSENCE_SEED.graceTraining,
		]);
		expect(items[0]).toEqual({
			id: ABSENCE_SEED.graceVacation,
			userId: member(1).id,
			absenceTypeId: typeId('Vacation'),
			startDate: '09.03.2026',
			endDate: '13.03.2026',
			startDateMinutes: null,
			endDateMinutes: null,
			status: 'approved',
			comment: 'Spring break',
			locked: false,
			externalId: 'HR-100',
		});
		expect(sandbox.requests).toHaveLength(1);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: LIST_PATH,
			query: {},
			body: undefined,
		});
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Get Many filters by e-mail through the member list: the absences name members by userId only', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: { user: ' Grace.Hopper@example.com ', lang: 'de-DE' },
		});
		expect(jsonOf(result).map((i) => i.id)).toEqual([
			ABSENCE_SEED.graceVacation,
			ABSENCE_SEED.graceTraining,
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: '/skyisland/api/integration/settings/member/json',
				query: {},
				body: undefined,
			},
			{ method: 'GET', path: LIST_PATH, query: { lang: 'de-DE' }, body: undefined },
		]);
	});

	test('Get Many by e-mail gives the same absences as by GUID, reads the member list once for all items', async () => {
		const byEmail = await runSmenso(
			sandbox,
			{
				resource: 'absence',
				operation: 'getAll',
				returnAll: true,
				filters: { user: '={{ $json.user }}' },
			},
			{
				items: [
					{ user: 'grace.hopper@example.com' },
					{ user: 'GRACE.HOPPER@EXAMPLE.COM' },
					{ user: 'alan.turing@example.com' },
				],
			},
		);
		const byGuid = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: { user: String(member(1).id) },
		});
		const ids = (items: Array<{ json: { id?: unknown }; pairedItem?: unknown }>, item: number) =>
			items.filter((i) => (i.pairedItem as { item: number }).item === item).map((i) => i.json.id);
		expect(ids(byEmail.items, 0)).toEqual(jsonOf(byGuid).map((i) => i.id));
		expect(ids(byEmail.items, 1)).toEqual(ids(byEmail.items, 0));
		expect(ids(byEmail.items, 2)).toEqual([ABSENCE_SEED.alanSick]);
		expect(sandbox.requestsTo('/integration/settings/member/json')).toHaveLength(1);
		expect(sandbox.requestsTo('/integration/absence/json')).toHaveLength(4);
	});

	test('Get Many with an e-mail no member has fails naming it, before the absences are read', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: { user: 'nobody@example.com' },
		});
		expect(result.error?.message).toBe(
			'No smenso member has the e-mail address "nobody@example.com" (\'User\')',
		);
		expect(result.error?.description).toContain('pick the member by GUID');
		expect(sandbox.requestsTo('/integration/absence/json')).toHaveLength(0);
	});

	test('Get Many keeps absences overlapping the From–To window, matching the user by GUID', async () => {
		const window = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: { from: '2026-03-13T00:00:00', to: '2026-04-20T00:00:00' },
		});
		// Vacation ends on the 13th, the training is on the 20th: both touch the window.
		expect(jsonOf(window).map((i) => i.id)).toEqual([
			ABSENCE_SEED.graceVacation,
			ABSENCE_SEED.adaTraining,
		]);

		const onlyFrom = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: { from: '2026-04-21', user: String(member(1).id).toUpperCase() },
		});
		expect(jsonOf(onlyFrom).map((i) => i.id)).toEqual([ABSENCE_SEED.graceTraining]);
		expect(sandbox.requests.every((r) => Object.keys(r.query).length === 0)).toBe(true);
	});

	test('Get Many applies Limit after the filters', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			filters: { user: 'grace.hopper@example.com', from: '2026-04-01' },
		});
		expect(jsonOf(result).map((i) => i.id)).toEqual([ABSENCE_SEED.graceTraining]);
		const limited = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
		});
		expect(jsonOf(limited).map((i) => i.id)).toEqual([
			ABSENCE_SEED.graceVacation,
			ABSENCE_SEED.alanSick,
		]);
	});

	test('Get Many rejects an invalid filter date, a reversed window and a bad user before any request', async () => {
		const bad = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: { from: '2026-02-30' },
		});
		expect(bad.error?.message).toBe('\'From\' is not a valid date: "2026-02-30"');
		const reversed = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: { from: '2026-05-01', to: '2026-04-01' },
		});
		expect(reversed.error?.message).toBe("'To' (2026-04-01) is before 'From' (2026-05-01)");
		const user = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: { user: 'grace' },
		});
		expect(user.error?.message).toBe('\'User\' is not a valid ID: "grace"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Get reads the list and returns the one absence', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'get',
			absenceId: ` ${ABSENCE_SEED.adaTraining} `,
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				id: ABSENCE_SEED.adaTraining,
				userId: member(0).id,
				startDate: '20.04.2026',
				endDate: '20.04.2026',
				startDateMinutes: 240,
				endDateMinutes: 240,
				comment: 'Half-day course',
			}),
		]);
		expect(result.items).toHaveLength(1);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'GET', path: LIST_PATH, query: {}, body: undefined },
		]);
	});

	test('Get names a missing absence clearly and refuses a malformed ID without a request', async () => {
		const missing = '00000000-0000-4000-8000-000000000000';
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'get',
			absenceId: missing,
		});
		expect(result.error?.message).toBe(`No absence with ID ${missing} was found`);
		expect(sandbox.requests).toHaveLength(1);
		sandbox.clearRequests();
		const malformed = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'get',
			absenceId: 'abc-123',
		});
		expect(malformed.error?.message).toBe('\'Absence ID\' is not a valid ID: "abc-123"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Create sends the envelope with minutes for half days and waits for the ticket', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'create',
			userId: byId('barbara.liskov@example.com'),
			absenceTypeId: typeId('Vacation'),
			startDate: '2026-06-01T00:00:00',
			endDate: '2026-06-05T00:00:00',
			additionalFields: {
				startDateHours: 2.5,
				endDateHours: 4,
				status: 'approved',
				comment: 'Summer',
				locked: true,
				externalId: 'HR-7',
			},
			options: FAST_TICKETS,
		});
		const [out] = jsonOf(result);
		const post = sandbox.requestsTo('/integration/absence/json', 'POST')[0];
		expect(shape(post)).toEqual({
			method: 'POST',
			path: LIST_PATH,
			query: {},
			body: {
				timezoneId: 'W. Europe Standard Time',
				absence: [
					{
						userId: 'barbara.liskov@example.com',
						absenceTypeId: typeId('Vacation'),
						startDate: '2026-06-01',
						endDate: '2026-06-05',
						startDateMinutes: 150,
						endDateMinutes: 240,
						status: 'approved',
						comment: 'Summer',
						locked: true,
						externalId: 'HR-7',
						tempId: 'n8n-item-0',
					},
				],
			},
		});
		expect(post.headers.authorization).toBe(ADMIN_AUTH);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(out).toEqual({
			ticketId: SINGLE_WRITE_TICKET,
			status: 'Completed',
			tempId: 'n8n-item-0',
			id: expect.any(String),
			success: true,
			messages: [],
		});
		expect(sandbox.smenso.absences.get(String(out.id))).toMatchObject({
			userId: member(4).id,
			startDate: '2026-06-01',
			endDate: '2026-06-05',
			startDateMinutes: 150,
			status: 'approved',
		});
	});

	test("Create that overlaps an existing absence fails with smenso's message and changes nothing", async () => {
		const before = sandbox.smenso.absences.size;
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'create',
			userId: byId(String(member(1).id)),
			absenceTypeId: 'Training',
			startDate: '2026-03-12',
			endDate: '2026-03-16',
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			'smenso did not apply the change: The absence overlaps an existing absence of Grace Hopper (09.03.2026 – 13.03.2026).',
		);
		expect(result.error?.description).toContain(
			WRITE_MODE === 'async' ? 'ended as Failed' : 'answered at once (no ticket) with Failed',
		);
		expect(sandbox.smenso.absences.size).toBe(before);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
	});

	test('Continue On Fail: one overlapping and one valid item give an error item and a success item in order', async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'absence',
				operation: 'create',
				userId: { __rl: true, mode: 'id', value: '={{ $json.user }}' },
				absenceTypeId: 'Sick leave',
				startDate: '={{ $json.start }}',
				endDate: '={{ $json.end }}',
				options: FAST_TICKETS,
			},
			{
				continueOnFail: true,
				items: [
					{ user: 'alan.turing@example.com', start: '2026-02-03', end: '2026-02-04' },
					{ user: 'edsger.dijkstra@example.com', start: '2026-07-06', end: '2026-07-07' },
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json).toEqual({});
		expect(result.items[0].error?.message).toContain(
			'The absence overlaps an existing absence of Alan Turing (02.02.2026 – 03.02.2026).',
		);
		expect(result.items[1].error).toBeUndefined();
		expect(result.items[1].json).toMatchObject({
			status: 'Completed',
			success: true,
			tempId: 'n8n-item-1',
		});
		const created = sandbox.smenso.absences.get(String(result.items[1].json.id));
		expect(created).toMatchObject({
			userId: member(3).id,
			startDate: '2026-07-06',
			endDate: '2026-07-07',
			status: null,
		});
		const bodies = sandbox
			.requestsTo('/integration/absence/json', 'POST')
			.map((r) => r.body as { absence: Array<{ tempId: string }> });
		expect(bodies.map((b) => b.absence[0].tempId).sort()).toEqual(['n8n-item-0', 'n8n-item-1']);
	});

	test('Create refuses invalid dates, a reversed range and a malformed user before any request', async () => {
		const base = {
			resource: 'absence',
			operation: 'create',
			userId: byId('ada.lovelace@example.com'),
			absenceTypeId: 'Vacation',
			startDate: '2026-08-03',
			endDate: '2026-08-07',
		};
		const invalid = await runSmenso(sandbox, { ...base, startDate: 'next monday' });
		expect(invalid.error?.message).toBe('\'Start Date\' is not a valid date: "next monday"');
		const reversed = await runSmenso(sandbox, { ...base, endDate: '2026-08-01' });
		expect(reversed.error?.message).toBe(
			"'End Date' (2026-08-01) is before 'Start Date' (2026-08-03)",
		);
		const user = await runSmenso(sandbox, { ...base, userId: byId('Ada Lovelace') });
		expect(user.error?.message).toBe('\'User\' is not a valid ID: "Ada Lovelace"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Create with a member token is refused by smenso (403)', async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'absence',
				operation: 'create',
				userId: byId('ada.lovelace@example.com'),
				absenceTypeId: 'Vacation',
				startDate: '2026-09-01',
				endDate: '2026-09-02',
			},
			{ token: SMENSO_TOKENS.member },
		);
		expect(result.error?.message).toContain("The token's user may not do this (403)");
		expect(sandbox.requests).toHaveLength(1);
	});

	test('the sandbox also takes the flat absence body of the API-types page', async () => {
		sandbox.smenso.writeMode = 'async';
		const response = await fetch(`${sandbox.smensoBaseUrl}/api/integration/absence/json`, {
			method: 'POST',
			headers: { Authorization: ADMIN_AUTH, 'Content-Type': 'application/json' },
			body: JSON.stringify({
				userId: 'ada.lovelace@example.com',
				absenceTypeId: 'Training',
				startDate: '01.10.2026',
				endDate: '2026-10-02',
			}),
		});
		expect(response.status).toBe(202);
		const { ticketId } = (await response.json()) as { ticketId: string };
		const ticket = sandbox.smenso.tickets.get(ticketId)!;
		expect(ticket.final).toBe('Completed');
		expect(sandbox.smenso.absences.get(String(ticket.items[0].id))).toMatchObject({
			userId: member(0).id,
			absenceTypeId: typeId('Training'),
			startDate: '2026-10-01',
			endDate: '2026-10-02',
		});
		const unknown = await fetch(`${sandbox.smensoBaseUrl}/api/integration/absence/json`, {
			method: 'POST',
			headers: { Authorization: ADMIN_AUTH, 'Content-Type': 'application/json' },
			body: JSON.stringify({
				userId: 'ada.lovelace@example.com',
				absenceTypeId: 'Training',
				startDate: '2026-10-05',
				endDate: '2026-10-05',
				reason: 'x',
			}),
		});
		expect(unknown.status).toBe(400);
	});

	test('Update sends only the given fields with the ID on the item', async () => {
		const id = ABSENCE_SEED.graceTraining;
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'update',
			absenceId: id,
			updateFields: {
				endDate: '2026-05-06T00:00:00',
				endDateHours: 3,
				comment: 'Extended',
				absenceTypeId: 'vacation',
				status: 'rejected',
			},
			options: { ...FAST_TICKETS, timezoneId: 'UTC' },
		});
		expect(jsonOf(result)[0]).toMatchObject({ status: 'Completed', id, success: true });
		expect(shape(sandbox.requestsTo('/integration/absence/json', 'PUT')[0])).toEqual({
			method: 'PUT',
			path: LIST_PATH,
			query: {},
			body: {
				timezoneId: 'UTC',
				absence: [
					{
						id,
						endDate: '2026-05-06',
						endDateMinutes: 180,
						comment: 'Extended',
						absenceTypeId: 'vacation',
						status: 'rejected',
						tempId: 'n8n-item-0',
					},
				],
			},
		});
		expect(sandbox.smenso.absences.get(id)).toMatchObject({
			startDate: '2026-05-04',
			endDate: '2026-05-06',
			endDateMinutes: 180,
			comment: 'Extended',
			absenceTypeId: typeId('Vacation'),
			status: 'rejected',
		});
	});

	test("Update that would overlap another absence fails with smenso's message", async () => {
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'update',
			absenceId: ABSENCE_SEED.graceTraining,
			updateFields: { startDate: '2026-03-13' },
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toContain(
			'The absence overlaps an existing absence of Grace Hopper (09.03.2026 – 13.03.2026).',
		);
		expect(sandbox.smenso.absences.get(ABSENCE_SEED.graceTraining)?.startDate).toBe('2026-05-04');
	});

	test('Update refuses a malformed ID before any request', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'update',
			absenceId: '42',
			updateFields: { comment: 'x' },
		});
		expect(result.error?.message).toBe('\'Absence ID\' is not a valid ID: "42"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Delete removes the absence and answers { deleted: true }', async () => {
		const id = ABSENCE_SEED.alanSick;
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'delete',
			absenceId: id,
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'DELETE', path: `${LIST_PATH}/${id}`, query: {}, body: undefined },
		]);
		expect(sandbox.smenso.absences.has(id)).toBe(false);
		const again = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'delete',
			absenceId: id,
			options: FAST_TICKETS,
		});
		expect(again.error?.message).toBe('smenso found no such record (404): Absence not found');
	});
});
