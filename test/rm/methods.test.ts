import type { ICredentialDataDecryptedObject, INodeType } from 'n8n-workflow';
import { RM_BASE_URL_EXPRESSION, rmBaseUrl } from '../../nodes/ResourceManagement/shared/baseUrl';
import { loadOptions } from '../../nodes/ResourceManagement/shared/loadOptions';
import {
	assignmentLocator,
	projectLocator,
	userLocator,
} from '../../nodes/ResourceManagement/shared/locators';
import { runListSearch, runLoadOptions } from '../harness/load-options';
import { rmCredential, rmNode, shape } from '../harness/rm';
import { makeWorkflow } from '../../dev/runNode';
import { RM_TOKEN } from '../sandbox';
import { page, RM_SEED, type Rec } from '../sandbox/rm/state';
import { RM_CUSTOM_FIELD_SEED as CF } from '../sandbox/rm/customFields';
import { RM_TAG_SEED } from '../sandbox/rm/tags';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

/** The node as it will be once `methods = { listSearch, loadOptions }` is wired in the node file. */
const wiredNode: INodeType = {
	description: rmNode.description,
	methods: { ...rmNode.methods, loadOptions },
};
const picked = (value: string) => ({ __rl: true, mode: 'list', value });
/** A node that shows the user and project pickers side by side, to drive searchAssignments alone. */
const pickerNode: INodeType = {
	description: {
		...rmNode.description,
		properties: [userLocator(), projectLocator(), assignmentLocator()],
	},
	methods: rmNode.methods,
};

const search = (method: string, parameters: Record<string, unknown> = {}, filter?: string) =>
	runListSearch({
		nodeType: rmNode,
		credential: rmCredential(sandbox),
		parameters: parameters as never,
		method,
		filter,
	});
const load = (method: string, parameters: Record<string, unknown> = {}) =>
	runLoadOptions({
		nodeType: wiredNode,
		credential: rmCredential(sandbox),
		parameters: parameters as never,
		method,
	});

