import { createHash } from 'node:crypto';
import type { INodeExecutionData } from 'n8n-workflow';
import { SMENSO_TOKENS } from '../sandbox';
import { addAttachment, ATTACHMENT_SEED, type SeedFile } from '../sandbox/smenso/attachments';
import { guid, SEED } from '../sandbox/smenso/state';
import { STATUS_REPORT_SEED } from '../sandbox/smenso/statusReports';
import { DATA_NOT_FILE_NOTE } from '../../nodes/Smenso/resources/attachment/download';
import {
	ADMIN_AUTH,
	byId,
	callsBesidesPolls,
	FAST_TICKETS,
	jsonOf,
	runSmenso,
	shape,
	SINGLE_WRITE_POLLS,
	smensoNode,
	statusPolls,
} from '../harness/smenso';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ reset: 'smenso' });

const P = SEED.mainProjectId;
const DESIGN = guid('task-0');
const REPORT = STATUS_REPORT_SEED.published;
const BASE = '/skyisland/api/integration/attachment';
const { projectFile, taskFile, reportFile } = ATTACHMENT_SEED;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The bytes of an output item's binary property, decoded as report.test.ts decodes CSV files. */
function bytesOf(item: INodeExecutionData, property = 'data'): Buffer {
	return Buffer.from(item.binary![property].data, 'base64');
}

/** A seeded file as the sandbox lists it. */
function listed(file: SeedFile) {
	return {
		id: file.id,
		fileName: file.fileName,
		contentType: file.contentType.split(';')[0],
		size: file.content.length,
		taskId: file.taskId,
		statusReportId: file.statusReportId,
	};
}

const download = (attachmentId: string, extra: Record<string, unknown> = {}) =>
	runSmenso(sandbox, { resource: 'attachment', operation: 'download', attachmentId, ...extra });

/** A file of its own for a test that changes the state (on another project, so the main project's lists stay as seeded). */
function ownFile(name: string): SeedFile {
	const file: SeedFile = {
		id: guid(`attachment-test-${name}`),
		fileName: `${name}.txt`,
		contentType: 'text/plain',
		content: Buffer.from(name),
		projectId: guid('project-3'),
		taskId: null,
		statusReportId: null,
	};
	addAttachment(sandbox.smenso, file);
	return file;
}

/** Direct call to the sandbox, for its own rules. */
async function call(method: string, path: string, token: string | null = SMENSO_TOKENS.admin) {
	const response = await fetch(`${sandbox.smensoBaseUrl}/api/integration/attachment${path}`, {
		method,
		headers: token ? { Authorization: `Basic ${token}` } : {},
	});
	return { status: response.status, body: await response.text() };
}

