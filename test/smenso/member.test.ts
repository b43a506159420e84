import { SMENSO_TOKENS } from '../sandbox';
import { MEMBER_FLAVOR_ID } from '../sandbox/smenso/settings';
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

const flavorId = (title: string) =>
	String(sandbox.smenso.flavors.find((f) => f.title === title)!.id);

describe('smenso member', () => {
	test('Get Many with Return All lists every member with their settings', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'member',
			operation: 'getAll',
			returnAll: true,
		});
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
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
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
		expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /skyisland/api/integration/flavor/json',
		]);
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

	const INVITE = '/skyisland/api/integration/workspace/invite';

	test('Invite as a member posts one invitation to the members path and waits for the result', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'member',
			operation: 'invite',
			email: ' new.colleague@example.com ',
			role: 'restricted-member',
			locale: 'de',
			options: FAST_TICKETS,
		});
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{
				method: 'POST',
				path: `${INVITE}/members/json`,
				query: {},
				body: {
					invites: [
						{ email: 'new.colleague@example.com', role: 'restricted-member', locale: 'de' },
					],
				},
			},
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(jsonOf(result)).toEqual([
			{ ticketId: SINGLE_WRITE_TICKET, status: 'Completed', id: null, success: true, messages: [] },
		]);
		expect(sandbox.smenso.invites.at(-1)).toEqual({
			id: expect.any(String),
			kind: 'members',
			email: 'new.colleague@example.com',
			role: 'restricted-member',
			locale: 'de',
		});
	});

	test('Invite: the role decides the path (four member roles, three guest roles); the language defaults to English', async () => {
		const roles = [
			'admin',
			'member',
			'restricted-member',
			'read-only-member',
			'guest',
			'restricted-guest',
			'read-only-guest',
		];
		const result = await runSmenso(
			sandbox,
			{
				resource: 'member',
				operation: 'invite',
				email: '={{ $json.email }}',
				role: '={{ $json.role }}',
				options: FAST_TICKETS,
			},
			{ items: roles.map((role) => ({ email: `${role}@partner.example.org`, role })) },
		);
		expect(jsonOf(result).map((item) => item.success)).toEqual(roles.map(() => true));
		const sent = callsBesidesPolls(sandbox).map((request) => ({
			path: request.path,
			body: request.body,
		}));
		expect(sent).toEqual(
			roles.map((role, index) => ({
				path: `${INVITE}/${index < 4 ? 'members' : 'guests'}/json`,
				body: { invites: [{ email: `${role}@partner.example.org`, role, locale: 'en' }] },
			})),
		);
		expect(sandbox.smenso.invites.slice(-7).map((invite) => [invite.kind, invite.role])).toEqual(
			roles.map((role, index) => [index < 4 ? 'members' : 'guests', role]),
		);
	});

	test('Invite refuses an empty or malformed address, an unknown role and language before any request', async () => {
		const base = { resource: 'member', operation: 'invite', email: 'someone@example.com' };
		const cases: Array<[Record<string, unknown>, string, string]> = [
			[{ email: '  ' }, "'Email' is empty", 'e.g. jane.doe@example.com'],
			[{ email: 'jane.doe@' }, '\'Email\' is not an e-mail address: "jane.doe@"', 'one item each'],
			[
				{ email: 'a@example.com, b@example.com' },
				'\'Email\' is not an e-mail address: "a@example.com, b@example.com"',
				'one item each',
			],
			[
				{ role: '={{ "owner" }}' },
				'\'Role\' is not a smenso role: "owner"',
				'admin, member, restricted-member, read-only-member, guest, restricted-guest, read-only-guest',
			],
			[
				{ locale: '={{ "fr" }}' },
				'\'Language\' is not de or en: "fr"',
				'English (en) or German (de)',
			],
		];
		for (const [parameters, message, fix] of cases) {
			const result = await runSmenso(sandbox, { ...base, ...parameters });
			expect(result.error?.message).toBe(message);
			expect(result.error?.description).toContain(fix);
		}
		expect(sandbox.requests).toHaveLength(0);
	});

	test("Invite of someone who already is a member fails with smenso's message and stores nothing", async () => {
		const before = sandbox.smenso.invites.length;
		const result = await runSmenso(sandbox, {
			resource: 'member',
			operation: 'invite',
			email: 'Ada.Lovelace@example.com',
			role: 'guest',
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			'smenso did not apply the change: Ada.Lovelace@example.com is already a member of this workspace.',
		);
		expect(result.error?.description).toContain(
			WRITE_MODE === 'async' ? 'ended as Failed' : 'answered at once (no ticket) with Failed',
		);
		expect(sandbox.requestsTo('/workspace/invite/guests/json', 'POST')).toHaveLength(1);
		expect(sandbox.smenso.invites).toHaveLength(before);
	});

	test('the sandbox refuses a role of the other path, an unknown field and a bad locale with 400', async () => {
		const post = async (kind: string, body: unknown) =>
			await fetch(`${sandbox.smensoBaseUrl}/api/integration/workspace/invite/${kind}/json`, {
				method: 'POST',
				headers: { Authorization: ADMIN_AUTH, 'Content-Type': 'application/json' },
				body: JSON.stringify(body),
			});
		const guestAsMember = await post('members', {
			invites: [{ email: 'x@example.com', role: 'guest', locale: 'en' }],
		});
		expect(guestAsMember.status).toBe(400);
		expect(((await guestAsMember.json()) as { errors: Record<string, string[]> }).errors).toEqual({
			'invites[0].role': [
				"'guest' is not a role for members. Use admin, member, restricted-member, read-only-member.",
			],
		});
		const extra = await post('guests', {
			timezoneId: 'UTC',
			invites: [{ email: 'x@example.com', role: 'guest', name: 'X' }],
		});
		expect(((await extra.json()) as { errors: Record<string, string[]> }).errors).toEqual({
			timezoneId: ["Unknown field 'timezoneId'."],
			'invites[0].name': ["Unknown field 'name'."],
		});
		const locale = await post('guests', {
			invites: [{ email: 'x@example', role: 'guest', locale: 'fr' }],
		});
		expect(((await locale.json()) as { errors: Record<string, string[]> }).errors).toEqual({
			'invites[0].email': ["'x@example' is not a valid e-mail address."],
			'invites[0].locale': ["'fr' is not a locale. Use de or en."],
		});
	});

	test("Invite with a member's token is refused with smenso's 403", async () => {
		const before = sandbox.smenso.invites.length;
		const result = await runSmenso(
			sandbox,
			{ resource: 'member', operation: 'invite', email: 'new@example.com' },
			{ token: SMENSO_TOKENS.member },
		);
		expect(result.error?.message).toBe(
			"The token's user may not do this (403): Write operations require a token of a workspace administrator.",
		);
		expect(sandbox.requests).toHaveLength(1);
		expect(sandbox.smenso.invites).toHaveLength(before);
	});
});
