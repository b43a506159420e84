import { RM_TOKEN } from '../sandbox';
import { RM_CUSTOM_FIELD_SEED as CF } from '../sandbox/rm/customFields';
import { RM_SEED, type Rec } from '../sandbox/rm/state';
import { runListSearch } from '../harness/load-options';
import { byId, jsonOf, rmCredential, rmNode, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const api = '/api/v1';
const STAMP = '2026-01-05T09:00:00Z';
const run = (parameters: Record<string, unknown>) =>
	runRm(sandbox, { resource: 'customField', ...parameters } as never);
const valuesOf = (fieldId: number) =>
	[...sandbox.rm.customFieldValues.values()].filter((v) => v.custom_field_id === fieldId);

/** A seeded definition with every field the API returns. */
const definition = (fields: Rec) => ({
	description: null,
	default_value: null,
	options: [],
	is_visible_on_info_page: true,
	is_visible_as_filter: false,
	created_at: STAMP,
	updated_at: STAMP,
	...fields,
});
const region = definition({
	id: CF.region,
	namespace: 'assignables',
	name: 'Region',
	data_type: 'selection_list',
	options: ['EMEA', 'AMER', 'APAC'],
});

/** A raw request to the sandbox, for its own rules that the node never lets through. */
async function raw(method: string, path: string, body?: unknown) {
	const response = await fetch(`${sandbox.rmBaseUrl}${api}${path}`, {
		method,
		headers: { auth: RM_TOKEN, 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as unknown };
}

describe('Resource Management custom field (definitions)', () => {
	test('Get Many lists the definitions of projects or of users, always naming the namespace', async () => {
		const users = jsonOf(await run({ operation: 'getAll', owner: 'user', returnAll: true }));
		expect(users).toEqual([
			definition({ id: CF.badge, namespace: 'users', name: 'Badge', data_type: 'string' }),
			definition({
				id: CF.seniority,
				namespace: 'users',
				name: 'Seniority',
				data_type: 'selection_list',
				options: ['Junior', 'Senior', 'Lead'],
			}),
			definition({
				id: CF.skills,
				namespace: 'users',
				name: 'Skills',
				data_type: 'multiple_choice_selection_list',
				options: ['TypeScript', 'Go', 'SQL'],
			}),
		]);
		const projects = jsonOf(await run({ operation: 'getAll', limit: 1 }));
		expect(projects).toEqual([region]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/custom_fields`,
				query: { namespace: 'users', per_page: '1000' },
				body: undefined,
			},
			{
				method: 'GET',
				path: `${api}/custom_fields`,
				query: { namespace: 'assignables', per_page: '1' },
				body: undefined,
			},
		]);
		expect(sandbox.requests.every((r) => r.headers.auth === RM_TOKEN)).toBe(true);
	});

	test('Get Many and Custom Field Value → Get Fields are the same request and answer', async () => {
		const fields = jsonOf(await run({ operation: 'getAll', owner: 'user', limit: 2 }));
		const same = jsonOf(
			await runRm(sandbox, {
				resource: 'customFieldValue',
				operation: 'getFields',
				owner: 'user',
				limit: 2,
			}),
		);
		expect(same).toEqual(fields);
		expect(shape(sandbox.requests[1])).toEqual(shape(sandbox.requests[0]));
	});

	test('Return All reads 1,001 definitions in 2 requests of 1,000', async () => {
		for (let i = 0; i < 1001; i++) {
			const id = 600_000 + i;
			sandbox.rm.customFields.set(
				id,
				definition({ id, namespace: 'users', name: `Bulk ${i}`, data_type: 'string' }),
			);
		}
		const items = jsonOf(await run({ operation: 'getAll', owner: 'user', returnAll: true }));
		expect(items).toHaveLength(1004);
		expect(items[1003]).toEqual(
			definition({ id: 601_000, namespace: 'users', name: 'Bulk 1000', data_type: 'string' }),
		);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${api}/custom_fields`,
				query: { namespace: 'users', per_page: '1000' },
				body: undefined,
			},
			{
				method: 'GET',
				path: `${api}/custom_fields`,
				query: { namespace: 'users', per_page: '1000', page: '2' },
				body: undefined,
			},
		]);
		for (let i = 0; i < 1001; i++) sandbox.rm.customFields.delete(600_000 + i);
	});

	test('Get returns one definition', async () => {
		const result = await run({
			operation: 'get',
			fieldId: { __rl: true, mode: 'list', value: String(CF.region) },
		});
		expect(jsonOf(result)).toEqual([region]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/custom_fields/${CF.region}`, query: {}, body: undefined },
		]);
	});

	test('Create a text field for projects sends namespace, name and data type only', async () => {
		const [field] = jsonOf(
			await run({ operation: 'create', name: 'Budget Owner', data_type: 'string' }),
		);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: `${api}/custom_fields`,
				query: {},
				body: { namespace: 'assignables', name: 'Budget Owner', data_type: 'string' },
			},
		]);
		expect(field).toEqual(
			definition({
				id: expect.any(Number),
				namespace: 'assignables',
				name: 'Budget Owner',
				data_type: 'string',
			}),
		);
		expect(sandbox.rm.customFields.get(Number(field.id))).toEqual(field);
	});

	test('Create a selection list for users with options, default, texts and visibility, applied to every user', async () => {
		const result = await run({
			operation: 'create',
			owner: 'user',
			name: 'Office',
			data_type: 'selection_list',
			fieldOptions: [' Berlin', 'Paris ', 'Remote'],
			additionalFields: {
				default_value: 'Remote',
				description: 'Where the person works',
				is_visible_as_filter: true,
				is_visible_on_info_page: false,
				apply_default_to_existing_objects: true,
			},
		});
		const [field] = jsonOf(result);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: `${api}/custom_fields`,
				query: {},
				body: {
					namespace: 'users',
					name: 'Office',
					data_type: 'selection_list',
					options: ['Berlin', 'Paris', 'Remote'],
					default_value: 'Remote',
					description: 'Where the person works',
					is_visible_as_filter: true,
					is_visible_on_info_page: false,
					apply_default_to_existing_objects: true,
				},
			},
		]);
		expect(field).toEqual(
			definition({
				id: expect.any(Number),
				namespace: 'users',
				name: 'Office',
				data_type: 'selection_list',
				options: ['Berlin', 'Paris', 'Remote'],
				default_value: 'Remote',
				description: 'Where the person works',
				is_visible_as_filter: true,
				is_visible_on_info_page: false,
			}),
		);
		// The one-shot flag is not stored; every user got the default once.
		const values = valuesOf(Number(field.id));
		expect(values).toHaveLength(RM_SEED.userCount);
		expect(new Set(values.map((v) => v.value))).toEqual(new Set(['Remote']));
	});

	test('Create a multiple-choice field for projects', async () => {
		const [field] = jsonOf(
			await run({
				operation: 'create',
				name: 'Channels',
				data_type: 'multiple_choice_selection_list',
				fieldOptions: ['Web', 'Print'],
			}),
		);
		expect(sandbox.requests.map((r) => r.body)).toEqual([
			{
				namespace: 'assignables',
				name: 'Channels',
				data_type: 'multiple_choice_selection_list',
				options: ['Web', 'Print'],
			},
		]);
		expect(field).toMatchObject({
			namespace: 'assignables',
			data_type: 'multiple_choice_selection_list',
			options: ['Web', 'Print'],
			default_value: null,
		});
	});

	test('Update sends only the added fields; an empty default value removes the default', async () => {
		const [created] = jsonOf(
			await run({
				operation: 'create',
				name: 'Tier',
				data_type: 'selection_list',
				fieldOptions: ['Gold', 'Silver'],
				additionalFields: { default_value: 'Silver' },
			}),
		);
		const id = Number(created.id);
		sandbox.clearRequests();
		const result = await run({
			operation: 'update',
			fieldId: byId(String(id)),
			updateFields: {
				name: 'Customer Tier',
				fieldOptions: ['Gold', 'Silver', 'Bronze'],
				default_value: 'Bronze',
				is_visible_as_filter: true,
				description: 'Contract tier',
			},
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'PUT',
				path: `${api}/custom_fields/${id}`,
				query: {},
				body: {
					name: 'Customer Tier',
					options: ['Gold', 'Silver', 'Bronze'],
					default_value: 'Bronze',
					is_visible_as_filter: true,
					description: 'Contract tier',
				},
			},
		]);
		const updated = {
			...created,
			name: 'Customer Tier',
			options: ['Gold', 'Silver', 'Bronze'],
			default_value: 'Bronze',
			is_visible_as_filter: true,
			description: 'Contract tier',
		};
		expect(jsonOf(result)).toEqual([updated]);

		sandbox.clearRequests();
		const cleared = await run({
			operation: 'update',
			fieldId: byId(String(id)),
			updateFields: { default_value: '' },
		});
		expect(sandbox.requests.map((r) => r.body)).toEqual([{ default_value: null }]);
		expect(jsonOf(cleared)).toEqual([{ ...updated, default_value: null }]);
	});

	test('Refusals the node cannot foresee come back as RM words it: options of a text field, a default that is no option, a taken name', async () => {
		const textOptions = await run({
			operation: 'update',
			fieldId: byId(String(CF.costCenter)),
			updateFields: { fieldOptions: ['A'] },
		});
		expect(textOptions.error?.message).toBe(
			'Resource Management rejected the data: bad data; options are only allowed for selection lists',
		);
		expect(textOptions.error?.httpCode).toBe('403');
		const lostDefault = await run({
			operation: 'update',
			fieldId: byId(String(CF.seniority)),
			updateFields: { default_value: 'Principal' },
		});
		expect(lostDefault.error?.message).toBe(
			'Resource Management rejected the data: bad data; Default value must be one of the options',
		);
		const taken = await run({
			operation: 'create',
			owner: 'user',
			name: 'Badge',
			data_type: 'string',
		});
		expect(taken.error?.message).toBe(
			'Resource Management rejected the data: bad data; Name has already been taken',
		);
		expect(sandbox.requests).toHaveLength(3);
		expect(sandbox.rm.customFields.get(CF.costCenter)).toMatchObject({ options: [] });
		expect(sandbox.rm.customFields.get(CF.seniority)).toMatchObject({ default_value: null });
	});

	test('Delete needs the confirmation, then deletes the field and all its values', async () => {
		expect(valuesOf(CF.seniority)).toHaveLength(1);
		const unconfirmed = await run({ operation: 'delete', fieldId: byId(String(CF.seniority)) });
		expect(unconfirmed.error?.message).toBe('Deleting a custom field needs confirmation');
		expect(unconfirmed.error?.description).toContain("Turn on 'Confirm Deleting All Values'");
		expect(sandbox.requests).toHaveLength(0);

		const result = await run({
			operation: 'delete',
			fieldId: byId(String(CF.seniority)),
			confirmDelete: true,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'DELETE',
				path: `${api}/custom_fields/${CF.seniority}`,
				query: {},
				body: undefined,
			},
		]);
		expect(sandbox.rm.customFields.has(CF.seniority)).toBe(false);
		expect(valuesOf(CF.seniority)).toEqual([]);

		const again = await run({
			operation: 'delete',
			fieldId: byId(String(CF.seniority)),
			confirmDelete: true,
		});
		expect(again.error?.message).toBe('Resource Management found no such record (404): not found');
	});

	test('Bad input fails before any request', async () => {
		const create = {
			operation: 'create',
			owner: 'user',
			name: 'Office',
			data_type: 'selection_list',
			fieldOptions: ['A', 'B'],
		};
		const update = { operation: 'update', fieldId: byId(String(CF.region)) };
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ ...create, fieldOptions: [] }, "'Options' is empty"],
			[{ ...create, fieldOptions: ['A', ' '] }, "Option 2 of 'Options' is empty"],
			[{ ...create, fieldOptions: ['A', 'B', 'A '] }, `'Options' lists "A" twice`],
			[
				{ ...create, additionalFields: { default_value: 'C' } },
				`'Default Value' "C" is not one of the options`,
			],
			[
				{ ...create, additionalFields: { apply_default_to_existing_objects: true } },
				"'Apply Default to Existing' needs a 'Default Value'",
			],
			[{ ...create, name: '  ' }, "'Name' is empty"],
			[{ ...update, updateFields: {} }, 'No fields to update'],
			[{ ...update, updateFields: { name: ' ' } }, "'Name' is empty"],
			[{ ...update, updateFields: { fieldOptions: [] } }, "'Options' is empty"],
			[
				{ ...update, updateFields: { fieldOptions: ['EMEA'], default_value: 'AMER' } },
				`'Default Value' "AMER" is not one of the options`,
			],
			[
				{ ...update, fieldId: byId('Region'), updateFields: { name: 'X' } },
				`'Custom Field' is not a valid ID: "Region"`,
			],
			[{ operation: 'get', fieldId: byId('') }, "'Custom Field' is empty"],
			[{ operation: 'delete', fieldId: byId(''), confirmDelete: true }, "'Custom Field' is empty"],
		];
		for (const [parameters, message] of cases) {
			const result = await run(parameters);
			expect([parameters, result.error?.message]).toEqual([parameters, message]);
			expect(result.error?.description).toBeTruthy();
		}
		expect(sandbox.requests).toHaveLength(0);
	});

	test('searchCustomFields lists both namespaces with owner and type, filtered by name', async () => {
		const search = (filter?: string) =>
			runListSearch({
				nodeType: rmNode,
				credential: rmCredential(sandbox),
				parameters: { resource: 'customField', operation: 'get' } as never,
				method: 'searchCustomFields',
				filter,
			});
		expect(await search('REGION')).toEqual({
			results: [{ name: 'Region (projects, selection list)', value: String(CF.region) }],
		});
		const all = await search();
		expect(all.results).toContainEqual({ name: 'Badge (users, text)', value: String(CF.badge) });
		expect(all.results).toContainEqual({
			name: 'Skills (users, multiple choice)',
			value: String(CF.skills),
		});
		expect(all.results).toHaveLength(sandbox.rm.customFields.size);
		expect(sandbox.requests.map(shape)).toEqual(
			[1, 2].flatMap(() => [
				{
					method: 'GET',
					path: `${api}/custom_fields`,
					query: { namespace: 'assignables', per_page: '1000' },
					body: undefined,
				},
				{
					method: 'GET',
					path: `${api}/custom_fields`,
					query: { namespace: 'users', per_page: '1000' },
					body: undefined,
				},
			]),
		);
	});

	test('The sandbox refuses what RM would: read-only namespace and type, missing fields, no namespace on lists', async () => {
		expect(await raw('PUT', `/custom_fields/${CF.region}`, { namespace: 'users' })).toEqual({
			status: 403,
			body: { message: 'cannot assign attributes: namespace' },
		});
		expect(await raw('PUT', `/custom_fields/${CF.region}`, { data_type: 'string' })).toEqual({
			status: 403,
			body: { message: 'cannot assign attributes: data_type' },
		});
		expect(await raw('POST', '/custom_fields', { name: 'X', data_type: 'string' })).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ["namespace can't be blank"] },
		});
		expect(
			await raw('POST', '/custom_fields', {
				namespace: 'users',
				name: 'Y',
				data_type: 'selection_list',
				colour: 'red',
			}),
		).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['unknown attribute: colour'] },
		});
		expect(
			await raw('POST', '/custom_fields', {
				namespace: 'users',
				name: 'Y',
				data_type: 'selection_list',
			}),
		).toEqual({
			status: 403,
			body: {
				message: 'bad data',
				errors: ['options must be a list of distinct texts for selection lists'],
			},
		});
		expect(
			await raw('POST', '/custom_fields', {
				namespace: 'placeholders',
				name: 'Y',
				data_type: 'date',
			}),
		).toEqual({
			status: 403,
			body: {
				message: 'bad data',
				errors: ['namespace must be assignables or users', 'invalid data_type: date'],
			},
		});
		expect(await raw('GET', '/custom_fields')).toEqual({
			status: 403,
			body: { message: 'bad data', errors: ['namespace must be assignables or users'] },
		});
		expect(sandbox.rm.customFields.get(CF.region)).toEqual(region);
	});
});
