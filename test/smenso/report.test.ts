import type { INodeExecutionData } from 'n8n-workflow';
import { SMENSO_TOKENS } from '../sandbox';
import { REPORT_VIEWS, setReportClock } from '../sandbox/smenso/reports';
import { SEED, type Rec } from '../sandbox/smenso/state';
import { ADMIN_AUTH, byId, callsBesidesPolls, jsonOf, runSmenso, shape } from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox();

const P = SEED.mainProjectId;
const BOM = '\uFEFF';

function decoded(item: INodeExecutionData): string {
	return Buffer.from(item.binary!.data.data, 'base64').toString('utf8');
}

function csv(rows: string[][]): string {
	return `${BOM}${rows.map((row) => row.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;
}

/** Direct call to the sandbox, for the sandbox's own rules. */
async function get(path: string, headers: Record<string, string> = {}) {
	const response = await fetch(`${sandbox.smensoBaseUrl}${path}`, { headers });
	// Decoded by hand: response.text() would drop the BOM this file checks for.
	return {
		status: response.status,
		text: Buffer.from(await response.arrayBuffer()).toString('utf8'),
	};
}

describe('smenso report: Export Projects', () => {
	test('JSON with Return All: every project as an item, English columns, lang pinned to en-US', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportProjects',
			returnAll: true,
		});
		const items = jsonOf(result);
		expect(items).toHaveLength(SEED.projectCount);
		expect(items[0]).toEqual({
			Id: P,
			Title: 'Website Relaunch',
			Status: 'Active',
			'Start date': '01.01.2026',
			'End date': '31.12.2026',
			Budget: '10000',
			Archived: 'No',
			Template: 'No',
			'Project Manager': 'Ada Lovelace',
			'Project Manager E-Mail': 'ada.lovelace@example.com',
			// 2025-12-01T23:30Z in the workspace zone (Europe/Berlin); seeded records were never changed.
			'Created On': '02.12.2025 00:30:00',
			'Updated On': '02.12.2025 00:30:00',
		});
		expect(result.items[0].binary).toBeUndefined();
		expect(sandbox.requests).toHaveLength(1);
		const [request] = sandbox.requests;
		expect(shape(request)).toEqual({
			method: 'GET',
			path: '/skyisland/api/reports/projects',
			query: { format: 'JSON', lang: 'en-US', filter: 'all' },
			body: undefined,
		});
		expect(request.headers.authorization).toBe(ADMIN_AUTH);
		expect(request.headers.accept).toBe('application/json');
		expect(request.headers.timezone).toBeUndefined();
	});

	test('JSON with Limit, a filter and the view given as its API link', async () => {
		const link = `https://acme.smenso.cloud/skyisland/api/reports/projects?view=${REPORT_VIEWS.projects}&format=CSV`;
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportProjects',
			filter: 'archived',
			viewId: link,
			limit: 3,
		});
		expect(jsonOf(result)).toEqual([
			{
				Id: [...sandbox.smenso.projects.keys()][49],
				Title: 'Project 0049',
				Status: 'Archived',
				'End date': '31.12.2026',
			},
			{
				Id: [...sandbox.smenso.projects.keys()][99],
				Title: 'Project 0099',
				Status: 'Archived',
				'End date': '31.12.2026',
			},
			{
				Id: [...sandbox.smenso.projects.keys()][149],
				Title: 'Project 0149',
				Status: 'Archived',
				'End date': '31.12.2026',
			},
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 0 },
			{ item: 0 },
		]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{
				method: 'GET',
				path: '/skyisland/api/reports/projects',
				query: { format: 'JSON', lang: 'en-US', filter: 'archived', view: REPORT_VIEWS.projects },
				body: undefined,
			},
		]);
	});

	test('Options: language, column headers, and the time zone as query parameter and Timezone header', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportProjects',
			filter: 'templates',
			returnAll: true,
			options: { lang: 'de-DE', headers: ' Titel , Erstellt am ,', timezone: 'America/New_York' },
		});
		expect(jsonOf(result)).toEqual([
			{ Titel: 'Project template 1', 'Erstellt am': '01.12.2025 18:30:00' },
		]);
		const [request] = sandbox.requests;
		expect(request.query).toEqual({
			format: 'JSON',
			lang: 'de-DE',
			filter: 'templates',
			headers: 'Titel,Erstellt am',
			timezone: 'America/New_York',
		});
		expect(request.headers.timezone).toBe('America/New_York');
	});

	test('CSV: one item with the file in binary property "data", bytes as smenso sent them', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportProjects',
			outputFormat: 'csv',
			filter: 'templates',
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		const [item] = result.items;
		const expected = csv([
			[
				'Id',
				'Title',
				'Status',
				'Start date',
				'End date',
				'Budget',
				'Archived',
				'Template',
				'Project Manager',
				'Project Manager E-Mail',
				'Created On',
				'Updated On',
			],
			[
				SEED.projectTemplateId,
				'Project template 1',
				'Active',
				'',
				'',
				'',
				'No',
				'Yes',
				'',
				'',
				'02.12.2025 00:30:00',
				'02.12.2025 00:30:00',
			],
		]);
		expect(decoded(item)).toBe(expected);
		expect(item.binary!.data).toMatchObject({
			mimeType: 'text/csv',
			fileName: 'smenso-projects.csv',
			fileExtension: 'csv',
		});
		expect(item.json).toEqual({
			fileName: 'smenso-projects.csv',
			mimeType: 'text/csv',
			fileSize: Buffer.byteLength(expected),
		});
		expect(item.pairedItem).toEqual({ item: 0 });
		const [request] = sandbox.requests;
		expect(shape(request)).toEqual({
			method: 'GET',
			path: '/skyisland/api/reports/projects',
			query: { format: 'CSV', lang: 'en-US', filter: 'templates' },
			body: undefined,
		});
		expect(request.headers.accept).toBe('text/csv');
		expect(request.headers.authorization).toBe(ADMIN_AUTH);
	});

	test('CSV of every project stays one file, whatever Return All or Limit say', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportProjects',
			outputFormat: 'csv',
			returnAll: false,
			limit: 5,
		});
		expect(result.items).toHaveLength(1);
		const lines = decoded(result.items[0]).split('\r\n');
		// Header, 2,500 rows, and the empty string after the last line end.
		expect(lines).toHaveLength(SEED.projectCount + 2);
		expect(lines[0].startsWith(`${BOM}"Id","Title"`)).toBe(true);
		expect(lines[1]).toBe(
			`"${P}","Website Relaunch","Active","01.01.2026","31.12.2026","10000","No","No","Ada Lovelace","ada.lovelace@example.com","02.12.2025 00:30:00","02.12.2025 00:30:00"`,
		);
		expect(sandbox.requests).toHaveLength(1);
	});

	test('a JSON export that carries a Link rel="next" header is followed to the next page', async () => {
		const next = `${sandbox.smensoBaseUrl}/api/reports/projects?format=JSON&lang=en-US&filter=all&page=2`;
		sandbox.inject({
			method: 'GET',
			path: '/api/reports/projects',
			response: {
				status: 200,
				body: [{ Id: 'a', Title: 'First' }],
				headers: { Link: `<${next}>; rel="next"` },
			},
		});
		sandbox.inject({
			method: 'GET',
			path: '/api/reports/projects',
			response: { status: 200, body: [{ Id: 'b', Title: 'Second' }] },
		});
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportProjects',
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([
			{ Id: 'a', Title: 'First' },
			{ Id: 'b', Title: 'Second' },
		]);
		expect(sandbox.requests.map((r) => ({ path: r.path, query: r.query }))).toEqual([
			{
				path: '/skyisland/api/reports/projects',
				query: { format: 'JSON', lang: 'en-US', filter: 'all' },
			},
			{
				path: '/skyisland/api/reports/projects',
				query: { format: 'JSON', lang: 'en-US', filter: 'all', page: '2' },
			},
		]);
		expect(sandbox.requests[1].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('a malformed view or time zone fails before any request', async () => {
		const badView = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportProjects',
			viewId: 'my view',
		});
		expect(badView.error?.message).toBe('\'View ID\' is not a view GUID: "my view"');
		const badZone = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportProjects',
			options: { timezone: 'Mars/Olympus' },
		});
		expect(badZone.error?.message).toBe('\'Time Zone\' is not a known time zone: "Mars/Olympus"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('an unknown view is a 404 with the message smenso sent', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportProjects',
			viewId: REPORT_VIEWS.tasks,
		});
		expect(result.error?.message).toBe('smenso found no such record (404): View not found');
		expect(sandbox.requests).toHaveLength(1);
	});

	test('a token smenso rejects gives the 401 message', async () => {
		const result = await runSmenso(
			sandbox,
			{ resource: 'report', operation: 'exportProjects' },
			{ token: 'not-a-token' },
		);
		expect(result.error?.message).toBe('smenso did not accept the API token (401)');
		expect(sandbox.requests[0].headers.authorization).toBe('Basic not-a-token');
	});
});

