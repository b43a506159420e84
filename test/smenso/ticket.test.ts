import { MEMBER_FLAVOR_ID } from '../sandbox/smenso/settings';
import { ADMIN_AUTH, byId, jsonOf, runSmenso, shape, statusPolls } from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

describe('smenso ticket', () => {
	test('Get Status follows a write that did not wait: Created → Processing → Completed, body as is', async () => {
		sandbox.smenso.writeMode = 'async';
		const member = sandbox.smenso.members[1];
		const write = await runSmenso(sandbox, {
			resource: 'member',
			operation: 'update',
			memberId: byId(String(member.id)),
			customFields: { flavor: [{ target: MEMBER_FLAVOR_ID, value: 'Compilers' }] },
			options: { waitForCompletion: false },
		});
		const [{ ticketId, status }] = jsonOf(write);
		expect(status).toBe('Accepted');
		expect(statusPolls(sandbox)).toHaveLength(0);

		const check = async () =>
			jsonOf(
				await runSmenso(sandbox, {
					resource: 'ticket',
					operation: 'get',
					ticketId: ` ${ticketId} `,
				}),
			);
		expect(await check()).toEqual([{ ticketId, status: 'Created', items: [] }]);
		expect(await check()).toEqual([{ ticketId, status: 'Processing', items: [] }]);
		expect(await check()).toEqual([
			{
				ticketId,
				status: 'Completed',
				items: [{ tempId: 'n8n-item-0', id: member.id, success: true, messages: [] }],
			},
		]);
		const polls = statusPolls(sandbox);
		expect(polls.map(shape)).toEqual(
			Array(3).fill({
				method: 'GET',
				path: `/skyisland/api/integration/status/json/${ticketId}`,
				query: {},
				body: undefined,
			}),
		);
		expect(polls[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('an unknown ticket is a 404; an empty ID is not sent', async () => {
		const unknown = await runSmenso(sandbox, {
			resource: 'ticket',
			operation: 'get',
			ticketId: 'no-such-ticket',
		});
		expect(unknown.error?.message).toBe('smenso found no such record (404): Ticket not found');
		expect(sandbox.requests.map((r) => r.path)).toEqual([
			'/skyisland/api/integration/status/json/no-such-ticket',
		]);
		sandbox.clearRequests();
		const empty = await runSmenso(sandbox, { resource: 'ticket', operation: 'get', ticketId: '' });
		expect(empty.error?.message).toBe("'Ticket ID' is empty");
		expect(sandbox.requests).toHaveLength(0);
	});
});
