import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';
import { SMENSO_BASE_URL_EXPRESSION, smensoBaseUrl } from '../../nodes/Smenso/shared/baseUrl';
import { MEMBER_FLAVOR_ID } from '../sandbox/smenso/settings';
import { guid, SEED } from '../sandbox/smenso/state';
import { runListSearch, runLoadOptions } from '../harness/load-options';
import { makeWorkflow } from '../../dev/runNode';
import { ADMIN_AUTH, byId, smensoCredential, smensoNode } from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const P = SEED.mainProjectId;

/** The parameters of a node being edited: an operation that shows the field the picker serves. */
const EDITING: INodeParameters = { resource: 'project', operation: 'get' };

const search = (method: string, filter?: string, parameters: INodeParameters = EDITING) =>
	runListSearch({
		nodeType: smensoNode,
		parameters,
		credential: smensoCredential(sandbox),
		method,
		filter,
	});

const load = (method: string) =>
	runLoadOptions({
		nodeType: smensoNode,
		parameters: EDITING,
		credential: smensoCredential(sandbox),
		method,
	});

/** The one request a picker made. */
function onlyRequest() {
	expect(sandbox.requests).toHaveLength(1);
	const [request] = sandbox.requests;
	expect(request.headers.authorization).toBe(ADMIN_AUTH);
	return { method: request.method, path: request.path, query: request.query };
}

describe('smenso list searches', () => {
	test('searchProjects matches the filter in title or ID, sorted, archived ones marked', async () => {
		const result = await search('searchProjects', ' project 004');
		const ids = [...sandbox.smenso.projects.keys()];
		expect(result).toEqual({
			results: [
				...Array.from({ length: 9 }, (_, i) => ({ name: `Project 004${i}`, value: ids[40 + i] })),
				{ name: 'Project 0049 (archived)', value: ids[49] },
			],
		});
		expect(onlyRequest()).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/project/json',
			query: {},
		});
	});

	test('searchProjects without a filter lists every project', async () => {
		const { results } = await search('searchProjects');
		expect(results).toHaveLength(SEED.projectCount);
		expect(results[SEED.projectCount - 1]).toEqual({ name: 'Website Relaunch', value: P });
	});

	test('searchTasks lists the tasks of the selected project, subtasks flattened', async () => {
		// The task tree as the list endpoint may return it (children nested under their parent).
		sandbox.inject({
			method: 'GET',
			path: `/integration/task/json/${P}`,
			response: {
				status: 200,
				body: [
					{
						id: 't-design',
						title: 'Design',
						subTasks: [{ id: 't-wire', title: 'Wireframes', subTasks: [] }],
					},
					{ id: 't-build', title: 'Build', children: [{ id: 't-api', title: 'API' }] },
				],
			},
		});
		const parameters = { resource: 'report', operation: 'exportTasks', projectId: byId(` ${P} `) };
		expect(await search('searchTasks', undefined, parameters)).toEqual({
			results: [
				{ name: 'API', value: 't-api' },
				{ name: 'Build', value: 't-build' },
				{ name: 'Design', value: 't-design' },
				{ name: 'Wireframes', value: 't-wire' },
			],
		});
		expect(onlyRequest()).toEqual({
			method: 'GET',
			path: `/skyisland/api/integration/task/json/${P}`,
			query: {},
		});
	});

	test('searchTasks with a filter, and with no project selected (no request)', async () => {
		sandbox.inject({
			path: `/integration/task/json/${P}`,
			response: {
				status: 200,
				body: [
					{ id: 't-design', title: 'Design', subTasks: [{ id: 't-wire', title: 'Wireframes' }] },
				],
			},
		});
		const parameters = { resource: 'report', operation: 'exportTasks', projectId: byId(P) };
		expect(await search('searchTasks', 'WIRE', parameters)).toEqual({
			results: [{ name: 'Wireframes', value: 't-wire' }],
		});
		sandbox.clearRequests();
		const none = {
			resource: 'report',
			operation: 'exportTasks',
			projectId: { __rl: true, mode: 'list', value: '' },
		};
		expect(await search('searchTasks', undefined, none)).toEqual({ results: [] });
		expect(sandbox.requests).toHaveLength(0);
	});

	test('searchMembers shows name and e-mail and matches either', async () => {
		expect(await search('searchMembers', 'grace')).toEqual({
			results: [
				{ name: 'Grace Hopper <grace.hopper@example.com>', value: sandbox.smenso.members[1].id },
			],
		});
		expect(onlyRequest()).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/settings/member/json',
			query: {},
		});
		sandbox.clearRequests();
		const all = await search('searchMembers', '@example.com');
		expect(all.results.map((r) => r.name)).toEqual([
			'Ada Lovelace <ada.lovelace@example.com>',
			'Alan Turing <alan.turing@example.com>',
			'Barbara Liskov <barbara.liskov@example.com>',
			'Edsger Dijkstra <edsger.dijkstra@example.com>',
			'Grace Hopper <grace.hopper@example.com>',
		]);
	});
});

