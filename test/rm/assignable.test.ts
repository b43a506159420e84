import { RM_TOKEN } from '../sandbox';
import { RM_SEED } from '../sandbox/rm/state';
import { jsonOf, runRm, shape } from '../harness/rm';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const api = '/api/v1';
const [VACATION] = RM_SEED.leaveTypeIds;

describe('Resource Management assignable', () => {
	test('Get Many lists projects (not phases) and then leave types, each with its type, 1,000 a page', async () => {
		const items = jsonOf(
			await runRm(sandbox, { resource: 'assignable', operation: 'getAll', returnAll: true }),
		);
		const projects = [...sandbox.rm.projects.values()].filter((p) => p.parent_id === null);
		expect(projects.length).toBeLessThan(sandbox.rm.projects.size);
		expect(items.map((a) => [a.type, a.id])).toEqual([
			...projects.map((p) => ['Project', p.id]),
			...[...sandbox.rm.leaveTypes.values()].map((l) => ['LeaveType', l.id]),
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/assignables`, query: { per_page: '1000' }, body: undefined },
		]);
		expect(sandbox.requests[0].headers.auth).toBe(RM_TOKEN);
	});

	test('Get resolves an assignable_id of either kind; Limit asks for no more than it needs', async () => {
		const [leave] = jsonOf(
			await runRm(sandbox, {
				resource: 'assignable',
				operation: 'get',
				assignableId: ` ${VACATION} `,
			}),
		);
		expect(leave).toEqual({ ...sandbox.rm.leaveTypes.get(VACATION), type: 'LeaveType' });
		const [project] = jsonOf(
			await runRm(sandbox, {
				resource: 'assignable',
				operation: 'get',
				assignableId: String(RM_SEED.firstProjectId),
			}),
		);
		expect(project).toMatchObject({
			id: RM_SEED.firstProjectId,
			type: 'Project',
			name: 'Website Relaunch',
		});
		const limited = jsonOf(
			await runRm(sandbox, { resource: 'assignable', operation: 'getAll', limit: 2 }),
		);
		expect(limited).toHaveLength(2);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${api}/assignables/${VACATION}`, query: {}, body: undefined },
			{
				method: 'GET',
				path: `${api}/assignables/${RM_SEED.firstProjectId}`,
				query: {},
				body: undefined,
			},
			{ method: 'GET', path: `${api}/assignables`, query: { per_page: '2' }, body: undefined },
		]);
	});

	test("a malformed ID fails before any request; an unknown one is RM's 404", async () => {
		const malformed = await runRm(sandbox, {
			resource: 'assignable',
			operation: 'get',
			assignableId: 'Vacation',
		});
		expect(malformed.error?.message).toContain("'Assignable ID' is not a valid ID");
		expect(sandbox.requests).toHaveLength(0);
		const unknown = await runRm(sandbox, {
			resource: 'assignable',
			operation: 'get',
			assignableId: '999999',
		});
		expect(unknown.error?.message).toBe(
			'Resource Management found no such record (404): not found',
		);
	});
});