describe('Resource Management list searches', () => {
	test('searchProjects reads archived projects too and filters by name or code', async () => {
		expect(await search('searchProjects', {}, 'relaunch')).toEqual({
			results: [
				{
					name: `Website Relaunch (P-${RM_SEED.firstProjectId})`,
					value: String(RM_SEED.firstProjectId),
				},
			],
		});
		expect(await search('searchProjects', {}, 'P-1040')).toEqual({
			results: [{ name: 'Project 039 (P-1040) [archived]', value: '1040' }],
		});
		const all = await search('searchProjects');
		expect(all.results).toHaveLength(RM_SEED.projectCount);
		expect(sandbox.requests.map(shape)).toEqual(
			Array(3).fill({
				method: 'GET',
				path: '/api/v1/projects',
				query: { with_archived: 'true', per_page: '1000' },
				body: undefined,
			}),
		);
		expect(sandbox.requests.every((r) => r.headers.auth === RM_TOKEN)).toBe(true);
	});

	test('searchPhases lists the phases of the selected project, and nothing without one', async () => {
		const project = RM_SEED.firstProjectId + 9;
		expect(
			await search('searchPhases', {
				resource: 'phase',
				operation: 'get',
				projectId: picked(String(project)),
			}),
		).toEqual({
			results: [
				{ name: 'Delivery', value: String(100_000 + project * 10 + 1) },
				{ name: 'Discovery', value: String(100_000 + project * 10) },
			],
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `/api/v1/projects/${project}/phases`,
				query: { per_page: '1000' },
				body: undefined,
			},
		]);
		expect(
			await search('searchPhases', { resource: 'phase', operation: 'get', projectId: picked('') }),
		).toEqual({ results: [] });
		expect(sandbox.requests).toHaveLength(1);
	});

	test('searchUsers shows name and email and filters on them', async () => {
		const { results } = await search('searchUsers', {}, 'GRACE');
		// Grace is every sixth seeded user: indexes 1, 7, …, 55 (the archived user 59 is not listed).
		expect(results).toHaveLength(10);
		expect(results[0]).toEqual({
			name: 'Grace Tester01 <grace.tester01@example.com>',
			value: String(RM_SEED.firstUserId + 1),
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: '/api/v1/users', query: { per_page: '1000' }, body: undefined },
		]);
	});

	test('searchPlaceholders and searchLeaveTypes list by name', async () => {
		expect((await search('searchPlaceholders')).results).toEqual(
			[1, 2, 3, 4, 5].map((n) => ({
				name: `Designer ${n}`,
				value: String(RM_SEED.firstPlaceholderId + n - 1),
			})),
		);
		expect(await search('searchLeaveTypes', {}, 'i')).toEqual({
			results: [
				{ name: 'Holiday', value: '13' },
				{ name: 'Sick', value: '12' },
				{ name: 'Vacation', value: '11' },
			],
		});
		expect(sandbox.requests.map((r) => r.path)).toEqual([
			'/api/v1/placeholder_resources',
			'/api/v1/leave_types',
		]);
	});

	test("searchAssignments reads the selected user's assignments across pages", async () => {
		const user = RM_SEED.firstUserId + 3;
		const assignments: Rec[] = Array.from({ length: 1200 }, (_, i) => ({
			id: 700_000 + i,
			user_id: user,
			assignable_id: RM_SEED.firstProjectId,
			description: i === 1150 ? 'Go-live support' : `Task ${String(i).padStart(4, '0')}`,
			starts_at: '2026-02-02',
			ends_at: '2026-02-06',
		}));
		// The assignment routes belong to another module: answer them here, with the same paging rules.
		sandbox.inject({
			method: 'GET',
			path: `/api/v1/users/${user}/assignments`,
			times: 2,
			respond: (req) => page(req, assignments),
		});
		const { results } = await runListSearch({
			nodeType: pickerNode,
			credential: rmCredential(sandbox),
			parameters: { userId: picked(String(user)) },
			method: 'searchAssignments',
			filter: 'go-live',
		});
		expect(results).toEqual([{ name: 'Go-live support · 2026-02-02–2026-02-06', value: '701150' }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `/api/v1/users/${user}/assignments`,
				query: { per_page: '1000' },
				body: undefined,
			},
			{
				method: 'GET',
				path: `/api/v1/users/${user}/assignments`,
				query: { per_page: '1000', page: '2' },
				body: undefined,
			},
		]);
	});

	test('searchAssignments falls back to the selected project, then to all assignments', async () => {
		const project = RM_SEED.firstProjectId + 2;
		const assignment = {
			id: 710_001,
			description: null,
			starts_at: '2026-03-02',
			ends_at: '2026-03-13',
		};
		sandbox.inject({
			method: 'GET',
			path: /\/assignments$/,
			times: 2,
			respond: (req) => page(req, [assignment]),
		});
		const run = (parameters: Record<string, unknown>) =>
			runListSearch({
				nodeType: pickerNode,
				credential: rmCredential(sandbox),
				parameters: parameters as never,
				method: 'searchAssignments',
			});
		const expected = {
			results: [{ name: 'Assignment 710001 · 2026-03-02–2026-03-13', value: '710001' }],
		};
		expect(await run({ projectId: picked(String(project)) })).toEqual(expected);
		expect(await run({})).toEqual(expected);
		expect(sandbox.requests.map((r) => r.path)).toEqual([
			`/api/v1/projects/${project}/assignments`,
			'/api/v1/assignments',
		]);
	});

	// n8n-core throws for a parameter the operation does not show; every real assignment picker
	// shows only one of user/project, so selected() must treat the other as empty.
	test('searchAssignments works where the operation shows only the user picker (Assignment → Delete)', async () => {
		const user = RM_SEED.firstUserId + 4;
		sandbox.inject({
			method: 'GET',
			path: `/api/v1/users/${user}/assignments`,
			respond: (req) => page(req, []),
		});
		const result = await search('searchAssignments', {
			resource: 'assignment',
			operation: 'delete',
			assignTo: 'user',
			userId: picked(String(user)),
		});
		expect(result).toEqual({ results: [] });
	});
});

