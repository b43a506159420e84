import { RM_TOKEN } from '../sandbox';
import { RM_CUSTOM_FIELD_SEED as CF } from '../sandbox/rm/customFields';
import { RM_SEED } from '../sandbox/rm/state';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const PROJECT = RM_SEED.firstProjectId;
const USER = RM_SEED.firstUserId;
const projectValues = (id: number) => `/api/v1/projects/${id}/custom_field_values`;
const userValues = (id: number) => `/api/v1/users/${id}/custom_field_values`;

describe('Resource Management custom field value', () => {
	test('Get Many lists the values of a project', async () => {
		const result = await runRm(sandbox, {
			resource: 'customFieldValue',
			operation: 'getAll',
			projectId: byId(String(PROJECT)),
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([
			{ id: CF.projectRegionValue, custom_field_id: CF.region, project_id: PROJECT, value: 'EMEA' },
			{
				id: CF.projectServicesValue,
				custom_field_id: CF.services,
				project_id: PROJECT,
				value: ['UX'],
			},
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: projectValues(PROJECT), query: { per_page: '1000' }, body: undefined },
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});

	test('Get Many lists the values of a user', async () => {
		const result = await runRm(sandbox, {
			resource: 'customFieldValue',
			operation: 'getAll',
			owner: 'user',
			userId: byId(String(USER)),
			limit: 10,
		});
		expect(jsonOf(result)).toEqual([
			{ id: CF.userSeniorityValue, custom_field_id: CF.seniority, user_id: USER, value: 'Senior' },
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: userValues(USER), query: { per_page: '10' }, body: undefined },
		]);
	});

	test('Get Fields lists the definitions of the chosen namespace', async () => {
		const users = jsonOf(
			await runRm(sandbox, {
				resource: 'customFieldValue',
				operation: 'getFields',
				owner: 'user',
				returnAll: true,
			}),
		);
		expect(users.map((f) => [f.id, f.name, f.data_type, f.options])).toEqual([
			[CF.badge, 'Badge', 'string', []],
			[CF.seniority, 'Seniority', 'selection_list', ['Junior', 'Senior', 'Lead']],
			[CF.skills, 'Skills', 'multiple_choice_selection_list', ['TypeScript', 'Go', 'SQL']],
		]);
		const projects = jsonOf(
			await runRm(sandbox, { resource: 'customFieldValue', operation: 'getFields', limit: 2 }),
		);
		expect(projects.map((f) => f.name)).toEqual(['Region', 'Cost Center']);
		expect(projects[0]).toMatchObject({ namespace: 'assignables', is_visible_on_info_page: true });
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: '/api/v1/custom_fields',
				query: { namespace: 'users', per_page: '1000' },
				body: undefined,
			},
			{
				method: 'GET',
				path: '/api/v1/custom_fields',
				query: { namespace: 'assignables', per_page: '2' },
				body: undefined,
			},
		]);
	});

	test('Set gives a project a text value', async () => {
		const project = PROJECT + 1;
		const result = await runRm(sandbox, {
			resource: 'customFieldValue',
			operation: 'set',
			projectId: byId(String(project)),
			customFieldId: String(CF.costCenter),
			value: 'CC-7',
		});
		const [value] = jsonOf(result);
		expect(value).toEqual({
			id: expect.any(Number),
			custom_field_id: CF.costCenter,
			project_id: project,
			value: 'CC-7',
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: projectValues(project),
				query: {},
				body: { custom_field_id: CF.costCenter, value: 'CC-7' },
			},
		]);
		expect(sandbox.rm.customFieldValues.get(Number(value.id))).toEqual(value);
	});

	test('Set sends the chosen options of a multiple-choice field as a list', async () => {
		const user = USER + 1;
		const result = await runRm(sandbox, {
			resource: 'customFieldValue',
			operation: 'set',
			owner: 'user',
			userId: byId(String(user)),
			customFieldId: String(CF.skills),
			multipleChoice: true,
			values: ['Go', 'SQL'],
		});
		expect(jsonOf(result)).toEqual([
			{ id: expect.any(Number), custom_field_id: CF.skills, user_id: user, value: ['Go', 'SQL'] },
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'POST',
				path: userValues(user),
				query: {},
				body: { custom_field_id: CF.skills, value: ['Go', 'SQL'] },
			},
		]);
	});

	test('Set of a field that already has a value replaces it', async () => {
		const result = await runRm(sandbox, {
			resource: 'customFieldValue',
			operation: 'set',
			projectId: byId(String(PROJECT)),
			customFieldId: String(CF.region),
			value: 'APAC',
		});
		expect(jsonOf(result)).toEqual([
			{ id: CF.projectRegionValue, custom_field_id: CF.region, project_id: PROJECT, value: 'APAC' },
		]);
		expect(
			[...sandbox.rm.customFieldValues.values()].filter(
				(v) => v.project_id === PROJECT && v.custom_field_id === CF.region,
			),
		).toHaveLength(1);
	});

	test('Update changes a value record by its ID', async () => {
		const result = await runRm(sandbox, {
			resource: 'customFieldValue',
			operation: 'update',
			projectId: byId(String(PROJECT)),
			valueId: String(CF.projectServicesValue),
			multipleChoice: true,
			values: ['Backend', 'Data'],
		});
		expect(jsonOf(result)).toEqual([
			{
				id: CF.projectServicesValue,
				custom_field_id: CF.services,
				project_id: PROJECT,
				value: ['Backend', 'Data'],
			},
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'PUT',
				path: `${projectValues(PROJECT)}/${CF.projectServicesValue}`,
				query: {},
				body: { value: ['Backend', 'Data'] },
			},
		]);

		const user = await runRm(sandbox, {
			resource: 'customFieldValue',
			operation: 'update',
			owner: 'user',
			userId: byId(String(USER)),
			valueId: String(CF.userSeniorityValue),
			value: 'Lead',
		});
		expect(jsonOf(user)).toEqual([
			{ id: CF.userSeniorityValue, custom_field_id: CF.seniority, user_id: USER, value: 'Lead' },
		]);
		expect(shape(sandbox.requests[1])).toEqual({
			method: 'PUT',
			path: `${userValues(USER)}/${CF.userSeniorityValue}`,
			query: {},
			body: { value: 'Lead' },
		});
	});

	test('A value that is not an option, an unknown field or a field of the other namespace is bad data', async () => {
		const set = (customFieldId: number, value: string) =>
			runRm(sandbox, {
				resource: 'customFieldValue',
				operation: 'set',
				projectId: byId(String(PROJECT + 2)),
				customFieldId: String(customFieldId),
				value,
			});
		expect((await set(CF.region, 'Mars')).error?.message).toBe(
			'Resource Management rejected the data: bad data; Mars is not an option of Region',
		);
		expect((await set(999, 'x')).error?.message).toBe(
			'Resource Management rejected the data: bad data; invalid custom_field_id',
		);
		expect((await set(CF.badge, 'x')).error?.message).toBe(
			'Resource Management rejected the data: bad data; invalid custom_field_id',
		);
		const multi = await set(CF.services, 'UX');
		expect(multi.error?.message).toBe(
			'Resource Management rejected the data: bad data; Services takes a list of options',
		);
		expect(multi.error?.description).toContain('Fix the fields named in the message');
		expect(sandbox.requests).toHaveLength(4);
		expect(
			[...sandbox.rm.customFieldValues.values()].filter((v) => v.project_id === PROJECT + 2),
		).toEqual([]);
	});

	test('A value ID of another record is a readable 404', async () => {
		const result = await runRm(sandbox, {
			resource: 'customFieldValue',
			operation: 'update',
			projectId: byId(String(PROJECT + 3)),
			valueId: String(CF.projectRegionValue),
			value: 'EMEA',
		});
		expect(result.error?.message).toBe('Resource Management found no such record (404): not found');
	});

	test('Bad IDs fail before any request', async () => {
		const cases = [
			[{ operation: 'getAll', projectId: byId('x1') }, `'Project' is not a valid ID: "x1"`],
			[
				{
					operation: 'set',
					projectId: byId(String(PROJECT)),
					customFieldId: 'Region',
					value: 'EMEA',
				},
				`'Custom Field' is not a valid ID: "Region"`,
			],
			[
				{
					operation: 'set',
					owner: 'user',
					userId: byId(''),
					customFieldId: String(CF.badge),
					value: 'B',
				},
				"'User' is empty",
			],
			[
				{ operation: 'update', projectId: byId(String(PROJECT)), valueId: '', value: 'EMEA' },
				"'Value ID' is empty",
			],
		] as const;
		for (const [parameters, message] of cases) {
			expect(
				(await runRm(sandbox, { resource: 'customFieldValue', ...parameters })).error?.message,
			).toBe(message);
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
