/**
 * The smenso node under every reading of the API the references allow (issue: "right under every
 * reading"): write answers of any shape, typed custom fields, every time zone, updates by
 * External ID, template copies, list options. Each test names the reading it covers.
 */
import { ABSENCE_SEED } from '../sandbox/smenso/absences';
import { guid, SEED, type SyncShape } from '../sandbox/smenso/state';
import { byId, FAST_TICKETS, jsonOf, runSmenso, shape, statusPolls } from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

const P = SEED.mainProjectId;
const member = (index: number) => sandbox.smenso.members[index];
const createProject = (title: string, extra: object = {}) =>
	runSmenso(sandbox, {
		resource: 'project',
		operation: 'create',
		title,
		phaseId: 1,
		typeId: 1,
		options: FAST_TICKETS,
		...extra,
	});

describe('smenso write answers: every shape comes out the same way', () => {
	test.each<[string, 'async' | 'sync', SyncShape]>([
		['202 + ticket', 'async', 'envelope'],
		['200 with the ticket result and no ticket', 'sync', 'envelope'],
		['200 with the bare item result', 'sync', 'item'],
		['200 with an array of item results', 'sync', 'array'],
	])(
		'%s: one item with id on top, success, messages and ticketId',
		async (_name, mode, syncShape) => {
			Object.assign(sandbox.smenso, { writeMode: mode, syncShape });
			const [out] = jsonOf(await createProject(`Shape ${syncShape} ${mode}`));
			expect(out).toMatchObject({
				id: expect.stringMatching(/^[0-9a-f-]{36}$/),
				success: true,
				messages: [],
				ticketId: mode === 'async' ? expect.any(String) : null,
				status: 'Completed',
			});
			expect(sandbox.smenso.projects.get(String(out.id))?.title).toBe(`Shape ${syncShape} ${mode}`);
		},
	);

	test.each<[string, 'async' | 'sync', SyncShape]>([
		['202 + ticket that ends Failed', 'async', 'envelope'],
		['200 {ticketId: null, status: Failed, items}', 'sync', 'envelope'],
		['200 with the bare failed item', 'sync', 'item'],
		['200 with an array holding the failed item', 'sync', 'array'],
	])(
		"%s: an error with smenso's message, not a successful item",
		async (_name, mode, syncShape) => {
			Object.assign(sandbox.smenso, { writeMode: mode, syncShape });
			const result = await runSmenso(sandbox, {
				resource: 'absence',
				operation: 'create',
				userId: byId(String(member(1).id)),
				absenceTypeId: 'Training',
				startDate: '2026-03-10',
				endDate: '2026-03-11',
				options: FAST_TICKETS,
			});
			expect(result.items).toHaveLength(0);
			expect(result.error?.message).toBe(
				'smenso did not apply the change: The absence overlaps an existing absence of Grace Hopper (09.03.2026 – 13.03.2026).',
			);
		},
	);

	test('a 200 that still carries a running ticket is polled like a 202', async () => {
		sandbox.inject({
			method: 'POST',
			path: '/integration/project/json',
			response: { status: 200, body: { ticketId: 'T-200', status: 'Processing' } },
		});
		sandbox.inject({
			method: 'GET',
			path: '/status/json/T-200',
			response: {
				status: 200,
				body: {
					ticketId: 'T-200',
					status: 'Completed',
					items: [{ tempId: 'n8n-item-0', id: P, success: true, messages: [] }],
				},
			},
		});
		const [out] = jsonOf(await createProject('Ticket on 200'));
		expect(out).toMatchObject({ id: P, success: true, ticketId: 'T-200' });
	});

	test('a synchronous answer with the created record, or a bare ID, or nothing at all', async () => {
		sandbox.inject({
			method: 'POST',
			path: '/integration/project/json',
			response: { status: 200, body: { id: P, title: 'Echo' } },
		});
		expect(jsonOf(await createProject('Echo'))[0]).toEqual({
			id: P,
			title: 'Echo',
			success: true,
			messages: [],
			ticketId: null,
			status: 'Completed',
		});
		sandbox.inject({
			method: 'POST',
			path: '/integration/project/json',
			response: { status: 200, body: `"${P}"`, raw: true },
		});
		expect(jsonOf(await createProject('Bare'))[0]).toMatchObject({
			id: P,
			success: true,
			ticketId: null,
		});
		// An update answered 204: the ID sent is the ID reported, so {{ $json.id }} chains keep working.
		sandbox.inject({
			method: 'PUT',
			path: '/integration/project/json',
			response: { status: 204, body: '', raw: true },
		});
		const update = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'update',
			projectId: byId(P),
			updateFields: { goal: 'x' },
			options: FAST_TICKETS,
		});
		expect(jsonOf(update)[0]).toEqual({
			id: P,
			success: true,
			messages: [],
			ticketId: null,
			status: 'Completed',
		});
	});

	test('202 with a bare ticket string, then a ticket result in PascalCase', async () => {
		sandbox.inject({
			method: 'POST',
			path: '/integration/project/json',
			response: { status: 202, body: '"T-BARE"', raw: true },
		});
		sandbox.inject({
			method: 'GET',
			path: '/status/json/T-BARE',
			response: {
				status: 200,
				body: {
					TicketId: 'T-BARE',
					Status: 'Completed',
					Items: [{ TempId: 'n8n-item-0', Id: P, Success: true, Messages: [] }],
				},
			},
		});
		expect(jsonOf(await createProject('Pascal'))[0]).toEqual({
			id: P,
			tempId: 'n8n-item-0',
			success: true,
			messages: [],
			ticketId: 'T-BARE',
			status: 'Completed',
		});
	});

	test('a 400 shaped like a ticket result names the item messages', async () => {
		sandbox.inject({
			method: 'POST',
			path: '/integration/project/json',
			response: {
				status: 400,
				body: {
					ticketId: null,
					status: 'Failed',
					items: [
						{
							tempId: 'n8n-item-0',
							id: null,
							success: false,
							messages: [{ type: 'Error', text: 'Folder 7 does not exist' }],
						},
					],
				},
			},
		});
		const result = await createProject('Bad folder');
		expect(result.error?.message).toBe(
			'smenso rejected the request (400): Folder 7 does not exist',
		);
	});

	test('a delete answered 204 without a body is done', async () => {
		const id = [...sandbox.smenso.projects.keys()][20];
		sandbox.inject({
			method: 'DELETE',
			path: `/project/json/${id}`,
			response: { status: 204, body: '', raw: true },
		});
		const result = await runSmenso(sandbox, {
			resource: 'project',
			operation: 'delete',
			projectId: byId(id),
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(statusPolls(sandbox)).toHaveLength(0);
	});

	test('a result reporting an Error message without success: false is still a failure', async () => {
		sandbox.inject({
			method: 'POST',
			path: '/integration/project/json',
			response: {
				status: 200,
				body: {
					items: [
						{
							tempId: 'n8n-item-0',
							id: null,
							messages: [{ type: 'Error', text: 'Type 9 does not exist' }],
						},
					],
				},
			},
		});
		const result = await createProject('No type');
		expect(result.error?.message).toBe('smenso did not apply the change: Type 9 does not exist');
	});
});