describe('Resource Management load options', () => {
	test('getCustomFields lists the fields of the chosen namespace with their type and options', async () => {
		expect(
			await load('getCustomFields', {
				resource: 'customFieldValue',
				operation: 'set',
				owner: 'user',
			}),
		).toEqual([
			{ name: 'Badge (text)', value: String(CF.badge), description: undefined },
			{
				name: 'Seniority (selection list)',
				value: String(CF.seniority),
				description: 'Options: Junior, Senior, Lead',
			},
			{
				name: 'Skills (multiple choice)',
				value: String(CF.skills),
				description: 'Options: TypeScript, Go, SQL',
			},
		]);
		expect(
			(
				await load('getCustomFields', {
					resource: 'customFieldValue',
					operation: 'set',
					owner: 'project',
				})
			).map((o) => o.name),
		).toEqual(['Cost Center (text)', 'Region (selection list)', 'Services (multiple choice)']);
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
				query: { namespace: 'assignables', per_page: '1000' },
				body: undefined,
			},
		]);
	});

	test('getTags lists the tags of the selected project or user, and nothing without one', async () => {
		const project = RM_SEED.firstProjectId;
		expect(
			await load('getTags', {
				resource: 'tag',
				operation: 'remove',
				owner: 'project',
				projectId: picked(String(project)),
			}),
		).toEqual([
			{ name: 'Client Facing', value: String(RM_TAG_SEED.clientFacing) },
			{ name: 'Priority', value: String(RM_TAG_SEED.priority) },
		]);
		expect(
			await load('getTags', {
				resource: 'tag',
				operation: 'remove',
				owner: 'user',
				userId: picked(String(RM_SEED.firstUserId)),
			}),
		).toEqual([{ name: 'TypeScript', value: String(RM_TAG_SEED.typescript) }]);
		expect(
			await load('getTags', {
				resource: 'tag',
				operation: 'remove',
				owner: 'user',
				userId: picked(''),
			}),
		).toEqual([]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `/api/v1/projects/${project}/tags`,
				query: { per_page: '1000' },
				body: undefined,
			},
			{
				method: 'GET',
				path: `/api/v1/users/${RM_SEED.firstUserId}/tags`,
				query: { per_page: '1000' },
				body: undefined,
			},
		]);
	});

	test('every loadOptionsMethod the RM fields name exists in loadOptions', () => {
		const names = new Set<string>();
		const visit = (value: unknown) => {
			if (Array.isArray(value)) value.forEach(visit);
			else if (value && typeof value === 'object') {
				const method = (value as { loadOptionsMethod?: unknown }).loadOptionsMethod;
				if (typeof method === 'string') names.add(method);
				Object.values(value).forEach(visit);
			}
		};
		visit(rmNode.description.properties);
		for (const name of names) expect(Object.keys(loadOptions)).toContain(name);
		expect([...names].sort()).toEqual(expect.arrayContaining(['getCustomFields', 'getTags']));
	});
});

describe('Resource Management base URL', () => {
	const { workflow, node } = makeWorkflow({ nodeType: rmNode, parameters: {} });
	const viaExpression = (credentials: ICredentialDataDecryptedObject) =>
		workflow.expression.getSimpleParameterValue(
			node,
			RM_BASE_URL_EXPRESSION,
			'internal',
			{ $credentials: credentials },
			undefined,
			'',
		);

	test.each([
		[{ region: 'https://api.rm.smartsheet.com' }, 'https://api.rm.smartsheet.com/api/v1'],
		[
			{ region: 'https://api.rm.smartsheet.eu', baseUrl: 'https://ignored.example.com' },
			'https://api.rm.smartsheet.eu/api/v1',
		],
		[{ region: 'custom', baseUrl: 'https://rm.example.com' }, 'https://rm.example.com/api/v1'],
		[{ region: 'custom', baseUrl: 'https://rm.example.com/' }, 'https://rm.example.com/api/v1'],
		[
			{ region: 'custom', baseUrl: 'https://rm.example.com/api/v1' },
			'https://rm.example.com/api/v1',
		],
		[
			{ region: 'custom', baseUrl: 'https://rm.example.com/api/v1/' },
			'https://rm.example.com/api/v1',
		],
		[
			{ region: 'custom', baseUrl: '  http://127.0.0.1:8080/rm/API/V1//  ' },
			'http://127.0.0.1:8080/rm/api/v1',
		],
	])('%j → %s from the expression and from rmBaseUrl()', (credentials, expected) => {
		expect(rmBaseUrl(credentials)).toBe(expected);
		expect(viaExpression(credentials)).toBe(expected);
	});
});
