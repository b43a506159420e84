/**
 * Attachments (smenso.md §5.9 paths; listing, download and delete as smenso's own node calls them).
 * The references leave the answers open (§10.15); the sandbox models them as follows (README,
 * "What the sandbox assumes"):
 * - Lists are JSON arrays of `{ id, fileName, contentType, size, taskId, statusReportId }`; only
 *   `id` is documented. `taskId` / `statusReportId` say where the file hangs (null on the project).
 * - `projectOnly` (project list) is read as its name says: `true` lists only the files attached to
 *   the project itself, `false` (and no parameter) adds the files of its tasks and status reports.
 *   Any other value is a 400, like any unknown query parameter.
 * - A download answers the raw bytes with the file's Content-Type and an ASP.NET Core-style
 *   Content-Disposition: `attachment; filename=<ASCII name, others as _>; filename*=UTF-8''<name>`.
 * - Delete is a write (admin token), answered through `accept` like every smenso write.
 * Records are kept as `{ id, fileName, contentType, projectId, taskId, statusReportId, content }`
 * where `content` is a Buffer.
 */
import type { SandboxRequest, SandboxResponse } from '../server';
import { read, write, type RouteModule } from './routes';
import { unknownQuery } from './settings';
import { STATUS_REPORT_SEED } from './statusReports';
import {
	accept,
	guid,
	itemResult,
	notFound,
	SEED,
	validation,
	type Rec,
	type SmensoState,
} from './state';

/** A 1×1 transparent PNG. */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64',
);

/** PDF-like bytes with every byte value in the middle, so any re-encoding on the way shows. */
const PDF = Buffer.concat([
	Buffer.from(
		'%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\nstream\n',
		'latin1',
	),
	Buffer.from(Array.from({ length: 256 }, (_v, i) => i)),
	Buffer.from('\nendstream\n%%EOF\n', 'latin1'),
]);

export interface SeedFile {
	id: string;
	fileName: string;
	contentType: string;
	content: Buffer;
	projectId: string;
	taskId: string | null;
	statusReportId: string | null;
}

/** The seeded files of the main project: one on the project, one on task Design, one on its published status report. */
export const ATTACHMENT_SEED = {
	projectFile: {
		id: guid('attachment-0'),
		fileName: 'logo.png',
		contentType: 'image/png',
		content: PNG,
		projectId: SEED.mainProjectId,
		taskId: null,
		statusReportId: null,
	},
	taskFile: {
		id: guid('attachment-1'),
		fileName: 'Angebot 2026.pdf',
		contentType: 'application/pdf',
		content: PDF,
		projectId: SEED.mainProjectId,
		taskId: guid('task-0'),
		statusReportId: null,
	},
	reportFile: {
		id: guid('attachment-2'),
		fileName: 'Übersicht März.txt',
		contentType: 'text/plain; charset=utf-8',
		content: Buffer.from('Stand März: alles im Plan ✓\nNächster Schritt: Go-live\n', 'utf8'),
		projectId: SEED.mainProjectId,
		taskId: null,
		statusReportId: STATUS_REPORT_SEED.published,
	},
} satisfies Record<string, SeedFile>;

/** Puts a file into the state (seed, and tests that need a file of their own). */
export function addAttachment(state: SmensoState, file: SeedFile): void {
	state.attachments.set(file.id, { ...file, content: Buffer.from(file.content) });
}

/** A file as lists show it (no content). */
function listed(record: Rec): Rec {
	return {
		id: record.id,
		fileName: record.fileName,
		contentType: String(record.contentType).split(';')[0],
		size: (record.content as Buffer).length,
		taskId: record.taskId ?? null,
		statusReportId: record.statusReportId ?? null,
	};
}

/** Content-Disposition as ASP.NET Core writes it (SetHttpFileName): an ASCII fallback and the UTF-8 name. */
function disposition(fileName: string): string {
	const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	const fallback = /[\s;,]/.test(ascii) ? `"${ascii}"` : ascii;
	return `attachment; filename=${fallback}; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const BOOLEAN = /^(true|false)$/i;

export const attachmentRoutes: RouteModule = (state) => {
	for (const file of Object.values(ATTACHMENT_SEED)) addAttachment(state, file);

	const files = () => [...state.attachments.values()];

	/** The files of one task or status report; unknown query parameters first, as everywhere. */
	const filesOf = (
		req: SandboxRequest,
		exists: boolean,
		what: string,
		on: (file: Rec) => boolean,
	): SandboxResponse =>
		unknownQuery(req, []) ??
		(exists ? { status: 200, body: files().filter(on).map(listed) } : notFound(what));

	return [
		read('GET', '/integration/attachment/project/json/:projectId', (req, { projectId }) => {
			const bad = unknownQuery(req, ['projectOnly']);
			if (bad) return bad;
			const raw = req.query.projectOnly;
			if (raw !== undefined && (typeof raw !== 'string' || !BOOLEAN.test(raw))) {
				return validation({
					projectOnly: [`The value '${String(raw)}' is not valid for projectOnly.`],
				});
			}
			if (!state.projects.has(projectId)) return notFound('Project');
			const projectOnly = typeof raw === 'string' && raw.toLowerCase() === 'true';
			const own = (file: Rec) => file.projectId === projectId;
			const onProject = (file: Rec) => own(file) && !file.taskId && !file.statusReportId;
			return {
				status: 200,
				body: files()
					.filter(projectOnly ? onProject : own)
					.map(listed),
			};
		}),
		read('GET', '/integration/attachment/task/json/:taskId', (req, { taskId }) =>
			filesOf(req, state.tasks.has(taskId), 'Task', (file) => file.taskId === taskId),
		),
		read(
			'GET',
			'/integration/attachment/statusreport/json/:statusReportId',
			(req, { statusReportId }) =>
				filesOf(
					req,
					state.statusReports.has(statusReportId),
					'Status report',
					(file) => file.statusReportId === statusReportId,
				),
		),
		read('GET', '/integration/attachment/json/:attachmentId', (req, { attachmentId }) => {
			const bad = unknownQuery(req, []);
			if (bad) return bad;
			const file = state.attachments.get(attachmentId);
			if (!file) return notFound('Attachment');
			return {
				status: 200,
				body: Buffer.from(file.content as Buffer),
				headers: {
					'Content-Type': String(file.contentType),
					'Content-Disposition': disposition(String(file.fileName)),
				},
			};
		}),
		write('DELETE', '/integration/attachment/json/:attachmentId', (req, { attachmentId }) => {
			const bad = unknownQuery(req, []);
			if (bad) return bad;
			if (!state.attachments.delete(attachmentId)) return notFound('Attachment');
			return accept(state, [itemResult({}, attachmentId)]);
		}),
	];
};
