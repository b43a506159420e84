import { SMENSO_TOKENS } from '../sandbox';
import { guid } from '../sandbox/smenso/state';
import {
	ADMIN_AUTH,
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

const WRITE_PATH = '/skyisland/api/integration/settings/absencetype/json';
const writes = () => callsBesidesPolls(sandbox).map(shape);

/** An absence type put straight into the sandbox, so each write test starts from a known record. */
function seedType(seed: string, fields: Record<string, unknown> = {}): string {
	const id = guid(`absence-type-test-${seed}`);
	sandbox.smenso.absenceTypes.set(id, {
		id,
		title: `Type ${seed}`,
		type: 'unlimited',
		isApprovalNecessary: false,
		...fields,
	});
	return id;
}

describe('smenso absence type', () => {
	test('Get Many lists every type from the plural path', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'getAll',
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([
			{ id: guid('absence-type-0'), title: 'Vacation', type: 'limited', isApprovalNecessary: true },
			{
				id: guid('absence-type-1'),
				title: 'Sick leave',
				type: 'unlimited',
				isApprovalNecessary: false,
			},
			{
				id: guid('absence-type-2'),
				title: 'Training',
				type: 'unlimited',
				isApprovalNecessary: false,
			},
		]);
		expect(sandbox.requests).toHaveLength(1);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/settings/absencetypes/json',
			query: {},
			body: undefined,
		});
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Get Many with Limit 1', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'getAll',
			limit: 1,
		});
		expect(jsonOf(result).map((t) => t.title)).toEqual(['Vacation']);
	});

	test('Get returns one type from the singular path', async () => {
		const id = guid('absence-type-1');
		const result = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'get',
			absenceTypeId: ` ${id} `,
		});
		expect(jsonOf(result)).toEqual([
			{ id, title: 'Sick leave', type: 'unlimited', isApprovalNecessary: false },
		]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{
				method: 'GET',
				path: `/skyisland/api/integration/settings/absencetype/json/${id}`,
				query: {},
				body: undefined,
			},
		]);
	});

	test('Get of an unknown type is a 404; an empty one is not sent', async () => {
		const unknown = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'get',
			absenceTypeId: 'Holiday',
		});
		expect(unknown.error?.message).toBe(
			'smenso found no such record (404): Absence type not found',
		);
		expect(sandbox.requests.map((r) => r.path)).toEqual([
			'/skyisland/api/integration/settings/absencetype/json/Holiday',
		]);
		sandbox.clearRequests();
		const empty = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'get',
			absenceTypeId: '  ',
		});
		expect(empty.error?.message).toBe("'Absence Type' is empty");
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Create sends the absenceType envelope without a timezoneId and waits for the result', async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'absenceType',
				operation: 'create',
				title: ' Parental Leave ',
				type: 'limited',
				additionalFields: {
					isApprovalNecessary: true,
					includeInHolidaysOverview: false,
					yearlyBudget: 30,
					recommendedApprovers: ' ada.lovelace@example.com; Grace.Hopper@example.com ',
					externalId: 'HR-AT-1',
				},
				options: FAST_TICKETS,
			},
			{ timezone: 'Europe/Berlin' },
		);
		const [out] = jsonOf(result);
		expect(writes()).toEqual([
			{
				method: 'POST',
				path: WRITE_PATH,
				query: {},
				body: {
					absenceType: [
						{
							title: 'Parental Leave',
							type: 'limited',
							isApprovalNecessary: true,
							includeInHolidaysOverview: false,
							yearlyBudget: 30,
							recommendedApprovers: 'ada.lovelace@example.com,Grace.Hopper@example.com',
							externalId: 'HR-AT-1',
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
			resource: 'absenceType',
			operation: 'get',
			absenceTypeId: String(out.id),
		});
		expect(jsonOf(read)).toEqual([
			{
				id: out.id,
				title: 'Parental Leave',
				type: 'limited',
				isApprovalNecessary: true,
				includeInHolidaysOverview: false,
				yearlyBudget: 30,
				recommendedApprovers: 'ada.lovelace@example.com,Grace.Hopper@example.com',
				externalId: 'HR-AT-1',
			},
		]);
	});

	test('Create with only a title sends the title and the default budget type', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'create',
			title: 'Sabbatical',
			options: FAST_TICKETS,
		});
		const [out] = jsonOf(result);
		expect(writes()).toEqual([
			{
				method: 'POST',
				path: WRITE_PATH,
				query: {},
				body: { absenceType: [{ title: 'Sabbatical', type: 'unlimited', tempId: 'n8n-item-0' }] },
			},
		]);
		expect(sandbox.smenso.absenceTypes.get(String(out.id))).toEqual({
			id: out.id,
			title: 'Sabbatical',
			type: 'unlimited',
			isApprovalNecessary: false,
			includeInHolidaysOverview: true,
			yearlyBudget: null,
			recommendedApprovers: null,
			externalId: null,
		});
	});

	test('Create refuses a blank title, a negative budget and approvers that are not e-mail addresses before any request', async () => {
		const base = { resource: 'absenceType', operation: 'create', title: 'Comp Time' };
		const blank = await runSmenso(sandbox, { ...base, title: '   ' });
		expect(blank.error?.message).toBe("'Title' is empty");
		expect(blank.error?.description).toBe(
			'Enter the name of the absence type, e.g. Parental Leave.',
		);
		const budget = await runSmenso(sandbox, {
			...base,
			additionalFields: { yearlyBudget: '={{ -2 }}' },
		});
		expect(budget.error?.message).toBe("'Yearly Budget (Days)' is not a number of days: -2");
		const words = await runSmenso(sandbox, {
			...base,
			additionalFields: { yearlyBudget: '={{ "many" }}' },
		});
		expect(words.error?.message).toBe('\'Yearly Budget (Days)\' is not a number of days: "many"');
		const approvers = await runSmenso(sandbox, {
			...base,
			additionalFields: { recommendedApprovers: 'ada.lovelace@example.com, Grace Hopper' },
		});
		expect(approvers.error?.message).toBe(
			'\'Recommended Approvers\' contains something that is not an e-mail address: "Grace"',
		);
		expect(approvers.error?.description).toContain('separated by commas');
		expect(sandbox.requests).toHaveLength(0);
	});

	test("Create: smenso's refusals reach the user (an approver who is no member, a field smenso does not know)", async () => {
		const before = sandbox.smenso.absenceTypes.size;
		const stranger = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'create',
			title: 'Jury Duty',
			additionalFields: { recommendedApprovers: 'nobody@example.com' },
			options: FAST_TICKETS,
		});
		expect(stranger.error?.message).toBe(
			"smenso did not apply the change: Recommended approver 'nobody@example.com' is not a member of this workspace.",
		);
		expect(stranger.error?.description).toContain(
			WRITE_MODE === 'async' ? 'ended as Failed' : 'answered at once (no ticket) with Failed',
		);
		sandbox.clearRequests();
		const unknown = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'create',
			title: 'Jury Duty',
			additionalFields: { extraFields: '{"color": "red"}' },
		});
		expect(unknown.error?.message).toBe(
			"smenso rejected the request (400): One or more validation errors occurred.; absenceType[0].color: Unknown field 'color'.",
		);
		expect(sandbox.requests).toHaveLength(1);
		expect(sandbox.smenso.absenceTypes.size).toBe(before);
	});

	test('Update sends only the given fields with the ID on the item, no timezoneId', async () => {
		const id = seedType('update');
		const result = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'update',
			absenceTypeId: ` ${id} `,
			updateFields: {
				title: 'Holiday',
				type: 'limited',
				yearlyBudget: 28,
				isApprovalNecessary: true,
			},
			options: FAST_TICKETS,
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
				path: WRITE_PATH,
				query: {},
				body: {
					absenceType: [
						{
							id,
							title: 'Holiday',
							type: 'limited',
							yearlyBudget: 28,
							isApprovalNecessary: true,
							tempId: 'n8n-item-0',
						},
					],
				},
			},
		]);
		expect(sandbox.smenso.absenceTypes.get(id)).toEqual({
			id,
			title: 'Holiday',
			type: 'limited',
			isApprovalNecessary: true,
			yearlyBudget: 28,
		});
	});

	test('Update by External ID sends it in id with useExternalId', async () => {
		const id = seedType('external', { externalId: 'HR-AT-9' });
		const result = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'update',
			useExternalId: true,
			matchExternalId: 'HR-AT-9',
			updateFields: { includeInHolidaysOverview: false },
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)[0]).toMatchObject({ id, success: true, status: 'Completed' });
		expect(writes()[0].body).toEqual({
			absenceType: [
				{
					id: 'HR-AT-9',
					useExternalId: true,
					includeInHolidaysOverview: false,
					tempId: 'n8n-item-0',
				},
			],
		});
		expect(sandbox.smenso.absenceTypes.get(id)?.includeInHolidaysOverview).toBe(false);
	});

	test("Update without fields, or naming the type by its name, sends nothing; an unknown type fails with smenso's message", async () => {
		const none = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'update',
			absenceTypeId: guid('absence-type-1'),
		});
		expect(none.error?.message).toBe('No fields to update');
		expect(none.error?.description).toBe("Add at least one field under 'Update Fields'.");
		const name = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'update',
			absenceTypeId: 'Vacation',
			updateFields: { title: 'x' },
		});
		expect(name.error?.message).toBe('\'Absence Type\' is not a valid ID: "Vacation"');
		expect(name.error?.description).toContain('GUID or a whole number');
		expect(sandbox.requests).toHaveLength(0);
		const missing = guid('absence-type-missing');
		const unknown = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'update',
			absenceTypeId: missing,
			updateFields: { title: 'Ghost' },
			options: FAST_TICKETS,
		});
		expect(unknown.error?.message).toBe(
			`smenso did not apply the change: Absence type ${missing} was not found.`,
		);
	});

	test('Delete removes the type and answers { deleted: true }; a second delete is a 404', async () => {
		const id = seedType('delete');
		const result = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'delete',
			absenceTypeId: id,
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(writes()).toEqual([
			{ method: 'DELETE', path: `${WRITE_PATH}/${id}`, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(sandbox.smenso.absenceTypes.has(id)).toBe(false);
		const again = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'delete',
			absenceTypeId: id,
			options: FAST_TICKETS,
		});
		expect(again.error?.message).toBe('smenso found no such record (404): Absence type not found');
	});

	test('Delete refuses an empty or malformed ID before any request', async () => {
		const empty = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'delete',
			absenceTypeId: ' ',
		});
		expect(empty.error?.message).toBe("'Absence Type' is empty");
		const path = await runSmenso(sandbox, {
			resource: 'absenceType',
			operation: 'delete',
			absenceTypeId: '7/../1',
		});
		expect(path.error?.message).toBe('\'Absence Type\' is not a valid ID: "7/../1"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test("Create, Update and Delete with a member's token are refused with smenso's 403 and change nothing", async () => {
		const id = seedType('forbidden');
		const forbidden =
			"The token's user may not do this (403): Write operations require a token of a workspace administrator.";
		const options = { token: SMENSO_TOKENS.member };
		const create = await runSmenso(
			sandbox,
			{ resource: 'absenceType', operation: 'create', title: 'Nope' },
			options,
		);
		expect(create.error?.message).toBe(forbidden);
		const update = await runSmenso(
			sandbox,
			{
				resource: 'absenceType',
				operation: 'update',
				absenceTypeId: id,
				updateFields: { title: 'Nope' },
			},
			options,
		);
		expect(update.error?.message).toBe(forbidden);
		const remove = await runSmenso(
			sandbox,
			{ resource: 'absenceType', operation: 'delete', absenceTypeId: id },
			options,
		);
		expect(remove.error?.message).toBe(forbidden);
		expect(sandbox.requests.map((r) => r.method)).toEqual(['POST', 'PUT', 'DELETE']);
		expect(sandbox.smenso.absenceTypes.get(id)?.title).toBe('Type forbidden');
	});
});
