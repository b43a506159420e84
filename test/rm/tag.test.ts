import { RM_TOKEN } from '../sandbox';
import { RM_TAG_SEED } from '../sandbox/rm/tags';
import { RM_SEED } from '../sandbox/rm/state';
import { byId, jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const PROJECT = RM_SEED.firstProjectId;
const USER = RM_SEED.firstUserId;
const links = (key: string) => [...(sandbox.rm.tagLinks.get(key) ?? [])];

describe('Resource Management tag', () => {
	test('Get Many lists the tags of a project', async () => {
		const result = await runRm(sandbox, {
			resource: 'tag',
			operation: 'getAll',
			projectId: byId(String(PROJECT)),
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([
			{ id: RM_TAG_SEED.priority, value: 'Priority' },
			{ id: RM_TAG_SEED.clientFacing, value: 'Client Facing' },
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `/api/v1/projects/${PROJECT}/tags`,
				query: { per_page: '1000' },
				body: undefined,
			},
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});

	test('Get Many lists the tags of a user, up to the Limit', async () => {
		const result = await runRm(sandbox, {
			resource: 'tag',
			operation: 'getAll',
			owner: 'user',
			userId: { __rl: true, mode: 'list', value: String(USER) },
			limit: 5,
		});
		expect(jsonOf(result)).toEqual([{ id: RM_TAG_SEED.typescript, value: 'TypeScript' }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `/api/v1/users/${USER}/tags`,
				query: { per_page: '5' },
				body: undefined,
			},
		]);
	});

	test('Add attaches an existing tag once, however often it runs', async () => {
		const project = PROJECT + 1;
		for (let run = 0; run < 2; run++) {
			const result = await runRm(sandbox, {
				resource: 'tag',
				operation: 'add',
				projectId: byId(String(project)),
				value: 'Priority',
			});
			expect(jsonOf(result)).toEqual([{ id: RM_TAG_SEED.priority, value: 'Priority' }]);
		}
		expect(sandbox.requests.map(shape)).toEqual(
			Array(2).fill({
				method: 'POST',
				path: `/api/v1/projects/${project}/tags`,
				query: {},
				body: { value: 'Priority' },
			}),
		);
		expect(links(`project:${project}`)).toEqual([RM_TAG_SEED.priority]);
	});

	test('Add creates a tag the account does not have yet', async () => {
		const before = sandbox.rm.tags.size;
		const result = await runRm(sandbox, {
			resource: 'tag',
			operation: 'add',
			owner: 'user',
			userId: byId(String(USER + 1)),
			value: 'Kubernetes',
		});
		const [tag] = jsonOf(result);
		expect(tag).toEqual({ id: expect.any(Number), value: 'Kubernetes' });
		expect(sandbox.rm.tags.size).toBe(before + 1);
		expect(links(`user:${USER + 1}`)).toEqual([tag.id]);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'POST',
			path: `/api/v1/users/${USER + 1}/tags`,
			query: {},
			body: { value: 'Kubernetes' },
		});
	});

	test('Remove detaches the tag and keeps it in the account', async () => {
		const result = await runRm(sandbox, {
			resource: 'tag',
			operation: 'remove',
			projectId: byId(String(PROJECT)),
			tagId: String(RM_TAG_SEED.clientFacing),
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'DELETE',
				path: `/api/v1/projects/${PROJECT}/tags/${RM_TAG_SEED.clientFacing}`,
				query: {},
				body: undefined,
			},
		]);
		expect(links(`project:${PROJECT}`)).toEqual([RM_TAG_SEED.priority]);
		expect(sandbox.rm.tags.has(RM_TAG_SEED.clientFacing)).toBe(true);

		const again = await runRm(sandbox, {
			resource: 'tag',
			operation: 'remove',
			projectId: byId(String(PROJECT)),
			tagId: String(RM_TAG_SEED.clientFacing),
		});
		expect(again.error?.message).toBe('Resource Management found no such record (404): not found');
	});

	test('A blank tag is refused as bad data with a readable error', async () => {
		const result = await runRm(sandbox, {
			resource: 'tag',
			operation: 'add',
			projectId: byId(String(PROJECT)),
			value: '   ',
		});
		expect(result.error?.message).toBe(
			"Resource Management rejected the data: bad data; Value can't be blank",
		);
		expect(sandbox.requests).toHaveLength(1);
	});

	test('Bad IDs fail before any request', async () => {
		const cases = [
			[{ operation: 'getAll', projectId: byId('P-1001') }, `'Project' is not a valid ID: "P-1001"`],
			[{ operation: 'add', owner: 'user', userId: byId(''), value: 'X' }, "'User' is empty"],
			[{ operation: 'remove', projectId: byId(String(PROJECT)), tagId: '' }, "'Tag' is empty"],
			[
				{ operation: 'remove', owner: 'user', userId: byId(String(USER)), tagId: 'TypeScript' },
				`'Tag' is not a valid ID: "TypeScript"`,
			],
		] as const;
		for (const [parameters, message] of cases) {
			expect((await runRm(sandbox, { resource: 'tag', ...parameters })).error?.message).toBe(
				message,
			);
		}
		expect(sandbox.requests).toHaveLength(0);
	});
});