describe('smenso load options', () => {
	test('getTimezones offers every time zone smenso lists', async () => {
		expect(await load('getTimezones')).toEqual(
			[
				'UTC',
				'W. Europe Standard Time',
				'GMT Standard Time',
				'Eastern Standard Time',
				'Pacific Standard Time',
			].map((zone) => ({ name: zone, value: zone })),
		);
		expect(onlyRequest()).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/timezones/json',
			query: {},
		});
	});

	test('getFlavors leaves out formula fields (computed, not writable) and sorts by name', async () => {
		expect(await load('getFlavors')).toEqual([
			{ name: 'Billable', value: guid('flavor-4'), description: 'Boolean' },
			{ name: 'Channels', value: guid('flavor-6'), description: 'MultiSelect' },
			{ name: 'Cost Center', value: guid('flavor-1'), description: 'Text' },
			{ name: 'Department', value: MEMBER_FLAVOR_ID, description: 'Text' },
			{ name: 'Go-Live', value: guid('flavor-5'), description: 'Date' },
			{ name: 'Region', value: guid('flavor-0'), description: 'SingleSelect' },
			{ name: 'Story Points', value: guid('flavor-3'), description: 'Number' },
		]);
		expect(onlyRequest()).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/flavor/json',
			query: {},
		});
	});

	test('getAbsenceTypes reads the plural list path, sorted by name', async () => {
		expect(await load('getAbsenceTypes')).toEqual([
			{ name: 'Sick leave', value: guid('absence-type-1') },
			{ name: 'Training', value: guid('absence-type-2') },
			{ name: 'Vacation', value: guid('absence-type-0') },
		]);
		expect(onlyRequest()).toEqual({
			method: 'GET',
			path: '/skyisland/api/integration/settings/absencetypes/json',
			query: {},
		});
	});
});

describe('smenso base URL', () => {
	const { workflow, node } = makeWorkflow({ nodeType: smensoNode, parameters: EDITING });
	const viaExpression = (credentials: ICredentialDataDecryptedObject) =>
		workflow.expression.getSimpleParameterValue(
			node,
			SMENSO_BASE_URL_EXPRESSION,
			'internal',
			{ $credentials: credentials },
			undefined,
			'',
		);

	test.each([
		[{ workspace: 'acme', apiToken: 't', baseUrl: '' }, 'https://acme.smenso.cloud/skyisland'],
		[
			{ workspace: ' Acme.smenso.cloud ', apiToken: 't', baseUrl: '' },
			'https://acme.smenso.cloud/skyisland',
		],
		[
			{ workspace: 'https://acme.smenso.cloud/', apiToken: 't', baseUrl: '' },
			'https://acme.smenso.cloud/skyisland',
		],
		[
			{ workspace: 'acme', apiToken: 't', baseUrl: ' http://127.0.0.1:4010/skyisland/ ' },
			'http://127.0.0.1:4010/skyisland',
		],
	])('expression and function agree for %j', (credentials, expected) => {
		expect(smensoBaseUrl(credentials)).toBe(expected);
		expect(viaExpression(credentials)).toBe(expected);
	});
});
