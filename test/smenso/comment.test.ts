import { COMMENT_SEED } from '../sandbox/smenso/comments';
import { guid, SEED } from '../sandbox/smenso/state';
import { STATUS_REPORT_SEED } from '../sandbox/smenso/statusReports';
import {
	ADMIN_AUTH,
	byId,
	callsBesidesPolls,
	FAST_TICKETS,
	jsonOf,
	runSmenso,
	shape,
	SINGLE_WRITE_POLLS,
	SINGLE_WRITE_TICKET,
	smensoNode,
	statusPolls,
} from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

const DESIGN = guid('task-0');
const LAUNCH = guid('task-2');
const REPORT = STATUS_REPORT_SEED.published;
const BASE = '/skyisland/api/integration/comment';

describe('smenso comment', () => {
	test('Get Many lists the comments of a task', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'getAll',
			commentOn: 'task',
			projectId: byId(SEED.mainProjectId),
			taskId: byId(DESIGN),
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([
			{
				id: COMMENT_SEED.designReview,
				taskId: DESIGN,
				text: 'Wireframes are ready for review.',
				isInternal: false,
			},
			{
				id: COMMENT_SEED.designInternal,
				taskId: DESIGN,
				text: 'Budget for the agency is tight.',
				isInternal: true,
			},
		]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'GET', path: `${BASE}/task/json/${DESIGN}`, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('Get Many lists the comments of a status report, up to the Limit', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'getAll',
			commentOn: 'statusReport',
			statusReportId: REPORT,
			limit: 5,
		});
		expect(jsonOf(result)).toEqual([
			expect.objectContaining({
				id: COMMENT_SEED.reportNote,
				statusReportId: REPORT,
				text: 'Thanks, looks good.',
			}),
		]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'GET', path: `${BASE}/statusreport/json/${REPORT}`, query: {}, body: undefined },
		]);

		const limited = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'getAll',
			taskId: byId(DESIGN),
			limit: 1,
		});
		expect(jsonOf(limited).map((c) => c.id)).toEqual([COMMENT_SEED.designReview]);
	});

	test('Get Many refuses a malformed task or status report ID before any request', async () => {
		const task = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'getAll',
			commentOn: 'task',
			taskId: byId('Design'),
			returnAll: true,
		});
		expect(task.error?.message).toBe('\'Task\' is not a valid ID: "Design"');
		const report = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'getAll',
			commentOn: 'statusReport',
			statusReportId: '',
			returnAll: true,
		});
		expect(report.error?.message).toBe("'Status Report ID' is empty");
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Get returns one comment by ID', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'get',
			commentId: COMMENT_SEED.designInternal,
		});
		expect(jsonOf(result)).toEqual([
			{
				id: COMMENT_SEED.designInternal,
				taskId: DESIGN,
				text: 'Budget for the agency is tight.',
				isInternal: true,
			},
		]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{
				method: 'GET',
				path: `${BASE}/json/${COMMENT_SEED.designInternal}`,
				query: {},
				body: undefined,
			},
		]);
	});

	test("Get and Get Many send the Language and Time Zone options smenso's node offers", async () => {
		await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'get',
			commentId: COMMENT_SEED.designInternal,
			options: { lang: 'de-DE', timezone: 'UTC' },
		});
		await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'getAll',
			taskId: byId(DESIGN),
			returnAll: true,
			options: { timezone: 'W. Europe Standard Time' },
		});
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${BASE}/json/${COMMENT_SEED.designInternal}`,
				query: { lang: 'de-DE', timezone: 'UTC' },
				body: undefined,
			},
			{
				method: 'GET',
				path: `${BASE}/task/json/${DESIGN}`,
				query: { timezone: 'W. Europe Standard Time' },
				body: undefined,
			},
		]);
	});

	test('Create on a task posts the comment envelope without timezoneId', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'create',
			commentOn: 'task',
			projectId: byId(SEED.mainProjectId),
			taskId: byId(LAUNCH),
			text: 'Go-live moved to Friday.',
			options: FAST_TICKETS,
		});
		const [out] = jsonOf(result);
		const post = sandbox.requestsTo('/comment/task/json', 'POST')[0];
		expect(shape(post)).toEqual({
			method: 'POST',
			path: `${BASE}/task/json`,
			query: {},
			body: {
				comment: [
					{
						taskId: LAUNCH,
						text: 'Go-live moved to Friday.',
						isInternal: false,
						tempId: 'n8n-item-0',
					},
				],
			},
		});
		expect(post.headers.authorization).toBe(ADMIN_AUTH);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(out).toEqual({
			ticketId: SINGLE_WRITE_TICKET,
			status: 'Completed',
			tempId: 'n8n-item-0',
			id: expect.any(String),
			success: true,
			messages: [],
		});
		expect(sandbox.smenso.comments.get(String(out.id))).toMatchObject({
			taskId: LAUNCH,
			text: 'Go-live moved to Friday.',
			isInternal: false,
		});
	});

	test('Create on a status report posts to its own path, with Internal and the feed option', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'create',
			commentOn: 'statusReport',
			statusReportId: REPORT,
			text: 'Internal note',
			isInternal: true,
			options: { ...FAST_TICKETS, noFeed: true },
		});
		const [out] = jsonOf(result);
		expect(shape(sandbox.requestsTo('/comment/statusreport/json', 'POST')[0])).toEqual({
			method: 'POST',
			path: `${BASE}/statusreport/json`,
			query: {},
			body: {
				noFeed: true,
				comment: [
					{ statusReportId: REPORT, text: 'Internal note', isInternal: true, tempId: 'n8n-item-0' },
				],
			},
		});
		expect(sandbox.smenso.comments.get(String(out.id))).toMatchObject({
			statusReportId: REPORT,
			isInternal: true,
		});
	});

	test('comment writes offer no time zone option; Create and Update offer Send in Bulk', () => {
		const options = smensoNode.description.properties.find(
			(p) =>
				p.name === 'options' &&
				p.displayOptions?.show?.resource?.[0] === 'comment' &&
				p.displayOptions?.show?.operation?.[0] === 'create',
		);
		expect(options?.options?.map((o) => ('name' in o ? o.name : ''))).toEqual([
			'batchSize',
			'maxWaitSeconds',
			'pollIntervalSeconds',
			'sendInBulk',
			'noFeed',
			'waitForCompletion',
		]);
	});

	test('Create on a task smenso does not know fails with its ticket message', async () => {
		const ghost = '00000000-0000-4000-8000-00000000abcd';
		const result = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'create',
			taskId: byId(ghost),
			text: 'Hello',
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			`smenso did not apply the change: Task ${ghost} was not found.`,
		);
	});

	test('Create refuses a malformed task ID before any request', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'create',
			taskId: byId('t-1'),
			text: 'Hello',
		});
		expect(result.error?.message).toBe('\'Task\' is not a valid ID: "t-1"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Update puts the new text on the task path', async () => {
		const id = COMMENT_SEED.designReview;
		const result = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'update',
			commentOn: 'task',
			commentId: id,
			text: 'Wireframes approved.',
			updateFields: { isInternal: true },
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)[0]).toMatchObject({ status: 'Completed', id, success: true });
		expect(shape(sandbox.requestsTo('/comment/task/json', 'PUT')[0])).toEqual({
			method: 'PUT',
			path: `${BASE}/task/json`,
			query: {},
			body: {
				comment: [{ id, text: 'Wireframes approved.', isInternal: true, tempId: 'n8n-item-0' }],
			},
		});
		expect(sandbox.smenso.comments.get(id)).toMatchObject({
			text: 'Wireframes approved.',
			isInternal: true,
		});
	});

	test('Update on the status report path sends only the text when Internal is not set', async () => {
		const id = COMMENT_SEED.reportNote;
		const result = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'update',
			commentOn: 'statusReport',
			commentId: id,
			text: 'Thanks!',
			options: FAST_TICKETS,
		});
		jsonOf(result);
		expect(shape(sandbox.requestsTo('/comment/statusreport/json', 'PUT')[0])).toEqual({
			method: 'PUT',
			path: `${BASE}/statusreport/json`,
			query: {},
			body: { comment: [{ id, text: 'Thanks!', tempId: 'n8n-item-0' }] },
		});
		expect(sandbox.smenso.comments.get(id)).toMatchObject({ text: 'Thanks!', isInternal: false });
	});

	test("Update of a status report comment through the task path fails with smenso's message", async () => {
		const id = COMMENT_SEED.reportNote;
		const result = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'update',
			commentOn: 'task',
			commentId: id,
			text: 'x',
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			`smenso did not apply the change: Comment ${id} is not a task comment.`,
		);
	});

	test('Get, Update and Delete refuse a malformed comment ID before any request', async () => {
		const get = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'get',
			commentId: 'c-1',
		});
		const update = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'update',
			commentId: 'c-1',
			text: 'x',
		});
		const del = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'delete',
			commentId: 'c-1',
			options: FAST_TICKETS,
		});
		for (const result of [get, update, del])
			expect(result.error?.message).toBe('\'Comment ID\' is not a valid ID: "c-1"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Delete removes the comment and answers { deleted: true }', async () => {
		const id = COMMENT_SEED.designInternal;
		const result = await runSmenso(sandbox, {
			resource: 'comment',
			operation: 'delete',
			commentId: id,
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'DELETE', path: `${BASE}/json/${id}`, query: {}, body: undefined },
		]);
		expect(sandbox.smenso.comments.has(id)).toBe(false);
	});
});