describe('smenso attachment: Get Many', () => {
	test('of a project: with the files of its tasks and status reports by default (projectOnly=false)', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'getAll',
			attachedTo: 'project',
			projectId: byId(P),
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([listed(projectFile), listed(taskFile), listed(reportFile)]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 0 },
			{ item: 0 },
		]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${BASE}/project/json/${P}`,
				query: { projectOnly: 'false' },
				body: undefined,
			},
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(sandbox.requests[0].headers.accept).toBe('application/json');
	});

	test('of a project without task and status report files sends projectOnly=true', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'getAll',
			projectId: byId(P),
			includeTaskFiles: false,
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([listed(projectFile)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{
				method: 'GET',
				path: `${BASE}/project/json/${P}`,
				query: { projectOnly: 'true' },
				body: undefined,
			},
		]);
	});

	test('of a task: its path, no query', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'getAll',
			attachedTo: 'task',
			projectId: byId(P),
			taskId: byId(DESIGN),
			includeTaskFiles: false,
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([listed(taskFile)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${BASE}/task/json/${DESIGN}`, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
	});

	test('of a status report: its path, no query', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'getAll',
			attachedTo: 'statusReport',
			statusReportId: ` ${REPORT} `,
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([listed(reportFile)]);
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${BASE}/statusreport/json/${REPORT}`, query: {}, body: undefined },
		]);
	});

	test('Limit cuts the list client-side after one request', async () => {
		const two = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'getAll',
			projectId: byId(P),
			limit: 2,
		});
		expect(jsonOf(two)).toEqual([listed(projectFile), listed(taskFile)]);
		expect(sandbox.requests).toHaveLength(1);
		expect(sandbox.requests[0].query).toEqual({ projectOnly: 'false' });
		const one = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'getAll',
			projectId: byId(P),
			limit: 1,
		});
		expect(jsonOf(one)).toEqual([listed(projectFile)]);
		expect(sandbox.requests).toHaveLength(2);
	});

	test('a task without files is an empty list, not an error', async () => {
		const result = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'getAll',
			attachedTo: 'task',
			taskId: byId(guid('task-2')),
			returnAll: true,
		});
		expect(jsonOf(result)).toEqual([]);
		expect(sandbox.requests).toHaveLength(1);
	});

	test('malformed or empty parent IDs fail before any request', async () => {
		const project = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'getAll',
			projectId: byId('Website Relaunch'),
			returnAll: true,
		});
		expect(project.error?.message).toBe('\'Project\' is not a valid ID: "Website Relaunch"');
		expect(project.error?.description).toContain('GUID');
		const task = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'getAll',
			attachedTo: 'task',
			taskId: byId('../project/json'),
			returnAll: true,
		});
		expect(task.error?.message).toBe('\'Task\' is not a valid ID: "../project/json"');
		const report = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'getAll',
			attachedTo: 'statusReport',
			statusReportId: '  ',
			returnAll: true,
		});
		expect(report.error?.message).toBe("'Status Report ID' is empty");
		expect(report.error?.description).toContain('GUID');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('a project smenso does not know is a 404 with its message', async () => {
		const ghost = '00000000-0000-4000-8000-00000000abcd';
		const result = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'getAll',
			projectId: byId(ghost),
			returnAll: true,
		});
		expect(result.error?.message).toBe('smenso found no such record (404): Project not found');
		expect(sandbox.requests).toHaveLength(1);
	});

	test('a member token may list', async () => {
		const result = await runSmenso(
			sandbox,
			{
				resource: 'attachment',
				operation: 'getAll',
				attachedTo: 'task',
				taskId: byId(DESIGN),
				returnAll: true,
			},
			{ token: SMENSO_TOKENS.member },
		);
		expect(jsonOf(result)).toEqual([listed(taskFile)]);
		expect(sandbox.requests[0].headers.authorization).toBe(`Basic ${SMENSO_TOKENS.member}`);
	});
});

describe('smenso attachment: Download', () => {
	test('a PNG: one item, the exact bytes, name and type from the headers', async () => {
		const result = await download(projectFile.id);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		const [item] = result.items;
		expect(item.json).toEqual({
			id: projectFile.id,
			fileName: 'logo.png',
			mimeType: 'image/png',
			fileSize: projectFile.content.length,
		});
		expect(sha256(bytesOf(item))).toBe(sha256(projectFile.content));
		expect(item.binary!.data).toMatchObject({
			fileName: 'logo.png',
			mimeType: 'image/png',
			fileExtension: 'png',
			fileType: 'image',
		});
		expect(Object.keys(item.binary!)).toEqual(['data']);
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'GET', path: `${BASE}/json/${projectFile.id}`, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(sandbox.requests[0].headers.accept).toBe('*/*');
	});

	test('a PDF with every byte value arrives unchanged', async () => {
		const [item] = (await download(taskFile.id)).items;
		expect(item.json).toEqual({
			id: taskFile.id,
			fileName: 'Angebot 2026.pdf',
			mimeType: 'application/pdf',
			fileSize: taskFile.content.length,
		});
		expect(sha256(bytesOf(item))).toBe(sha256(taskFile.content));
	});

	test("a UTF-8 text with a non-ASCII name, into a binary field of the user's choice", async () => {
		const result = await download(reportFile.id, { binaryPropertyName: ' report ' });
		const [item] = result.items;
		expect(item.json).toEqual({
			id: reportFile.id,
			fileName: 'Übersicht März.txt',
			mimeType: 'text/plain',
			fileSize: reportFile.content.length,
		});
		expect(Object.keys(item.binary!)).toEqual(['report']);
		expect(sha256(bytesOf(item, 'report'))).toBe(sha256(reportFile.content));
		expect(bytesOf(item, 'report').toString('utf8')).toBe(
			'Stand März: alles im Plan ✓\nNächster Schritt: Go-live\n',
		);
		// What the sandbox sent: an ASCII fallback and the RFC 5987 name, as ASP.NET Core writes them.
		const sent = await fetch(
			`${sandbox.smensoBaseUrl}/api/integration/attachment/json/${reportFile.id}`,
			{ headers: { Authorization: ADMIN_AUTH } },
		);
		expect(sent.headers.get('content-disposition')).toBe(
			'attachment; filename="_bersicht M_rz.txt"; filename*=UTF-8\'\'%C3%9Cbersicht%20M%C3%A4rz.txt',
		);
	});

	const utf8AsLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
	test.each([
		[
			'RFC 5987 alone',
			"attachment; filename*=UTF-8''Pr%C3%BCfbericht%20%E2%84%962.txt",
			'Prüfbericht №2.txt',
		],
		[
			'RFC 5987 in ISO-8859-1 with a language',
			"attachment; filename*=iso-8859-1'de'Gr%F6%DFe.txt",
			'Größe.txt',
		],
		[
			'RFC 5987 wins over filename',
			'attachment; filename="fallback.txt"; filename*=utf-8\'\'Gr%C3%BC%C3%9Fe.txt',
			'Grüße.txt',
		],
		[
			'an RFC 2047 encoded word (.NET Framework)',
			`attachment; filename="=?utf-8?B?${Buffer.from('Übersicht März.txt').toString('base64')}?="`,
			'Übersicht März.txt',
		],
		[
			'a Q-encoded word',
			'attachment; filename="=?iso-8859-1?Q?Gr=F6=DFe_100%.txt?="',
			'Größe 100%.txt',
		],
		[
			'raw UTF-8 bytes in the header',
			`attachment; filename="${utf8AsLatin1('Übersicht März.txt')}"`,
			'Übersicht März.txt',
		],
		['a bare token', 'attachment; filename=plan.txt; size=5', 'plan.txt'],
		[
			'a quoted name with ; and an escaped quote',
			'attachment; filename="a;b \\"c\\".txt"',
			'a;b "c".txt',
		],
		[
			'folders in the name are dropped',
			'attachment; filename="../../etc\\\\passwd.txt"',
			'passwd.txt',
		],
		['inline with a name', 'inline; filename="plan.txt"', 'plan.txt'],
	])('file name from Content-Disposition: %s', async (_name, header, expected) => {
		sandbox.inject({
			method: 'GET',
			path: `/attachment/json/${projectFile.id}`,
			response: {
				status: 200,
				body: Buffer.from('plan'),
				headers: { 'Content-Type': 'text/plain', 'Content-Disposition': header },
			},
		});
		const [item] = (await download(projectFile.id)).items;
		expect(item.json).toEqual({
			id: projectFile.id,
			fileName: expected,
			mimeType: 'text/plain',
			fileSize: 4,
		});
		expect(item.binary!.data.fileName).toBe(expected);
	});

	test('without Content-Disposition the file is named by its ID; the type still comes from Content-Type', async () => {
		sandbox.inject({
			method: 'GET',
			path: `/attachment/json/${projectFile.id}`,
			response: {
				status: 200,
				body: projectFile.content,
				headers: { 'Content-Type': 'image/png' },
			},
		});
		const [item] = (await download(projectFile.id)).items;
		expect(item.json).toEqual({
			id: projectFile.id,
			fileName: projectFile.id,
			mimeType: 'image/png',
			fileSize: projectFile.content.length,
		});
		expect(item.binary!.data.fileExtension).toBe('png');
		expect(sha256(bytesOf(item))).toBe(sha256(projectFile.content));
	});

	test('a JSON answer without a file name is data, not a file: shown as it came, with a note', async () => {
		const link = {
			id: projectFile.id,
			name: 'Roadmap.docx',
			url: 'https://contoso.sharepoint.com/sites/web/Roadmap.docx',
			type: 'Link',
		};
		sandbox.inject({
			method: 'GET',
			path: `/attachment/json/${projectFile.id}`,
			response: { status: 200, body: link },
		});
		const result = await download(projectFile.id);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toEqual({ ...link, note: DATA_NOT_FILE_NOTE });
		expect(result.items[0].binary).toBeUndefined();
		expect(sandbox.requests).toHaveLength(1);
	});

	test('a JSON answer that is not an object keeps its value under "value"', async () => {
		sandbox.inject({
			method: 'GET',
			path: `/attachment/json/${projectFile.id}`,
			response: {
				status: 200,
				body: ['a', 'b'],
				headers: { 'Content-Type': 'application/problem+json' },
			},
		});
		const result = await download(projectFile.id);
		expect(jsonOf(result)).toEqual([{ value: ['a', 'b'], note: DATA_NOT_FILE_NOTE }]);
		expect(result.items[0].binary).toBeUndefined();
	});

	test('a JSON file with a file name stays a file: its bytes are not parsed', async () => {
		const content = Buffer.from('{ "theme": "dark",\n  "größe": 3 }\n', 'utf8');
		sandbox.inject({
			method: 'GET',
			path: `/attachment/json/${projectFile.id}`,
			response: {
				status: 200,
				body: content,
				headers: {
					'Content-Type': 'application/json; charset=utf-8',
					'Content-Disposition': 'attachment; filename=settings.json',
				},
			},
		});
		const [item] = (await download(projectFile.id)).items;
		expect(item.json).toEqual({
			id: projectFile.id,
			fileName: 'settings.json',
			mimeType: 'application/json',
			fileSize: content.length,
		});
		expect(sha256(bytesOf(item))).toBe(sha256(content));
	});

	test("an unknown attachment is a 404 with smenso's message", async () => {
		const ghost = '00000000-0000-4000-8000-00000000abcd';
		const result = await download(ghost);
		expect(result.error?.message).toBe('smenso found no such record (404): Attachment not found');
		expect(result.error?.description).toContain('Check the ID');
		expect(sandbox.requests).toHaveLength(1);
	});

	test('a wrong address (plain-text 404 from the web server) is named as such, though the answer was read as bytes', async () => {
		sandbox.inject({
			method: 'GET',
			path: `/attachment/json/${projectFile.id}`,
			response: { status: 404, body: 'Not Found', raw: true },
		});
		const result = await download(projectFile.id);
		expect(result.error?.message).toBe('smenso has no API at this address (404)');
	});

	test('malformed IDs and an empty binary field fail before any request', async () => {
		const bad = await download('logo.png');
		expect(bad.error?.message).toBe('\'Attachment ID\' is not a valid ID: "logo.png"');
		expect(bad.error?.description).toContain('GUID');
		const empty = await download('');
		expect(empty.error?.message).toBe("'Attachment ID' is empty");
		const field = await download(projectFile.id, { binaryPropertyName: '  ' });
		expect(field.error?.message).toBe("'Put Output File in Field' is empty");
		expect(field.error?.description).toContain("'data'");
		expect(sandbox.requests).toHaveLength(0);
	});

	test('a member token may download', async () => {
		const result = await runSmenso(
			sandbox,
			{ resource: 'attachment', operation: 'download', attachmentId: taskFile.id },
			{ token: SMENSO_TOKENS.member },
		);
		expect(result.error).toBeUndefined();
		expect(sha256(bytesOf(result.items[0]))).toBe(sha256(taskFile.content));
	});
});

describe('smenso attachment: Delete', () => {
	test('deletes the file and answers { deleted: true }; a later download is a 404', async () => {
		const file = ownFile('delete-me');
		const result = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'delete',
			attachmentId: file.id,
			options: FAST_TICKETS,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(callsBesidesPolls(sandbox).map(shape)).toEqual([
			{ method: 'DELETE', path: `${BASE}/json/${file.id}`, query: {}, body: undefined },
		]);
		expect(sandbox.requests[0].headers.authorization).toBe(ADMIN_AUTH);
		expect(statusPolls(sandbox)).toHaveLength(SINGLE_WRITE_POLLS);
		expect(sandbox.smenso.attachments.has(file.id)).toBe(false);

		const later = await download(file.id);
		expect(later.error?.message).toBe('smenso found no such record (404): Attachment not found');
	});

	test('a member token gets 403 with a clear error, and the file stays', async () => {
		const file = ownFile('member-delete');
		const result = await runSmenso(
			sandbox,
			{ resource: 'attachment', operation: 'delete', attachmentId: file.id, options: FAST_TICKETS },
			{ token: SMENSO_TOKENS.member },
		);
		expect(result.error?.message).toBe(
			"The token's user may not do this (403): Write operations require a token of a workspace administrator.",
		);
		expect(result.error?.description).toContain('workspace administrator');
		expect(sandbox.requests.map(shape)).toEqual([
			{ method: 'DELETE', path: `${BASE}/json/${file.id}`, query: {}, body: undefined },
		]);
		expect(sandbox.smenso.attachments.has(file.id)).toBe(true);
	});

	test('an unknown attachment is a 404; a malformed ID fails before any request', async () => {
		const ghost = '00000000-0000-4000-8000-00000000abcd';
		const missing = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'delete',
			attachmentId: ghost,
			options: FAST_TICKETS,
		});
		expect(missing.error?.message).toBe('smenso found no such record (404): Attachment not found');
		sandbox.clearRequests();
		const bad = await runSmenso(sandbox, {
			resource: 'attachment',
			operation: 'delete',
			attachmentId: 'attachment-1',
		});
		expect(bad.error?.message).toBe('\'Attachment ID\' is not a valid ID: "attachment-1"');
		expect(sandbox.requests).toHaveLength(0);
	});

	test('offers only the options about waiting for smenso (a delete has no body)', () => {
		const options = smensoNode.description.properties.find(
			(p) =>
				p.name === 'options' &&
				p.displayOptions?.show?.resource?.[0] === 'attachment' &&
				p.displayOptions?.show?.operation?.[0] === 'delete',
		);
		expect(options?.options?.map((o) => ('name' in o ? o.name : ''))).toEqual([
			'maxWaitSeconds',
			'pollIntervalSeconds',
			'waitForCompletion',
		]);
	});
});

describe('smenso attachment: the node and the sandbox', () => {
	test('offers Delete, Download and Get Many; no upload (its encoding is undocumented)', () => {
		const operation = smensoNode.description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === 'attachment',
		);
		expect(operation?.options?.map((o) => ('value' in o ? o.value : ''))).toEqual([
			'delete',
			'download',
			'getAll',
		]);
		expect(operation?.default).toBe('getAll');
	});

	test('the sandbox is strict: projectOnly must be true or false, unknown query parameters and IDs are refused', async () => {
		expect((await call('GET', `/project/json/${P}?projectOnly=yes`)).status).toBe(400);
		expect((await call('GET', `/project/json/${P}?projectOnly=true&lang=de-DE`)).status).toBe(400);
		expect((await call('GET', `/task/json/${DESIGN}?projectOnly=true`)).status).toBe(400);
		expect((await call('GET', `/statusreport/json/${REPORT}?lang=de-DE`)).status).toBe(400);
		expect((await call('GET', `/json/${projectFile.id}?format=base64`)).status).toBe(400);
		expect(await call('GET', '/json/not-a-guid')).toEqual({
			status: 404,
			body: JSON.stringify({ message: 'Attachment not found' }),
		});
		expect((await call('GET', `/task/json/${P}`)).status).toBe(404);
		expect((await call('GET', `/statusreport/json/${DESIGN}`)).status).toBe(404);
		expect((await call('GET', `/project/json/${P}`, null)).status).toBe(401);
		expect((await call('GET', `/json/${projectFile.id}`, 'bm90OmEtdG9rZW4=')).status).toBe(401);
		expect((await call('DELETE', `/json/${projectFile.id}`, SMENSO_TOKENS.member)).status).toBe(
			403,
		);
		expect(sandbox.smenso.attachments.has(projectFile.id)).toBe(true);
		// No projectOnly: the project's files and those of its tasks and status reports.
		const all = await call('GET', `/project/json/${P}`);
		expect(JSON.parse(all.body)).toEqual([
			listed(projectFile),
			listed(taskFile),
			listed(reportFile),
		]);
		expect(JSON.parse((await call('GET', `/project/json/${P}?projectOnly=True`)).body)).toEqual([
			listed(projectFile),
		]);
	});
});
