import { SMENSO_TOKENS } from '../sandbox';
import { MEMBER_FLAVOR_ID } from '../sandbox/smenso/settings';
import { guid, SEED } from '../sandbox/smenso/state';
import { runListSearch } from '../harness/load-options';
import {
	ADMIN_AUTH,
	byId,
	callsBesidesPolls,
	FAST_TICKETS,
	jsonOf,
	runSmenso,
	shape,
	SINGLE_WRITE_POLLS,
	smensoCredential,
	smensoNode,
	statusPolls,
} from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

describe('smenso flavor (custom field)', () => {
	test('Get Many lists every custom field, formula fields included', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'flavor',
			operation: 'getAll',
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([
			{ id: guid('flavor-0'), title: 'Region', type: 'SingleSelect' },
			{ id: guid('flavor-1'), title: 'Cost Center', type: 'Text' },
			{ id: guid('flavor-2'), title: 'Score', type: 'Formula' },
			{ id: guid('flavor-3'), title: 'Story Points', type: 'Number' },
			{ id: guid('flavor-4'), title: 'Billable', type: 'Boolean' },
			{ id: guid('flavor-5'), title: 'Go-Live', type: 'Date' },
			{ id: guid('flavor-6'), title: 'Channels', type: 'MultiSelect' },
			{ id: MEMBER_FLAVOR_ID, title: 'Department', type: 'Text' },
		]);
		expect(sandbox.requests).toHaveLength(1);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/flavor/json',
			query: {},
			body: undefined,
		});
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Get Many with Limit 2', async () => {
		const result = await runSmenso(sandbox, { resource: 'flavor', operation: 'getAll', limit: 2 });
		expect(jsonOf(result).map((f) => f.title)).toEqual(['Region', 'Cost Center']);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	const PATH = '/skyisland/api/integration/flavor/json';
	const deleteParameters = (flavorId: string, confirmDelete: boolean | string = true) => ({
		resource: 'flavor',
		operation: 'delete',
		flavorId: byId(flavorId),
		confirmDelete,
		options: FAST_TICKETS,
	});

	test('the Delete picker lists every custom field with its type, formula fields included', async () => {
		const result = await runListSearch({
			nodeType: smensoNode,
			parameters: { resource: 'flavor', operation: 'delete' },
			credential: smensoCredential(sandbox),
			method: 'searchFlavors',
		});
		expect(result).toEqual({
			results: [
				{ name: 'Billable (Boolean)', value: guid('flavor-4') },
				{ name: 'Channels (MultiSelect)', value: guid('flavor-6') },
				{ name: 'Cost Center (Text)', value: guid('flavor-1') },
				{ name: 'Department (Text)', value: MEMBER_FLAVOR_ID },
				{ name: 'Go-Live (Date)', value: guid('flavor-5') },
				{ name: 'Region (SingleSelect)', value: guid('flavor-0') },
				{ name: 'Score (Formula)', value: guid('flavor-2') },
				{ name: 'Story Points (Number)', value: guid('flavor-3') },
			],
		});
		sandbox.clearRequests();
		const filtered = await runListSearch({
			nodeType: smensoNode,
			parameters: { resource: 'flavor', operation: 'delete' },
			credential: smensoCredential(sandbox),
			method: 'searchFlavors',
			filter: ' formula',
		});
		expect(filtered).toEqual({ results: [{ name: 'Score (Formula)', value: guid('flavor-2') }] });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: PATH, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Delete is refused before any request unless the loss of every value is confirmed', async () => {
		const { confirmDelete: _left, ...unset } = deleteParameters(guid('flavor-1'));
		for (const parameters of [
			deleteParameters(guid('flavor-1'), false),
			unset,
			deleteParameters(guid('flavor-1'), '={{ "yes" }}'),
		]) {
			const result = await runSmenso(sandbox, parameters);
			expect(result.error?.message).toBe('Deleting a custom field is not confirmed');
			expect(result.error?.description).toBe(
				"Deleting a custom field also deletes the values it holds in every project (and on every task, time record, status report and member that has it), and smenso has no undo. Turn on 'Confirm Deleting Values in Every Project' to delete it.",
			);
		}
		expect(sandbox.requests).toHaveLength(0);
		expect(sandbox.smenso.flavors.some((f) => f.id === guid('flavor-1'))).toBe(true);
	});

	test('Delete, confirmed, removes the custom field and its values and answers { deleted: true }', async () => {
		const id = guid('flavor-1');
		const project = sandbox.smenso.projects.get(SEED.mainProjectId)!;
		project.flavors = [
			{ target: id, value: 'CC-100' },
			{ target: guid('flavor-0'), value: 'EMEA' },
		];
		const result = await runSmenso(sandbox, deleteParameters(` ${id} `));
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'DELETE', path: `${PATH}/${id}`, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(project.flavors).toEqual([{ target: guid('flavor-0'), value: 'EMEA' }]);
		sandbox.clearRequests();
		const list = await runSmenso(sandbox, {
			resource: 'flavor',
			operation: 'getAll',
			returnAll: true,
		});
		expect(jsonOf(list).map((f) => f.title)).toEqual([
			'Region',
			'Score',
			'Story Points',
			'Billable',
			'Go-Live',
			'Channels',
			'Department',
		]);
		const again = await runSmenso(sandbox, deleteParameters(id));
		expect(again.error?.message).toBe('smenso found no such record (404): Flavor not found');
	});

	test('Delete refuses an empty or malformed custom field before any request, even when confirmed', async () => {
		const empty = await runSmenso(sandbox, deleteParameters(''));
		expect(empty.error?.message).toBe("'Custom Field' is empty");
		const title = await runSmenso(sandbox, deleteParameters('Region'));
		expect(title.error?.message).toBe('\'Custom Field\' is not a valid ID: "Region"');
		expect(title.error?.description).toContain('GUID');
		expect(sandbox.requests).toHaveLength(0);
	});

	test("Delete with a member's token is refused with smenso's 403 and keeps the field", async () => {
		const result = await runSmenso(sandbox, deleteParameters(guid('flavor-3')), {
			token: SMENSO_TOKENS.member,
		});
		expect(result.error?.message).toBe(
			"The token's user may not do this (403): Write operations require a token of a workspace administrator.",
		);
		expect(sandbox.requests).toHaveLength(1);
		expect(sandbox.smenso.flavors.some((f) => f.id === guid('flavor-3'))).toBe(true);
	});
});