describe("smenso custom fields are sent by the flavor's type", () => {
	test('number, yes/no, date and multi-select values are converted; text stays text', async () => {
		const flavor = (title: string) =>
			String(sandbox.smenso.flavors.find((f) => f.title === title)!.id);
		const result = await createProject('Typed', {
			customFields: {
				flavor: [
					{ target: flavor('Billable'), value: 'yes' },
					{ target: 'Go-Live', value: '01.09.2026' },
					{ target: flavor('Channels'), value: 'Web, Print' },
					{ target: flavor('Cost Center'), value: '4711' },
				],
			},
		});
		const [out] = jsonOf(result);
		const post = sandbox.requestsTo('/integration/project/json', 'POST')[0];
		expect((post.body as { project: Array<{ flavor: unknown }> }).project[0].flavor).toEqual([
			{ target: flavor('Billable'), value: true },
			{ target: 'Go-Live', value: '2026-09-01' },
			{ target: flavor('Channels'), value: ['Web', 'Print'] },
			{ target: flavor('Cost Center'), value: '4711' },
		]);
		expect(sandbox.smenso.projects.get(String(out.id))?.flavors).toHaveLength(4);
		// The flavor definitions were read once.
		expect(sandbox.requestsTo('/integration/flavor/json')).toHaveLength(1);
	});

	test('a number flavor is sent as a number, and a value that is no number fails naming the field', async () => {
		const task = {
			resource: 'task',
			operation: 'create',
			projectId: byId(P),
			title: 'Pointed',
			options: FAST_TICKETS,
		};
		const ok = await runSmenso(sandbox, {
			...task,
			customFields: { flavor: [{ target: 'Story Points', value: '8' }] },
		});
		expect(sandbox.smenso.tasks.get(String(jsonOf(ok)[0].id))?.flavors).toEqual([
			{ target: guid('flavor-3'), value: 8 },
		]);
		sandbox.clearRequests();
		const bad = await runSmenso(sandbox, {
			...task,
			customFields: { flavor: [{ target: 'Story Points', value: 'eight' }] },
		});
		expect(bad.error?.message).toBe('Custom field \'Story Points\' needs a number: "eight"');
		expect(sandbox.requestsTo('/integration/task/json', 'POST')).toHaveLength(0);
	});
	test('a flavor list without types: values are sent as entered', async () => {
		sandbox.inject({
			method: 'GET',
			path: '/integration/flavor/json',
			response: { status: 200, body: [{ id: guid('flavor-3'), title: 'Story Points' }] },
		});
		await runSmenso(sandbox, {
			resource: 'task',
			operation: 'create',
			projectId: byId(P),
			title: 'Untyped',
			customFields: { flavor: [{ target: 'Story Points', value: '8' }] },
			options: FAST_TICKETS,
		});
		const post = sandbox.requestsTo('/integration/task/json', 'POST')[0];
		expect((post.body as { task: Array<{ flavor: unknown }> }).task[0].flavor).toEqual([
			{ target: 'Story Points', value: '8' },
		]);
	});
});