describe('smenso report: Export Tasks', () => {
	const tasksOf = (projectIds: Set<unknown>) =>
		[...sandbox.smenso.tasks.values()].filter((t) => projectIds.has(t.projectId));

	test('one project, with a view: GET /reports/tasks/{projectId}', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportTasks',
			projectId: byId(P),
			viewId: REPORT_VIEWS.tasks,
			returnAll: true,
		});
		const items = jsonOf(result);
		expect(items).toHaveLength(tasksOf(new Set([P])).length);
		const idOf = (title: string) => tasksOf(new Set([P])).find((t) => t.title === title)!.id;
		expect(items).toContainEqual({ Id: idOf('Design'), Title: 'Design', 'Due date': '30.01.2026' });
		expect(items).toContainEqual({
			Id: idOf('Wireframes'),
			Title: 'Wireframes',
			'Due date': '12.01.2026',
		});
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{
				method: 'GET',
				path: `/skyisland/api/reports/tasks/${P}`,
				query: { format: 'JSON', lang: 'en-US', view: REPORT_VIEWS.tasks },
				body: undefined,
			},
		]);
	});

	test('all columns of a task row', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportTasks',
			projectId: byId(P),
			returnAll: true,
		});
		const wireframes = jsonOf(result).find((row) => row.Title === 'Wireframes');
		expect(wireframes).toEqual({
			Id: expect.any(String),
			Project: 'Website Relaunch',
			Title: 'Wireframes',
			'Parent Task': 'Design',
			'Start date': '05.01.2026',
			'Due date': '12.01.2026',
			'Created On': '02.12.2025 00:30:00',
			'Updated On': '02.12.2025 00:30:00',
		});
	});

	test('All Projects scope: GET /reports/tasks/filtered with globalProjectsFilter, no view', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportTasks',
			scope: 'all',
			globalProjectsFilter: 'active',
			viewId: REPORT_VIEWS.tasks,
			returnAll: true,
		});
		const active = new Set(
			[...sandbox.smenso.projects.values()].filter((p) => !p.archived).map((p) => p.id),
		);
		expect(
			jsonOf(result)
				.map((row) => row.Id)
				.sort(),
		).toEqual(
			tasksOf(active)
				.map((t) => t.id)
				.sort(),
		);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{
				method: 'GET',
				path: '/skyisland/api/reports/tasks/filtered',
				query: { format: 'JSON', lang: 'en-US', globalProjectsFilter: 'active' },
				body: undefined,
			},
		]);
	});

	test('CSV file smenso-tasks.csv', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportTasks',
			projectId: byId(P),
			viewId: REPORT_VIEWS.tasks,
			outputFormat: 'csv',
			options: { headers: 'Title' },
		});
		expect(result.items).toHaveLength(1);
		const titles = tasksOf(new Set([P])).map((t) => [String(t.title)]);
		expect(decoded(result.items[0])).toBe(csv([['Title'], ...titles]));
		expect(result.items[0].binary!.data).toMatchObject({
			mimeType: 'text/csv',
			fileName: 'smenso-tasks.csv',
		});
		expect(sandbox.requests[0].query).toEqual({
			format: 'CSV',
			lang: 'en-US',
			view: REPORT_VIEWS.tasks,
			headers: 'Title',
		});
		expect(sandbox.requests[0].headers.accept).toBe('text/csv');
	});

	test('a project ID that is not a GUID fails before any request', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportTasks',
			projectId: byId('42'),
		});
		expect(result.error?.message).toBe('\'Project\' is not a valid ID: "42"');
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('smenso report: time records and absences', () => {
	const [ada, grace] = [0, 1];
	beforeAll(() => {
		// Records put into the sandbox now are stamped with this instant (09:00 in Europe/Berlin).
		setReportClock(sandbox.smenso, '2026-01-09T08:00:00Z');
		const member = (i: number) => sandbox.smenso.members[i].id;
		const tasks = [...sandbox.smenso.tasks.values()].filter((t) => t.projectId === P);
		const design = tasks.find((t) => t.title === 'Design')!;
		sandbox.smenso.timeRecords.clear();
		const times: Rec[] = [
			{
				id: 'tr-1',
				projectId: P,
				taskId: design.id,
				userId: member(ada),
				date: '2026-01-06',
				duration: 90,
				description: 'Kick-off',
			},
			{
				id: 'tr-2',
				projectId: P,
				taskId: design.id,
				userId: member(grace),
				date: '2026-01-07',
				duration: 240,
				description: 'Mock-ups, "v1"',
			},
			{
				id: 'tr-3',
				projectId: P,
				taskId: design.id,
				userId: 'grace.hopper@example.com',
				date: '2026-01-08',
				duration: 30,
			},
		];
		times.forEach((t) => sandbox.smenso.timeRecords.set(String(t.id), t));
		sandbox.smenso.absences.clear();
		const vacation = [...sandbox.smenso.absenceTypes.values()][0];
		const absences: Rec[] = [
			{
				id: 'ab-1',
				userId: member(ada),
				absenceTypeId: vacation.id,
				startDate: '2026-02-02',
				endDate: '2026-02-06',
				status: 'approved',
				comment: 'Ski trip',
			},
			{
				id: 'ab-2',
				userId: member(grace),
				absenceTypeId: 'Training',
				startDate: '2026-03-10',
				endDate: '2026-03-10',
			},
		];
		absences.forEach((a) => sandbox.smenso.absences.set(String(a.id), a));
	});

	test('Export Time Records of everyone, with a filter passed through', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportTimes',
			returnAll: true,
			options: { filter: ' billable ' },
		});
		expect(jsonOf(result)).toEqual([
			{
				Id: 'tr-1',
				Date: '06.01.2026',
				Member: 'Ada Lovelace',
				'Member E-Mail': 'ada.lovelace@example.com',
				Project: 'Website Relaunch',
				Task: 'Design',
				'Duration (minutes)': '90',
				Description: 'Kick-off',
				'Created On': '09.01.2026 09:00:00',
				'Updated On': '09.01.2026 09:00:00',
			},
			expect.objectContaining({
				Id: 'tr-2',
				Member: 'Grace Hopper',
				Description: 'Mock-ups, "v1"',
			}),
			expect.objectContaining({
				Id: 'tr-3',
				Member: 'Grace Hopper',
				'Duration (minutes)': '30',
				Description: '',
			}),
		]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{
				method: 'GET',
				path: '/skyisland/api/reports/times/all',
				query: { format: 'JSON', lang: 'en-US', filter: 'billable' },
				body: undefined,
			},
		]);
	});

	test("Export Time Records of the token user only (a member's token may read reports)", async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'report',
				operation: 'exportTimes',
				mode: 'my',
				viewId: REPORT_VIEWS.times,
				returnAll: true,
			},
			{ token: SMENSO_TOKENS.member },
		);
		expect(jsonOf(result)).toEqual([
			{ Date: '07.01.2026', Member: 'Grace Hopper', 'Duration (minutes)': '240' },
			{ Date: '08.01.2026', Member: 'Grace Hopper', 'Duration (minutes)': '30' },
		]);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: '/skyisland/api/reports/times/my',
			query: { format: 'JSON', lang: 'en-US', view: REPORT_VIEWS.times },
			body: undefined,
		});
		expect(sandbox.requests[0].headers.authorization).toBe(`Basic ${SMENSO_TOKENS.member}`);
	});

	test('Export Time Records as CSV quotes fields with quotes and commas', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportTimes',
			outputFormat: 'csv',
			options: { headers: 'Id,Description' },
		});
		expect(decoded(result.items[0])).toBe(
			`${BOM}"Id","Description"\r\n"tr-1","Kick-off"\r\n"tr-2","Mock-ups, ""v1"""\r\n"tr-3",""\r\n`,
		);
		expect(result.items[0].binary!.data).toMatchObject({
			mimeType: 'text/csv',
			fileName: 'smenso-times.csv',
		});
		expect(sandbox.requests[0].query).toEqual({
			format: 'CSV',
			lang: 'en-US',
			headers: 'Id,Description',
		});
	});

	test('Export Absences of everyone as JSON', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportAbsences',
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([
			{
				Id: 'ab-1',
				Member: 'Ada Lovelace',
				'Member E-Mail': 'ada.lovelace@example.com',
				'Absence Type': 'Vacation',
				'Start date': '02.02.2026',
				'End date': '06.02.2026',
				Status: 'approved',
				Comment: 'Ski trip',
				'Created On': '09.01.2026 09:00:00',
				'Updated On': '09.01.2026 09:00:00',
			},
			{
				Id: 'ab-2',
				Member: 'Grace Hopper',
				'Member E-Mail': 'grace.hopper@example.com',
				'Absence Type': 'Training',
				'Start date': '10.03.2026',
				'End date': '10.03.2026',
				Status: '',
				Comment: '',
				'Created On': '09.01.2026 09:00:00',
				'Updated On': '09.01.2026 09:00:00',
			},
		]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{
				method: 'GET',
				path: '/skyisland/api/reports/absences/all',
				query: { format: 'JSON', lang: 'en-US' },
				body: undefined,
			},
		]);
	});

	test('Export Absences of the token user as CSV, in the time zone given', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportAbsences',
			mode: 'my',
			outputFormat: 'csv',
			options: { timezone: 'UTC', headers: 'Member,Start date' },
		});
		expect(decoded(result.items[0])).toBe(
			csv([
				['Member', 'Start date'],
				['Ada Lovelace', '02.02.2026'],
			]),
		);
		expect(result.items[0].binary!.data).toMatchObject({
			mimeType: 'text/csv',
			fileName: 'smenso-absences.csv',
		});
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: '/skyisland/api/reports/absences/my',
			query: { format: 'CSV', lang: 'en-US', headers: 'Member,Start date', timezone: 'UTC' },
			body: undefined,
		});
		expect(sandbox.requests[0].headers.timezone).toBe('UTC');
	});
});

