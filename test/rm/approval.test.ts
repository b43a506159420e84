import { startSandbox, RM_TOKEN, type ResourcePlanningSandbox } from '../sandbox';
import { RM_SEED, type Rec } from '../sandbox/rm/state';
import { byId, jsonOf, runRm, shape } from '../harness/rm';

let sandbox: ResourcePlanningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => await sandbox.close());
beforeEach(() => {
	sandbox.clearRequests();
	sandbox.clearFaults();
});

const FIRST = RM_SEED.firstTimeEntryId;
const SEEDED_AT = '2026-01-05T09:00:00Z';
const api = '/api/v1';
const lookup = (id: number) => ({ method: 'GET', path: `${api}/time_entries/${id}`, query: {}, body: undefined });
const approvalOf = (entryId: number) => [...sandbox.rm.approvals.values()].find((a) => a.approvable_id === entryId);

describe('Resource Management approval', () => {
	test("Submit looks up each entry's updated_at and submits them as pending", async () => {
		const result = await runRm(sandbox, { resource: 'approval', operation: 'submit', timeEntryIds: `${FIRST}, ${FIRST + 1};${FIRST}` });
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
		expect(items).toEqual([FIRST, FIRST + 1].map((entry) => ({
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
		})));
		expect(approvalOf(FIRST)).toEqual(items[0]);
		expect(approvalOf(FIRST + 1)).toEqual(items[1]);
	});

	test('Approve approves submitted and unsubmitted entries; IDs may come as a list from an expression', async () => {
		const result = await runRm(sandbox, { resource: 'approval', operation: 'approve', timeEntryIds: `={{ [${FIRST}, "${FIRST + 2}"] }}` });
		const items = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			lookup(FIRST),
			lookup(FIRST + 2),
			{
				method: 'POST',
				path: `${api}/approvals`,
				query: {},
				body: {
					status: 'approved',
					approvables: [
						{ id: FIRST, type: 'TimeEntry', updated_at: SEEDED_AT },
						{ id: FIRST + 2, type: 'TimeEntry', updated_at: SEEDED_AT },
					],
				},
			},
		]);
		expect(items.map((a) => [a.approvable_id, a.status, a.approved_by])).toEqual([
			[FIRST, 'approved', RM_SEED.firstUserId],
			[FIRST + 2, 'approved', RM_SEED.firstUserId],
		]);
		// The pending approval of the first entry was turned into the approval (same record).
		expect(items[0].submitted_at).not.toBe(items[0].approved_at);
		expect(approvalOf(FIRST)).toMatchObject({ status: 'approved' });
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
		const result = await runRm(sandbox, { resource: 'approval', operation: 'submit', timeEntryIds: `${FIRST + 4}, ${changed}` });
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
		const result = await runRm(sandbox, { resource: 'approval', operation: 'submit', timeEntryIds: String(FIRST + 2) });
		expect(result.error?.message).toBe(`1 of 1 time entries were not submitted: ${FIRST + 2}`);
		expect(result.error?.description).toContain('None was processed.');
		expect(sandbox.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
	});

	test('An unknown time entry fails at the look-up and nothing is submitted', async () => {
		const result = await runRm(sandbox, { resource: 'approval', operation: 'submit', timeEntryIds: `${FIRST + 6}, 3999999999` });
		expect(result.error?.message).toBe('Resource Management found no such record (404): not found');
		expect(sandbox.requests.map(shape)).toEqual([lookup(FIRST + 6), lookup(3999999999)]);
		expect(approvalOf(FIRST + 6)).toBeUndefined();
	});

	test('Get Many lists the approvals with the records they are about', async () => {
		const result = await runRm(sandbox, { resource: 'approval', operation: 'getAll', returnAll: true, includeApprovables: true });
		const items = jsonOf(result);
		const stored = [...sandbox.rm.approvals.values()].sort((a, b) => Number(a.id) - Number(b.id));
		expect(items.map((a) => a.id)).toEqual(stored.map((a) => a.id));
		expect(items).toHaveLength(4);
		for (const item of items) {
			expect((item.approvables as { data: Rec[] }).data).toEqual([sandbox.rm.timeEntries.get(Number(item.approvable_id))]);
		}
		expect(sandbox.requests.map(shape)).toEqual([{ method: 'GET', path: `${api}/approvals`, query: { fields: 'approvables', per_page: '1000' }, body: undefined }]);

		sandbox.clearRequests();
		const limited = jsonOf(await runRm(sandbox, { resource: 'approval', operation: 'getAll', limit: 1 }));
		expect(limited).toEqual([stored[0]]);
		expect(sandbox.requests.map(shape)).toEqual([{ method: 'GET', path: `${api}/approvals`, query: { per_page: '1' }, body: undefined }]);
	});

	test('Withdraw deletes a pending approval', async () => {
		const approval = approvalOf(FIRST + 1)!;
		expect(approval.status).toBe('pending');
		const result = await runRm(sandbox, { resource: 'approval', operation: 'withdraw', approvalId: String(approval.id) });
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([{ method: 'DELETE', path: `${api}/approvals/${String(approval.id)}`, query: {}, body: undefined }]);
		expect(sandbox.rm.approvals.has(Number(approval.id))).toBe(false);
	});

	test('Withdraw of an approved record is refused (403 bad data) and keeps it', async () => {
		const approval = approvalOf(FIRST)!;
		const result = await runRm(sandbox, { resource: 'approval', operation: 'withdraw', approvalId: String(approval.id) });
		expect(result.error?.message).toBe('Resource Management rejected the data: bad data; only pending approvals can be withdrawn');
		expect(sandbox.rm.approvals.get(Number(approval.id))).toMatchObject({ status: 'approved' });
	});

	test('Bad IDs fail before any request', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ operation: 'submit', timeEntryIds: '' }, "'Time Entry IDs' is empty"],
			[{ operation: 'submit', timeEntryIds: ' , ' }, "'Time Entry IDs' is empty"],
			[{ operation: 'approve', timeEntryIds: `${FIRST}, abc` }, `'Time Entry IDs' contains an invalid ID: "abc"`],
			[{ operation: 'approve', timeEntryIds: '1.5' }, `'Time Entry IDs' contains an invalid ID: "1.5"`],
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