describe('smenso member e-mails', () => {
	test('a member list without e-mail addresses: the e-mail filter asks for the GUID instead', async () => {
		sandbox.inject({
			method: 'GET',
			path: '/settings/member/json',
			response: { status: 200, body: [{ id: guid('member-1') }] },
		});
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			returnAll: true,
			filters: { user: 'grace.hopper@example.com' },
		});
		expect(result.error?.message).toBe(
			'No smenso member has the e-mail address "grace.hopper@example.com" (\'User\')',
		);
		expect(result.error?.description).toContain("give the member's GUID instead");
	});
});

describe('smenso timezoneId for every workflow time zone', () => {
	test.each([
		['Pacific/Honolulu', 'Hawaiian Standard Time'],
		['America/Anchorage', 'Alaskan Standard Time'],
	])('%s is sent as %s', async (zone, windows) => {
		await runSmenso(
			sandbox,
			{
				resource: 'project',
				operation: 'create',
				title: zone,
				phaseId: 1,
				typeId: 1,
				options: FAST_TICKETS,
			},
			{ timezone: zone },
		);
		expect(
			(sandbox.requestsTo('/integration/project/json', 'POST')[0].body as { timezoneId: string })
				.timezoneId,
		).toBe(windows);
	});

	test('a zone without a Windows ID sends UTC and says so in the output', async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'project',
				operation: 'create',
				title: 'Troll',
				phaseId: 1,
				typeId: 1,
				options: FAST_TICKETS,
			},
			{ timezone: 'Antarctica/Troll' },
		);
		expect(
			(sandbox.requestsTo('/integration/project/json', 'POST')[0].body as { timezoneId: string })
				.timezoneId,
		).toBe('UTC');
		expect(jsonOf(result)[0].note).toContain('Antarctica/Troll has no Windows time zone ID');
	});
});

