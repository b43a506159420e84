import { startSandbox, SMENSO_TOKENS, type ResourcePlanningSandbox } from '../sandbox';
import { MEMBER_FLAVOR_ID } from '../sandbox/smenso/settings';
import { ADMIN_AUTH, byId, FAST_TICKETS, jsonOf, resetSandbox, runSmenso, shape, SINGLE_WRITE_POLLS, SINGLE_WRITE_TICKET } from '../harness/smenso';

let sandbox: ResourcePlanningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => await sandbox.close());
beforeEach(() => resetSandbox(sandbox));

const statusPolls = () => sandbox.requestsTo('/api/integration/status/json/');
const flavorId = (title: string) => String(sandbox.smenso.flavors.find((f) => f.title === title)!.id);

describe('smenso member', () => {
	test('Get Many with Return All lists every member with their settings', async () => {
		const result = await runSmenso(sandbox, { resource: 'member', operation: 'getAll', returnAll: true });
		const items = jsonOf(result);
		expect(items).toHaveLength(5);
		expect(items[1]).toEqual({
			id: sandbox.smenso.members[1].id,
			firstName: 'Grace',
			lastName: 'Hopper',
			displayName: 'Grace Hopper',
			email: 'grace.hopper@example.com',
			flavors: [],
		});
		expect(sandbox.requests).toHaveLength(1);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/settings/member/json',
			query: {},
			body: undefined,
		});
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Get Many with Limit 2 returns the first two', async () => {
		const result = await runSmenso(sandbox, { resource: 'member', operation: 'getAll', limit: 2 });
		expect(jsonOf(result).map((m) => m.displayName)).toEqual(['Ada Lovelace', 'Grace Hopper']);
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Update sets custom fields by member GUID: envelope, ticket, state', async () => {
		const member = sandbox.smenso.members[2];
		const result = await runSmenso(
			sandbox,
			{
				resource: 'member',
				operation: 'update',
				memberId: byId(String(member.id)),
				customFields: {
					flavor: [
						{ target: MEMBER_FLAVOR_ID, value: 'Research' },
						{ target: flavorId('Region'), value: 'EMEA' },
					],
				},
				options: FAST_TICKETS,
			},
			{ timezone: 'Europe/Berlin' },
		);
		const [out] = jsonOf(result);
		const put = sandbox.requestsTo('/settings/member/json', 'PUT');
		expect(put).toHaveLength(1);
		expect(shape(put[0])).toEqual({
			method: 'PUT',
			path: '/skyisland/api/integration/settings/member/json',
			query: {},
			body: {
				timezoneId: 'W. Europe Standard Time',
				member: [
					{
						id: member.id,
						flavor: [
							{ target: MEMBER_FLAVOR_ID, value: 'Research' },
							{ target: flavorId('Region'), value: 'EMEA' },
						],
						tempId: 'n8n-item-0',
					},
				],
			},
		});
		expect(put[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(statusPolls()).toHaveLength(SINGLE_WRITE_POLLS);
		expect(out).toEqual({
			ticketId: SINGLE_WRITE_TICKET,
			status: 'Completed',
			tempId: 'n8n-item-0',
			id: member.id,
			success: true,
			messages: [],
		});
		expect(member.flavors).toEqual([
			{ target: MEMBER_FLAVOR_ID, value: 'Research' },
			{ target: flavorId('Region'), value: 'EMEA' },
		]);
	});

	test('Update addresses a member by e-mail, with the time zone chosen in the options', async () => {
		const member = sandbox.smenso.members[3];
		const result = await runSmenso(sandbox, {
			resource: 'member',
			operation: 'update',
			memberId: { __rl: true, mode: 'email', value: ' Edsger.Dijkstra@example.com ' },
			customFields: { flavor: [{ target: MEMBER_FLAVOR_ID, value: 'Algorithms' }] },
			options: { ...FAST_TICKETS, timezoneId: 'UTC' },
		});
		expect(jsonOf(result)[0]).toMatchObject({ status: 'Completed', id: member.id, success: true });
		expect(sandbox.requestsTo('/settings/member/json', 'PUT')[0].body).toEqual({
			timezoneId: 'UTC',
			member: [
				{
					id: 'Edsger.Dijkstra@example.com',
					flavor: [{ target: MEMBER_FLAVOR_ID, value: 'Algorithms' }],
					tempId: 'n8n-item-0',
				},
			],
		});
		expect(member.flavors).toEqual([{ target: MEMBER_FLAVOR_ID, value: 'Algorithms' }]);
	});

	test('Update without a custom field, or with a member that is neither GUID nor e-mail, sends nothing', async () => {
		const none = await runSmenso(sandbox, {
			resource: 'member',
			operation: 'update',
			memberId: byId(String(sandbox.smenso.members[0].id)),
		});
		expect(none.error?.message).toBe('No custom field to change');
		const bad = await runSmenso(sandbox, {
			resource: 'member',
			operation: 'update',
			memberId: byId('grace'),
			customFields: { flavor: [{ target: MEMBER_FLAVOR_ID, value: 'x' }] },
		});
		expect(bad.error?.message).toBe('\'Member\' is not a valid ID: "grace"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Update of a formula field fails before the write, naming the field; nothing is changed', async () => {
		const member = sandbox.smenso.members[4];
		const result = await runSmenso(sandbox, {
			resource: 'member',
			operation: 'update',
			memberId: byId(String(member.id)),
			customFields: { flavor: [{ target: flavorId('Score'), value: '3' }] },
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe("Custom field 'Score' is a formula: smenso computes it");
		// Only the flavor definitions were read.
		expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /skyisland/api/integration/flavor/json']);
		expect(member.flavors).toBeUndefined();
	});

	test("Update with a member's token is refused with smenso's 403", async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'member',
				operation: 'update',
				memberId: byId(String(sandbox.smenso.members[1].id)),
				customFields: { flavor: [{ target: MEMBER_FLAVOR_ID, value: 'Ops' }] },
			},
			{ token: SMENSO_TOKENS.member },
		);
		expect(result.error?.message).toBe(
			"The token's user may not do this (403): Write operations require a token of a workspace administrator.",
		);
		expect(sandbox.smenso.members[1].flavors).toBeUndefined();
	});
});
