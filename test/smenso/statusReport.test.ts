import { guid, SEED, type Rec } from '../sandbox/smenso/state';
import { STATUS_REPORT_SEED } from '../sandbox/smenso/statusReports';
import {
	ADMIN_AUTH,
	byId,
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

const project = (index: number) => guid(`project-${index}`);
const WRITE_PATH = '/skyisland/api/integration/statusreport/json';

/** Puts a draft straight into the sandbox, so each test owns its state. */
function seedDraft(projectIndex: number, title: string): string {
	const id = guid(`test-draft-${projectIndex}`);
	const draft: Rec = {
		id,
		projectId: project(projectIndex),
		title,
		statusDate: '2026-02-06',
		overallStatusId: 1,
		isPublished: false,
		publicationDate: null,
		externalId: null,
		flavors: [],
	};
	sandbox.smenso.statusReports.set(id, draft);
	return id;
}

describe('smenso status report', () => {
	test('the resource tells users there is no read endpoint', () => {
		const notice = smensoNode.description.properties.find((p) => p.name === 'statusReportNotice');
		expect(notice).toMatchObject({
			type: 'notice',
			displayOptions: { show: { resource: ['statusReport'] } },
		});
		expect(notice?.displayName).toContain('no API endpoint to read status reports');
		const operations = smensoNode.description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === 'statusReport',
		);
		expect(operations?.options?.map((o) => ('value' in o ? o.value : ''))).toEqual([
			'create',
			'createFromTemplate',
			'delete',
			'update',
		]);
	});

	test('Create sends the envelope with projectId on top and the report as the item', async () => {
		const P = project(2);
		const result = await runSmenso(sandbox, {
			resource: 'statusReport',
			operation: 'create',
			projectId: byId(P),
			title: 'Week 7',
			statusDate: '2026-02-13T00:00:00',
			overallStatusId: 2,
			additionalFields: {
				explanation: '<p>Supplier late.</p>',
				nextSteps: 'Escalate',
				targetDate: '2026-06-30T00:00:00',
				progressManual: 35,
				costStatusId: 3,
				externalId: 'SR-7',
			},
			options: FAST_TICKETS,
		});
		const [out] = jsonOf(result);
		const post = sandbox.requestsTo('/integration/statusreport/json', 'POST')[0];
		expect(shape(post)).toEqual({
			method: 'POST',
			path: WRITE_PATH,
			query: {},
			body: {
				timezoneId: 'W. Europe Standard Time',
				projectId: P,
				statusReport: [
					{
						title: 'Week 7',
						statusDate: '2026-02-13',
						overallStatusId: 2,
						explanation: '<p>Supplier late.</p>',
						nextSteps: 'Escalate',
						targetDate: '2026-06-30',
						progressManual: 35,
						costStatusId: 3,
						externalId: 'SR-7',
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
		expect(sandbox.smenso.statusReports.get(String(out.id))).toMatchObject({
			projectId: P,
			title: 'Week 7',
			statusDate: '2026-02-13',
			targetDate: '2026-06-30',
			isPublished: false,
			publicationDate: null,
		});
	});

	test("A second draft for a project fails with smenso's message", async () => {
		seedDraft(5, 'Open draft');
		const before = sandbox.smenso.statusReports.size;
		const result = await runSmenso(sandbox, {
			resource: 'statusReport',
			operation: 'create',
			projectId: byId(project(5)),
			title: 'Another draft',
			statusDate: '2026-02-20',
			overallStatusId: 1,
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			"smenso did not apply the change: The project 'Project 0005' already has a draft status report ('Open draft'). A project can have only one draft: publish or delete it first.",
		);
		expect(sandbox.smenso.statusReports.size).toBe(before);

		// Publishing at once is allowed next to a draft.
		const published = await runSmenso(sandbox, {
			resource: 'statusReport',
			operation: 'create',
			projectId: byId(project(5)),
			title: 'Final',
			statusDate: '2026-02-20',
			overallStatusId: 6,
			additionalFields: { isPublished: true },
			options: FAST_TICKETS,
		});
		const [out] = jsonOf(published);
		expect(sandbox.smenso.statusReports.get(String(out.id))).toMatchObject({
			isPublished: true,
			overallStatusId: 6,
		});
	});

	test('Create refuses an invalid date and a malformed project before any request', async () => {
		const base = {
			resource: 'statusReport',
			operation: 'create',
			projectId: byId(project(2)),
			title: 'X',
			statusDate: '2026-02-13',
			overallStatusId: 1,
		};
		const date = await runSmenso(sandbox, { ...base, statusDate: '13/02/2026' });
		expect(date.error?.message).toBe('\'Status Date\' is not a valid date: "13/02/2026"');
		const target = await runSmenso(sandbox, { ...base, additionalFields: { targetDate: 'soon' } });
		expect(target.error?.message).toBe('\'Target Date\' is not a valid date: "soon"');
		const id = await runSmenso(sandbox, { ...base, projectId: byId('') });
		expect(id.error?.message).toBe("'Project' is empty");
		expect(sandbox.requests).toHaveLength(0);
	});

	test('Create From Template posts to the documented template path', async () => {
		const P = project(3);
		const result = await runSmenso(sandbox, {
			resource: 'statusReport',
			operation: 'createFromTemplate',
			templateId: SEED.statusReportTemplateId,
			projectId: byId(P),
			title: 'From template',
			additionalFields: { progressManual: 15 },
			options: FAST_TICKETS,
		});
		const [out] = jsonOf(result);
		expect(out).toMatchObject({ status: 'Completed', success: true });
		expect(sandbox.requests.filter((r) => r.method === 'POST').map(shape)).toEqual([
			{
				method: 'POST',
				path: `/skyisland/api/integration/template/statusreport/create/json/${SEED.statusReportTemplateId}`,
				query: {},
				body: { projectId: P, title: 'From template', progressManual: 15 },
			},
		]);
		expect(sandbox.smenso.statusReports.get(String(out.id))).toMatchObject({
			projectId: P,
			title: 'From template',
			progressManual: 15,
			isPublished: false,
			templateId: SEED.statusReportTemplateId,
		});
	});

	test('Create From Template refuses a malformed template ID before any request', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'statusReport',
			operation: 'createFromTemplate',
			templateId: 'weekly',
			projectId: byId(project(3)),
			title: 'X',
		});
		expect(result.error?.message).toBe('\'Template ID\' is not a valid ID: "weekly"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test("the sandbox also serves the from-template path of smenso's node", async () => {
		sandbox.smenso.writeMode = 'async';
		const response = await fetch(
			`${sandbox.smensoBaseUrl}/api/integration/statusreport/json/${SEED.statusReportTemplateId}`,
			{
				method: 'POST',
				headers: { Authorization: ADMIN_AUTH, 'Content-Type': 'application/json' },
				body: JSON.stringify({ projectId: project(4), title: 'Node-B path' }),
			},
		);
		expect(response.status).toBe(202);
		const { ticketId } = (await response.json()) as { ticketId: string };
		const id = String(sandbox.smenso.tickets.get(ticketId)!.items[0].id);
		expect(sandbox.smenso.statusReports.get(id)).toMatchObject({
			projectId: project(4),
			title: 'Node-B path',
			isPublished: false,
		});
	});

	test('Update changes a draft and can publish it', async () => {
		const P = project(6);
		const id = seedDraft(6, 'Draft 6');
		const result = await runSmenso(sandbox, {
			resource: 'statusReport',
			operation: 'update',
			projectId: byId(P),
			statusReportId: ` ${id} `,
			updateFields: {
				title: 'Week 6',
				overallStatusId: 3,
				timeStatusId: 2,
				statusDate: '2026-02-06T00:00:00',
				isPublished: true,
			},
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)[0]).toMatchObject({ status: 'Completed', id, success: true });
		expect(shape(sandbox.requestsTo('/integration/statusreport/json', 'PUT')[0])).toEqual({
			method: 'PUT',
			path: WRITE_PATH,
			query: {},
			body: {
				timezoneId: 'W. Europe Standard Time',
				projectId: P,
				statusReport: [
					{
						id,
						title: 'Week 6',
						overallStatusId: 3,
						timeStatusId: 2,
						statusDate: '2026-02-06',
						isPublished: true,
						tempId: 'n8n-item-0',
					},
				],
			},
		});
		expect(sandbox.smenso.statusReports.get(id)).toMatchObject({
			title: 'Week 6',
			overallStatusId: 3,
			isPublished: true,
		});
		expect(sandbox.smenso.statusReports.get(id)?.publicationDate).toEqual(
			expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
		);
	});

	test("Update of a published report fails with smenso's message", async () => {
		const result = await runSmenso(sandbox, {
			resource: 'statusReport',
			operation: 'update',
			projectId: byId(SEED.mainProjectId),
			statusReportId: STATUS_REPORT_SEED.published,
			updateFields: { title: 'Rewritten' },
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe(
			'smenso did not apply the change: Published status reports cannot be changed. Create a new status report instead.',
		);
		expect(sandbox.smenso.statusReports.get(STATUS_REPORT_SEED.published)?.title).toBe('Week 1');
	});

	test("Delete waits for smenso's ticket, then answers { deleted: true }", async () => {
		const id = seedDraft(7, 'To delete');
		const result = await runSmenso(sandbox, {
			resource: 'statusReport',
			operation: 'delete',
			statusReportId: id,
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'DELETE',
			path: `${WRITE_PATH}/${id}`,
			query: {},
			body: undefined,
		});
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(sandbox.smenso.statusReports.has(id)).toBe(false);
	});

	test('Delete without waiting returns the ticket instead of claiming the deletion', async () => {
		sandbox.smenso.writeMode = 'async';
		const id = seedDraft(8, 'To delete later');
		const result = await runSmenso(sandbox, {
			resource: 'statusReport',
			operation: 'delete',
			statusReportId: id,
			options: { waitForCompletion: false },
		});
		expect(jsonOf(result)).toEqual([
			{ id: null, success: null, messages: [], ticketId: expect.any(String), status: 'Accepted' },
		]);
		expect(statusPolls(sandbox)).toHaveLength(0);
	});

	test('Delete refuses a malformed ID before any request', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'statusReport',
			operation: 'delete',
			statusReportId: 'SR-1',
			options: FAST_TICKETS,
		});
		expect(result.error?.message).toBe('\'Status Report ID\' is not a valid ID: "SR-1"');
		expect(sandbox.requests).toHaveLength(0);
	});
});