describe('smenso updates by External ID', () => {
	test.each([
		[
			'project',
			'project/json',
			{ resource: 'project', operation: 'update', updateFields: { goal: 'By CRM ID' } },
			'EXT-7',
		],
		[
			'absence',
			'absence/json',
			{ resource: 'absence', operation: 'update', updateFields: { comment: 'By HR ID' } },
			'HR-100',
		],
	])(
		'%s: the External ID goes in id with useExternalId, no GUID needed',
		async (_name, path, parameters, externalId) => {
			const result = await runSmenso(sandbox, {
				...parameters,
				useExternalId: true,
				matchExternalId: ` ${externalId} `,
				options: FAST_TICKETS,
			});
			const put = sandbox.requestsTo(`/integration/${path}`, 'PUT')[0];
			const item = Object.values(put.body as Record<string, unknown>).find(
				Array.isArray,
			)![0] as Record<string, unknown>;
			expect(item).toMatchObject({ id: externalId, useExternalId: true, tempId: 'n8n-item-0' });
			expect(jsonOf(result)[0]).toMatchObject({
				success: true,
				id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			});
		},
	);

	test('task, time entry and status report updates send useExternalId too', async () => {
		const cases = [
			{ resource: 'task', operation: 'update', path: 'task/json', updateFields: { title: 'x' } },
			{
				resource: 'timeEntry',
				operation: 'update',
				path: 'timerecord/json',
				projectId: byId(P),
				updateFields: { description: 'x' },
			},
			{
				resource: 'statusReport',
				operation: 'update',
				path: 'statusreport/json',
				projectId: byId(P),
				updateFields: { title: 'x' },
			},
		];
		for (const { path, ...parameters } of cases) {
			await runSmenso(sandbox, {
				...parameters,
				useExternalId: true,
				matchExternalId: 'X-1',
				options: FAST_TICKETS,
			});
			const put = sandbox.requestsTo(`/integration/${path}`, 'PUT').at(-1)!;
			const item = Object.values(put.body as Record<string, unknown>).find(Array.isArray)![0];
			expect(item).toMatchObject({ id: 'X-1', useExternalId: true });
		}
	});
});

describe("smenso parity with smenso's own node", () => {
	test('Create From Template copies every part by default, each sent explicitly', async () => {
		await runSmenso(sandbox, {
			resource: 'project',
			operation: 'createFromTemplate',
			templateId: SEED.projectTemplateId,
			title: 'Full copy',
			options: FAST_TICKETS,
		});
		const { options } = sandbox.requestsTo(
			`/integration/project/json/${SEED.projectTemplateId}`,
			'POST',
		)[0].body as { options: Record<string, boolean> };
		expect(Object.keys(options)).toHaveLength(21);
		expect(Object.values(options).every(Boolean)).toBe(true);
	});

	test('Absence Update can move the absence to another member, given by e-mail', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'update',
			absenceId: ABSENCE_SEED.adaTraining,
			updateFields: {
				userId: { __rl: true, mode: 'email', value: ' barbara.liskov@example.com ' },
			},
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)[0]).toMatchObject({ id: ABSENCE_SEED.adaTraining, success: true });
		const put = sandbox.requestsTo('/integration/absence/json', 'PUT')[0];
		expect((put.body as { absence: unknown[] }).absence[0]).toEqual({
			id: ABSENCE_SEED.adaTraining,
			userId: 'barbara.liskov@example.com',
			tempId: 'n8n-item-0',
		});
		expect(sandbox.smenso.absences.get(ABSENCE_SEED.adaTraining)?.userId).toBe(member(4).id);
	});

	test('lists take a time zone and a view, as query parameters', async () => {
		await runSmenso(sandbox, {
			resource: 'project',
			operation: 'getAll',
			limit: 1,
			filters: { timezone: 'W. Europe Standard Time', viewId: guid('view-1') },
		});
		await runSmenso(sandbox, {
			resource: 'task',
			operation: 'getAll',
			projectId: byId(P),
			limit: 1,
			filters: { timezone: 'UTC', viewId: guid('view-2') },
		});
		await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'getAll',
			limit: 1,
			filters: { timezone: 'UTC' },
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: '/skyisland/api/integration/project/json',
				query: { timezone: 'W. Europe Standard Time', viewId: guid('view-1') },
				body: undefined,
			},
			{
				method: 'GET',
				path: `/skyisland/api/integration/task/json/${P}`,
				query: { timezone: 'UTC', viewId: guid('view-2') },
				body: undefined,
			},
			{
				method: 'GET',
				path: '/skyisland/api/integration/absence/json',
				query: { timezone: 'UTC' },
				body: undefined,
			},
		]);
	});

	test("Extra Fields (JSON) reach the item on every write resource, over the node's own fields", async () => {
		await runSmenso(sandbox, {
			resource: 'absence',
			operation: 'update',
			absenceId: ABSENCE_SEED.alanSick,
			updateFields: { comment: 'typed', extraFields: '{"comment": "from JSON", "locked": true}' },
			options: FAST_TICKETS,
		});
		const put = sandbox.requestsTo('/integration/absence/json', 'PUT')[0];
		expect((put.body as { absence: unknown[] }).absence[0]).toEqual({
			id: ABSENCE_SEED.alanSick,
			comment: 'from JSON',
			locked: true,
			tempId: 'n8n-item-0',
		});
	});
});
