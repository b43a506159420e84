import { RM_TOKEN } from '../sandbox';
import { APP_USER_HEADER } from '../sandbox/rm/approvals';
import { EXPENSE_SEED, expenseItemsOf } from '../sandbox/rm/expenseItems';
import { RM_SEED, type Rec } from '../sandbox/rm/state';
import { byId, jsonOf, rmNode, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const FIRST = RM_SEED.firstTimeEntryId;
const SEEDED_AT = '2026-01-05T09:00:00Z';
const api = '/api/v1';
const lookup = (id: number) => ({
	method: 'GET',
	path: `${api}/time_entries/${id}`,
	query: {},
	body: undefined,
});
const approvalOf = (entryId: number, type = 'TimeEntry') =>
	[...sandbox.rm.approvals.values()].find(
		(a) => a.approvable_id === entryId && a.approvable_type === type,
	);
const EXPENSE = EXPENSE_SEED.firstId;
const USER = RM_SEED.firstUserId;
const expenseLookup = (id: number, user = USER) => ({
	method: 'GET',
	path: `${api}/users/${user}/expense_items/${id}`,
	query: {},
	body: undefined,
});

/** A raw request to the sandbox, as another caller (e.g. an administrator in the app) would send it. */
async function raw(
	method: string,
	path: string,
	body?: unknown,
	headers: Record<string, string> = {},
) {
	const response = await fetch(`${sandbox.rmBaseUrl}${api}${path}`, {
		method,
		headers: { auth: RM_TOKEN, 'Content-Type': 'application/json', ...headers },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as { data: Rec[] } };
}

describe('Resource Management approval', () => {
	test("Submit looks up each entry's updated_at and submits them as pending", async () => {
		const result = await runRm(sandbox, {
			resource: 'approval',
			operation: 'submit',
			timeEntryIds: `${FIRST}, ${FIRST + 1};${FIRST}`,
		});
		const items = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			lookup(FIRST),
			lookup(FIRST + 1),
			{
				method: 'POST',
				path: `${api}/approvals`,
				query: {},
				body: {
					status: 'pending',
					approvables: [
						{ id: FIRST, type: 'TimeEntry', updated_at: SEEDED_AT },
						{ id: FIRST + 1, type: 'TimeEntry', updated_at: SEEDED_AT },
					],
				},
			},
		]);
		expect(sandbox.requests.every((r) => r.headers.auth === RM_TOKEN)).toBe(true);
		const stamp = items[0].submitted_at;
		expect(items).toEqual(
			[FIRST, FIRST + 1].map((entry) => ({
				id: expect.any(Number),
				status: 'pending',
				approvable_id: entry,
				approvable_type: 'TimeEntry',
				submitted_by: RM_SEED.firstUserId,
				submitted_at: stamp,
				approved_by: null,
				approved_at: null,
				created_at: stamp,
				updated_at: stamp,
			})),
		);
		expect(approvalOf(FIRST)).toEqual(items[0]);
		expect(approvalOf(FIRST + 1)).toEqual(items[1]);
	});

	test('there is no Approve: RM says API callers can only submit (Get Many, Submit and Withdraw remain)', () => {
		const operation = rmNode.description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('approval'),
		);
		expect(operation?.options?.map((o) => ('value' in o ? o.value : undefined))).toEqual([
			'get',
			'getAll',
			'submit',
			'withdraw',
		]);
	});

	test('a token may not approve (403 forbidden); records an administrator approved in the app keep their approval', async () => {
		const approvables = [FIRST, FIRST + 2].map((id) => ({
			id,
			type: 'TimeEntry',
			updated_at: SEEDED_AT,
		}));
		expect(await raw('POST', '/approvals', { status: 'approved', approvables })).toEqual({
			status: 403,
			body: { message: 'forbidden' },
		});
		const { status, body } = await raw(
			'POST',
			'/approvals',
			{ status: 'approved', approvables },
			{ [APP_USER_HEADER]: 'true' },
		);
		expect(status).toBe(200);
		expect(body.data.map((a) => [a.approvable_id, a.status])).toEqual([
			[FIRST, 'approved'],
			[FIRST + 2, 'approved'],
		]);
		// The pending approval of the first entry was turned into the approval (same record).
		expect(approvalOf(FIRST)).toMatchObject({
			status: 'approved',
			approved_by: RM_SEED.firstUserId,
		});
	});

	test('Time Entry → Get Many with Include Approvals shows the approval records', async () => {
		const result = await runRm(sandbox, {
			resource: 'timeEntry',
			operation: 'getAll',
			scope: 'user',
			userId: byId(String(RM_SEED.firstUserId + 1)),
			limit: 1,
			includeApprovals: true,
		});
		const [entry] = jsonOf(result);
		expect(entry.id).toBe(FIRST + 1);
		expect((entry.approvals as { data: Rec[] }).data).toEqual([approvalOf(FIRST + 1)]);
		expect(sandbox.requests[0].query).toEqual({ fields: 'approvals', per_page: '1' });
	});

	test('An entry that changed after its look-up is skipped by RM and reported; the others are submitted', async () => {
		const changed = FIRST + 5;
		// Someone edits the entry right after the node read it.
		sandbox.inject({
			method: 'GET',
			path: `${api}/time_entries/${changed}`,
			respond: () => {
				const entry = sandbox.rm.timeEntries.get(changed)!;
				const before = { ...entry };
				entry.updated_at = '2026-02-01T10:00:00Z';
				return { status: 200, body: before };
			},
		});
		const result = await runRm(sandbox, {
			resource: 'approval',
			operation: 'submit',
			timeEntryIds: `${FIRST + 4}, ${changed}`,
		});
		expect(result.error?.message).toBe(`1 of 2 time entries were not submitted: ${changed}`);
		expect(result.error?.description).toContain(`These were submitted: ${FIRST + 4}.`);
		expect((sandbox.requests[2].body as Rec).approvables).toEqual([
			{ id: FIRST + 4, type: 'TimeEntry', updated_at: SEEDED_AT },
			{ id: changed, type: 'TimeEntry', updated_at: SEEDED_AT },
		]);
		expect(sandbox.requests).toHaveLength(3);
		expect(approvalOf(FIRST + 4)).toMatchObject({ status: 'pending' });
		expect(approvalOf(changed)).toBeUndefined();
	});

	test('Submitting an entry that is already approved is reported, not silently ignored', async () => {
		const result = await runRm(sandbox, {
			resource: 'approval',
			operation: 'submit',
			timeEntryIds: String(FIRST + 2),
		});
		expect(result.error?.message).toBe(`1 of 1 time entries were not submitted: ${FIRST + 2}`);
		expect(result.error?.description).toContain('None was processed.');
		expect(sandbox.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
	});

	test('An unknown time entry fails at the look-up and nothing is submitted', async () => {
		const result = await runRm(sandbox, {
			resource: 'approval',
			operation: 'submit',
			timeEntryIds: `${FIRST + 6}, 3999999999`,
		});
		expect(result.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(sandbox.requests.map(shape)).toEqual([lookup(FIRST + 6), lookup(3999999999)]);
		expect(approvalOf(FIRST + 6)).toBeUndefined();
	});

	test("Submit of expense items looks up each item's updated_at below its user and submits them as ExpenseItem", async () => {
		const result = await runRm(sandbox, {
			resource: 'approval',
			operation: 'submit',
			approvableType: 'expenseItem',
			userId: { __rl: true, mode: 'list', value: String(USER) },
			expenseItemIds: `={{ [${EXPENSE}, "${EXPENSE + 1}"] }}`,
		});
		const items = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			expenseLookup(EXPENSE),
			expenseLookup(EXPENSE + 1),
			{
				method: 'POST',
				path: `${api}/approvals`,
				query: {},
				body: {
					status: 'pending',
					approvables: [
						{ id: EXPENSE, type: 'ExpenseItem', updated_at: SEEDED_AT },
						{ id: EXPENSE + 1, type: 'ExpenseItem', updated_at: SEEDED_AT },
					],
				},
			},
		]);
		expect(sandbox.requests.every((r) => r.headers.auth === RM_TOKEN)).toBe(true);
		const stamp = items[0].submitted_at;
		expect(items).toEqual(
			[EXPENSE, EXPENSE + 1].map((item) => ({
				id: expect.any(Number),
				status: 'pending',
				approvable_id: item,
				approvable_type: 'ExpenseItem',
				submitted_by: RM_SEED.firstUserId,
				submitted_at: stamp,
				approved_by: null,
				approved_at: null,
				created_at: stamp,
				updated_at: stamp,
			})),
		);
		expect(approvalOf(EXPENSE, 'ExpenseItem')).toEqual(items[0]);
		// A time entry with the same number is a different record: it got no approval.
		expect(approvalOf(EXPENSE)).toBeUndefined();
	});

	test('Expense Item → Get Many with Include Approvals shows the approval records', async () => {
		const result = await runRm(sandbox, {
			resource: 'expenseItem',
			operation: 'getAll',
			userId: byId(String(USER)),
			limit: 2,
			includeApprovals: true,
		});
		const [first, second] = jsonOf(result);
		expect((first.approvals as { data: Rec[] }).data).toEqual([approvalOf(EXPENSE, 'ExpenseItem')]);
		expect((second.approvals as { data: Rec[] }).data).toEqual([
			approvalOf(EXPENSE + 1, 'ExpenseItem'),
		]);
	});

	test('An expense item that is already submitted, or changed after its look-up, is reported in expense words', async () => {
		const changed = EXPENSE + 2;
		sandbox.inject({
			method: 'GET',
			path: `${api}/users/${USER}/expense_items/${changed}`,
			respond: () => {
				const item = expenseItemsOf(sandbox.rm).get(changed)!;
				const before = { ...item };
				item.updated_at = '2026-02-01T10:00:00Z';
				return { status: 200, body: before };
			},
		});
		const result = await runRm(sandbox, {
			resource: 'approval',
			operation: 'submit',
			approvableType: 'expenseItem',
			userId: byId(String(USER)),
			expenseItemIds: `${EXPENSE}, ${changed}, ${EXPENSE + 3}`,
		});
		expect(result.error?.message).toBe(
			`2 of 3 expense items were not submitted: ${EXPENSE}, ${changed}`,
		);
		expect(result.error?.description).toContain(`These were submitted: ${EXPENSE + 3}.`);
		expect(result.error?.description).toContain('Expense Item → Get Many (Include Approvals)');
		expect(sandbox.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET', 'POST']);
		expect(approvalOf(changed, 'ExpenseItem')).toBeUndefined();
		expect(approvalOf(EXPENSE + 3, 'ExpenseItem')).toMatchObject({ status: 'pending' });
	});

	test("An expense item of another user fails at the look-up (RM's 404) and nothing is submitted", async () => {
		const result = await runRm(sandbox, {
			resource: 'approval',
			operation: 'submit',
			approvableType: 'expenseItem',
			userId: byId(String(USER + 1)),
			expenseItemIds: String(EXPENSE + 4),
		});
		expect(result.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(sandbox.requests.map(shape)).toEqual([expenseLookup(EXPENSE + 4, USER + 1)]);
		expect(approvalOf(EXPENSE + 4, 'ExpenseItem')).toBeUndefined();
	});

	test('Get Many lists the approvals with the records they are about', async () => {
		const result = await runRm(sandbox, {
			resource: 'approval',
			operation: 'getAll',
			returnAll: true,
			includeApprovables: true,
		});
		const items = jsonOf(result);
		const stored = [...sandbox.rm.approvals.values()].sort((a, b) => Number(a.id) - Number(b.id));
		expect(items.map((a) => a.id)).toEqual(stored.map((a) => a.id));
		expect(items.map((a) => [a.approvable_type, a.approvable_id, a.status])).toEqual([
			['TimeEntry', FIRST, 'approved'],
			['TimeEntry', FIRST + 1, 'pending'],
			['TimeEntry', FIRST + 2, 'approved'],
			['TimeEntry', FIRST + 4, 'pending'],
			['ExpenseItem', EXPENSE, 'pending'],
			['ExpenseItem', EXPENSE + 1, 'pending'],
			['ExpenseItem', EXPENSE + 3, 'pending'],
		]);
		for (const item of items) {
			const record =
				item.approvable_type === 'TimeEntry'
					? sandbox.rm.timeEntries.get(Number(item.approvable_id))
					: expenseItemsOf(sandbox.rm).get(Number(item.approvable_id));
			expect((item.approvables as { data: Rec[] }).data).toEqual([record]);
		}
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/approvals`,
				query: { fields: 'approvables', per_page: '1000' },
				body: undefined,
			},
		]);

		sandbox.clearRequests();
		const limited = jsonOf(
			await runRm(sandbox, { resource: 'approval', operation: 'getAll', limit: 1 }),
		);
		expect(limited).toEqual([stored[0]]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/approvals`, query: { per_page: '1' }, body: undefined },
		]);
	});

	test('Withdraw deletes the pending approval of an expense item', async () => {
		const approval = approvalOf(EXPENSE + 3, 'ExpenseItem')!;
		const result = await runRm(sandbox, {
			resource: 'approval',
			operation: 'withdraw',
			approvalId: String(approval.id),
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'DELETE',
				path: `${api}/approvals/${String(approval.id)}`,
				query: {},
				body: undefined,
			},
		]);
		expect(approvalOf(EXPENSE + 3, 'ExpenseItem')).toBeUndefined();
	});

	test('Withdraw deletes a pending approval', async () => {
		const approval = approvalOf(FIRST + 1)!;
		expect(approval.status).toBe('pending');
		const result = await runRm(sandbox, {
			resource: 'approval',
			operation: 'withdraw',
			approvalId: String(approval.id),
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'DELETE',
				path: `${api}/approvals/${String(approval.id)}`,
				query: {},
				body: undefined,
			},
		]);
		expect(sandbox.rm.approvals.has(Number(approval.id))).toBe(false);
	});

	test('Get reads one approval record, with the record it is about when asked', async () => {
		const approval = approvalOf(FIRST)!;
		const [plain] = jsonOf(
			await runRm(sandbox, {
				resource: 'approval',
				operation: 'get',
				approvalId: ` ${String(approval.id)} `,
			}),
		);
		expect(plain).toEqual(sandbox.rm.approvals.get(Number(approval.id)));
		const [withRecord] = jsonOf(
			await runRm(sandbox, {
				resource: 'approval',
				operation: 'get',
				approvalId: String(approval.id),
				includeApprovables: true,
			}),
		);
		expect(withRecord.approvables).toMatchObject({ data: [{ id: FIRST }] });
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/approvals/${String(approval.id)}`,
				query: {},
				body: undefined,
			},
			{
				method: 'GET',
				path: `${api}/approvals/${String(approval.id)}`,
				query: { fields: 'approvables' },
				body: undefined,
			},
		]);
		const bad = await runRm(sandbox, {
			resource: 'approval',
			operation: 'get',
			approvalId: 'latest',
		});
		expect(bad.error?.message).toContain("'Approval ID' is not a valid ID");
		expect(sandbox.requests).toHaveLength(2);
	});

	test('Withdraw of an approved record is refused (403 bad data) and keeps it', async () => {
		const approval = approvalOf(FIRST)!;
		const result = await runRm(sandbox, {
			resource: 'approval',
			operation: 'withdraw',
			approvalId: String(approval.id),
		});
		expect(result.error?.message).toBe(
			'Resource Management rejected the data: bad data; only pending approvals can be withdrawn',
		);
		expect(sandbox.rm.approvals.get(Number(approval.id))).toMatchObject({ status: 'approved' });
	});

	test('Bad IDs fail before any request', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ operation: 'submit', timeEntryIds: '' }, "'Time Entry IDs' is empty"],
			[{ operation: 'submit', timeEntryIds: ' , ' }, "'Time Entry IDs' is empty"],
			[
				{ operation: 'submit', timeEntryIds: `${FIRST}, abc` },
				`'Time Entry IDs' contains an invalid ID: "abc"`,
			],
			[
				{ operation: 'submit', approvableType: 'timeEntry', timeEntryIds: '1.5' },
				`'Time Entry IDs' contains an invalid ID: "1.5"`,
			],
			[
				{
					operation: 'submit',
					approvableType: 'expenseItem',
					userId: byId(''),
					expenseItemIds: String(EXPENSE),
				},
				"'User' is empty",
			],
			[
				{
					operation: 'submit',
					approvableType: 'expenseItem',
					userId: byId(String(USER)),
					expenseItemIds: '',
				},
				"'Expense Item IDs' is empty",
			],
			[
				{
					operation: 'submit',
					approvableType: 'expenseItem',
					userId: byId(String(USER)),
					expenseItemIds: `${EXPENSE}; x1`,
				},
				`'Expense Item IDs' contains an invalid ID: "x1"`,
			],
			[{ operation: 'withdraw', approvalId: '' }, "'Approval ID' is empty"],
			[{ operation: 'withdraw', approvalId: '../1' }, `'Approval ID' is not a valid ID: "../1"`],
		];
		for (const [parameters, message] of cases) {
			const result = await runRm(sandbox, { resource: 'approval', ...parameters } as never);
			expect([parameters, result.error?.message]).toEqual([parameters, message]);
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
