import { guid, SEED } from '../sandbox/smenso/state';
import { TIME_RECORD_SEED } from '../sandbox/smenso/timeRecords';
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
} from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

const P = SEED.mainProjectId;
const DESIGN = guid('task-0');
const BUILD = guid('task-1');
const WRITE_PATH = '/skyisland/api/integration/timerecord/json';
const member = (index: number) => sandbox.smenso.members[index];
const archivedProject = () => [...sandbox.smenso.projects.values()].find((p) => p.archived)!;

const createParams = (overrides: Record<string, unknown> = {}) => ({
	resource: 'timeEntry',
	operation: 'create',
	projectId: byId(P),
	taskId: byId(DESIGN),
	userId: byId('grace.hopper@example.com'),
	date: '2026-01-12T00:00:00',
	durationHours: 1.5,
	options: FAST_TICKETS,
	...overrides,
});

describe('smenso time entry', () => {
	test('Get Many lists the time records of one project', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'timeEntry',
			operation: 'getAll',
			projectId: byId(P),
			returnAll: true,
		});
		const items = jsonOf(result);
		expect(items.map((i) => i.id)).toEqual([
			TIME_RECORD_SEED.adaDesign,
			TIME_RECORD_SEED.graceDesign,
			TIME_RECORD_SEED.alanBuild,
		]);
		expect(items[2]).toEqual({
			id: TIME_RECORD_SEED.alanBuild,
			projectId: P,
			taskId: BUILD,
			userId: member(2).id,
			date: '07.01.2026',
			duration: 480,
			startDate: '2026-01-07T09:00:00',
			endDate: '2026-01-07T17:00:00',
			description: 'Backend setup',
			statusId: 1,
			locked: false,
			externalId: null,
			flavors: [],
		});
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'GET', path: `${WRITE_PATH}/${P}`, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Get Many with Limit and Language', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'timeEntry',
			operation: 'getAll',
			projectId: byId(P),
			limit: 2,
			filters: { lang: 'de-DE' },
		});
		expect(jsonOf(result).map((i) => i.id)).toEqual([
			TIME_RECORD_SEED.adaDesign,
			TIME_RECORD_SEED.graceDesign,
		]);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: `${WRITE_PATH}/${P}`,
			query: { lang: 'de-DE' },
			body: undefined,
		});
	});

	test('Get Many refuses a malformed project ID before any request', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'timeEntry',
			operation: 'getAll',
			projectId: byId('project-0'),
			returnAll: true,
		});
		expect(result.error?.message).toBe('\'Project\' is not a valid ID: "project-0"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Create sends hours as whole minutes, projectId on the envelope, and waits for the ticket', async () => {
		const flavor = String(sandbox.smenso.flavors[1].id);
		const result = await runSmenso(
			sandbox,
			createParams({
				additionalFields: { description: 'Review round', statusId: 2, externalId: 'TT-9' },
				customFields: { flavor: [{ target: flavor, value: 'CC-100' }] },
			}),
		);
		const [out] = jsonOf(result);
		const post = sandbox.requestsTo('/integration/timerecord/json', 'POST')[0];
		expect(shape(post)).toEqual({
			method: 'POST',
			path: WRITE_PATH,
			query: {},
			body: {
				timezoneId: 'W. Europe Standard Time',
				projectId: P,
				timeRecord: [
					{
						taskId: DESIGN,
						userId: 'grace.hopper@example.com',
						date: '2026-01-12',
						duration: 90,
						description: 'Review round',
						statusId: 2,
						externalId: 'TT-9',
						flavor: [{ target: flavor, value: 'CC-100' }],
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
		expect(sandbox.smenso.timeRecords.get(String(out.id))).toMatchObject({
			projectId: P,
			taskId: DESIGN,
			userId: member(1).id,
			date: '2026-01-12',
			duration: 90,
			description: 'Review round',
		});
	});

	test('Create with Start and End Time sends local date-times and lets smenso compute the duration', async () => {
		const result = await runSmenso(
			sandbox,
			createParams({
				taskId: byId(BUILD),
				durationHours: 0,
				additionalFields: { startTime: '8:30', endTime: '16:00' },
			}),
		);
		const [out] = jsonOf(result);
		const body = sandbox.requestsTo('/integration/timerecord/json', 'POST')[0].body as {
			timeRecord: unknown[];
		};
		expect(body.timeRecord).toEqual([
			{
				taskId: BUILD,
				userId: 'grace.hopper@example.com',
				date: '2026-01-12',
				startDate: '2026-01-12T08:30:00',
				endDate: '2026-01-12T16:00:00',
				tempId: 'n8n-item-0',
			},
		]);
		expect(sandbox.smenso.timeRecords.get(String(out.id))?.duration).toBe(450);
	});

	test('Create turns a start date-time from an expression into the workflow time zone', async () => {
		const result = await runSmenso(
			sandbox,
			createParams({
				durationHours: 0.25,
				additionalFields: { startTime: '2026-01-12T08:00:00Z', endTime: '2026-01-12T08:15:00Z' },
			}),
			{ timezone: 'America/New_York' },
		);
		jsonOf(result);
		const body = sandbox.requestsTo('/integration/timerecord/json', 'POST')[0].body as Record<
			string,
			unknown
		>;
		expect(body.timezoneId).toBe('Eastern Standard Time');
		expect(body.timeRecord).toEqual([
			expect.objectContaining({
				date: '2026-01-12',
				duration: 15,
				startDate: '2026-01-12T03:00:00',
				endDate: '2026-01-12T03:15:00',
			}),
		]);
	});

	test("Create on an archived project fails with smenso's ticket message", async () => {
		const project = archivedProject();
		const before = sandbox.smenso.timeRecords.size;
		const result = await runSmenso(sandbox, createParams({ projectId: byId(String(project.id)) }));
		expect(result.error?.message).toBe(
			`smenso did not apply the change: Time cannot be recorded on the archived project '${String(project.title)}'.`,
		);
		expect(sandbox.smenso.timeRecords.size).toBe(before);
	});

	test('IDs typed with spaces are checked and sent trimmed', async () => {
		const result = await runSmenso(
			sandbox,
			createParams({
				projectId: byId(` ${P} `),
				taskId: byId(`${DESIGN}  `),
				userId: byId(' grace.hopper@example.com '),
			}),
		);
		expect(jsonOf(result)[0]).toMatchObject({ status: 'Completed', success: true });
		const body = sandbox.requestsTo('/integration/timerecord/json', 'POST')[0].body as {
			projectId: string;
			timeRecord: Array<Record<string, unknown>>;
		};
		expect(body.projectId).toBe(P);
		expect(body.timeRecord[0]).toMatchObject({
			taskId: DESIGN,
			userId: 'grace.hopper@example.com',
		});
	});

	test('Create with a negative duration is refused before any request', async () => {
		const result = await runSmenso(sandbox, createParams({ durationHours: -1 }));
		expect(result.error?.message).toBe("'Duration (Hours)' is negative: -1");
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Create refuses bad input before any request', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ date: '2026-13-01' }, '\'Date\' is not a valid date: "2026-13-01"'],
			[{ taskId: byId('Design') }, '\'Task\' is not a valid ID: "Design"'],
			[{ userId: byId('grace') }, '\'User\' is not a valid ID: "grace"'],
			[{ durationHours: 0 }, 'The time entry has no duration'],
			[
				{ additionalFields: { startTime: '09:00' } },
				"Give both 'Start Time' and 'End Time', or neither",
			],
			[
				{ additionalFields: { startTime: '25:00', endTime: '26:00' } },
				'\'Start Time\' is not a valid time: "25:00"',
			],
			[
				{ additionalFields: { startTime: '2026-01-12', endTime: '2026-01-12' } },
				'\'Start Time\' is not a valid time: "2026-01-12"',
			],
			[
				{ additionalFields: { startTime: '10:00', endTime: '09:00' } },
				"'End Time' (2026-01-12T09:00:00) is not after 'Start Time' (2026-01-12T10:00:00)",
			],
		];
		for (const [overrides, message] of cases) {
			const result = await runSmenso(sandbox, createParams(overrides));
			expect(result.error?.message).toBe(message);
		}
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Update sends the changes with the ID on the item and projectId on the envelope', async () => {
		const id = TIME_RECORD_SEED.graceDesign;
		const result = await runSmenso(sandbox, {
			resource: 'timeEntry',
			operation: 'update',
			projectId: byId(P),
			timeEntryId: id,
			updateFields: { durationHours: 2.25, description: 'Mood boards, round 2', locked: true },
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)[0]).toMatchObject({ status: 'Completed', id, success: true });
		expect(shape(sandbox.requestsTo('/integration/timerecord/json', 'PUT')[0])).toEqual({
			method: 'PUT',
			path: WRITE_PATH,
			query: {},
			body: {
				timezoneId: 'W. Europe Standard Time',
				projectId: P,
				timeRecord: [
					{
						id,
						duration: 135,
						description: 'Mood boards, round 2',
						locked: true,
						tempId: 'n8n-item-0',
					},
				],
			},
		});
		expect(sandbox.smenso.timeRecords.get(id)).toMatchObject({
			duration: 135,
			description: 'Mood boards, round 2',
			locked: true,
			date: '2026-01-06',
		});
	});

	test('Update with new times needs the date and sends both', async () => {
		const id = TIME_RECORD_SEED.alanBuild;
		const missingDate = await runSmenso(sandbox, {
			resource: 'timeEntry',
			operation: 'update',
			projectId: byId(P),
			timeEntryId: id,
			updateFields: { startTime: '10:00', endTime: '12:00' },
		});
		expect(missingDate.error?.message).toBe("'Start Time' needs a date");
		expect(sandbox.requests).toHaveLength(0);

		const result = await runSmenso(sandbox, {
			resource: 'timeEntry',
			operation: 'update',
			projectId: byId(P),
			timeEntryId: id,
			updateFields: { date: '2026-01-08T00:00:00', startTime: '10:00', endTime: '12:00' },
			options: FAST_TICKETS,
		});
		jsonOf(result);
		expect((sandbox.requests[0].body as { timeRecord: unknown[] }).timeRecord).toEqual([
			{
				id,
				date: '2026-01-08',
				startDate: '2026-01-08T10:00:00',
				endDate: '2026-01-08T12:00:00',
				tempId: 'n8n-item-0',
			},
		]);
		expect(sandbox.smenso.timeRecords.get(id)).toMatchObject({ date: '2026-01-08', duration: 120 });
	});

	test('Update refuses a malformed time entry ID before any request', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'timeEntry',
			operation: 'update',
			projectId: byId(P),
			timeEntryId: '17',
			updateFields: { description: 'x' },
		});
		expect(result.error?.message).toBe('\'Time Entry ID\' is not a valid ID: "17"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Delete removes the time record and answers { deleted: true }', async () => {
		const id = TIME_RECORD_SEED.adaDesign;
		const result = await runSmenso(sandbox, {
			resource: 'timeEntry',
			operation: 'delete',
			timeEntryId: id,
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'DELETE', path: `${WRITE_PATH}/${id}`, query: {}, body: undefined },
		]);
		expect(sandbox.smenso.timeRecords.has(id)).toBe(false);
	});
});