describe('smenso report: one project, teams, custom fields, member settings', () => {
	test('Export Project: GET /reports/projects/{projectId} with a view, one row', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportProject',
			projectId: byId(` ${P} `),
			viewId: REPORT_VIEWS.projects,
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([
			{ Id: P, Title: 'Website Relaunch', Status: 'Active', 'End date': '31.12.2026' },
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `/skyisland/api/reports/projects/${P}`,
				query: { format: 'JSON', lang: 'en-US', view: REPORT_VIEWS.projects },
				body: undefined,
			},
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test("Export Project: a malformed project ID fails before any request; an unknown one is smenso's 404", async () => {
		const malformed = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportProject',
			projectId: byId('42'),
		});
		expect(malformed.error?.message).toContain("'Project' is not a valid ID");
		expect(sandbox.requests).toHaveLength(0);
		const unknown = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportProject',
			projectId: byId('00000000-0000-4000-8000-000000000000'),
		});
		expect(unknown.error?.message).toBe('smenso found no such record (404): Project not found');
	});

	test('Export Teams as JSON: one item per team, members by name', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportTeams',
			returnAll: true,
		});
		const teams = sandbox.smenso.teams;
		expect(jsonOf(result)).toEqual(
			teams.map((team) => ({
				Id: team.id,
				Name: team.name,
				Members: (team.members as string[])
					.map((id) => sandbox.smenso.members.find((m) => m.id === id)!.displayName)
					.join(', '),
				'Created On': '02.12.2025 00:30:00',
				'Updated On': '02.12.2025 00:30:00',
			})),
		);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: '/skyisland/api/reports/teams',
				query: { format: 'JSON', lang: 'en-US' },
				body: undefined,
			},
		]);
	});

	test('Export Custom Fields with Limit, in German', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportFlavors',
			returnAll: false,
			limit: 2,
			options: { lang: 'de-DE' },
		});
		const [first, second] = sandbox.smenso.flavors;
		expect(jsonOf(result)).toEqual(
			[first, second].map((f) => ({
				Id: f.id,
				Titel: f.title,
				Typ: f.type,
				'Erstellt am': '02.12.2025 00:30:00',
				'Geändert am': '02.12.2025 00:30:00',
			})),
		);
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: '/skyisland/api/reports/flavors',
			query: { format: 'JSON', lang: 'de-DE' },
			body: undefined,
		});
	});

	test('Export Member Settings as CSV: one file; no Column Headers option on these exports', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'report',
			operation: 'exportMemberSettings',
			outputFormat: 'csv',
			options: { timezone: 'UTC' },
		});
		const [item] = result.items;
		const text = decoded(item);
		expect(text.split('\r\n')[0]).toBe(
			`${BOM}"Id","First name","Last name","E-mail","Role","Created On","Updated On"`,
		);
		expect(text.split('\r\n')).toHaveLength(sandbox.smenso.members.length + 2);
		expect(item.binary!.data).toMatchObject({
			fileName: 'smenso-member-settings.csv',
			mimeType: 'text/csv',
		});
		expect(shape(sandbox.requests[0])).toEqual({
			method: 'GET',
			path: '/skyisland/api/reports/settings/member',
			query: { format: 'CSV', lang: 'en-US', timezone: 'UTC' },
			body: undefined,
		});
		expect(sandbox.requests[0].headers.timezone).toBe('UTC');
		const { smensoNode } = await import('../harness/smenso');
		const options = smensoNode.description.properties.filter(
			(p) => p.name === 'options' && p.displayOptions?.show?.resource?.includes('report'),
		);
		for (const operation of [
			'exportProject',
			'exportTeams',
			'exportFlavors',
			'exportMemberSettings',
		]) {
			const field = options.find((p) =>
				(p.displayOptions?.show?.operation as string[]).includes(operation),
			)!;
			expect((field.options as Array<{ name: string }>).map((o) => o.name)).toEqual([
				'lang',
				'timezone',
			]);
		}
	});

	test('the sandbox rejects headers on the teams export, as no source shows it taking them', async () => {
		const answer = await get('/api/reports/teams?format=JSON&headers=Name', {
			Authorization: ADMIN_AUTH,
		});
		expect(answer.status).toBe(400);
	});
});

describe('smenso sandbox: Reporting API rules', () => {
	const auth = { Authorization: ADMIN_AUTH };

	test('401 without a valid token', async () => {
		expect((await get('/api/reports/projects?format=JSON')).status).toBe(401);
		expect(
			(await get('/api/reports/projects?format=JSON', { Authorization: 'Basic nope' })).status,
		).toBe(401);
	});

	test('CSV is the default format; an unknown format is a 400', async () => {
		const plain = await get('/api/reports/projects?filter=templates&lang=en-US', auth);
		expect(plain.status).toBe(200);
		expect(plain.text.startsWith(`${BOM}"Id","Title"`)).toBe(true);
		const xml = await get('/api/reports/projects?format=XML', auth);
		expect(xml.status).toBe(400);
		expect(JSON.parse(xml.text).errors).toEqual({
			format: ["'XML' is not a valid format. Use CSV or JSON."],
		});
	});

	test("without lang the token user's language (German here) names the columns: why the node pins en-US", async () => {
		const response = await get('/api/reports/projects?format=JSON&filter=templates', auth);
		expect(Object.keys(JSON.parse(response.text)[0])).toContain('Titel');
	});

	test('unknown query parameters and filter values are rejected', async () => {
		expect((await get('/api/reports/projects?format=JSON&language=en-US', auth)).status).toBe(400);
		expect((await get('/api/reports/projects?format=JSON&filter=deleted', auth)).status).toBe(400);
		expect(
			(await get('/api/reports/tasks/filtered?format=JSON&globalProjectsFilter=x', auth)).status,
		).toBe(400);
		expect((await get('/api/reports/absences/all?format=JSON&view=x', auth)).status).toBe(400);
		expect((await get('/api/reports/times/everyone?format=JSON', auth)).status).toBe(404);
	});
});
