/**
 * Reporting API exports (read-only, any valid token). What the spec states is enforced: the
 * parameter names, `format` CSV (default) or JSON, `filter` / `globalProjectsFilter` values,
 * `mode` all|my. What it leaves open is modelled as follows:
 * - JSON is an array of row objects keyed by the column headers (values are text, as in CSV);
 *   CSV is UTF-8 with a BOM, a header row, every field quoted, CRLF line ends.
 * - Column names follow `lang` (en-* English, de-* German). Without `lang` the token user's
 *   language applies, and the seeded users work in German: that is why clients pin `lang`.
 * - `view` must name a seeded view of that export (else 404) and picks its columns; `headers`
 *   (comma-separated column names) narrows the columns further, unknown names are ignored.
 * - `timezone` (query) or the `Timezone` header (IANA) converts the "Created On" date-time;
 *   without either the workspace zone Europe/Berlin applies.
 * - `filter` of the time and absence exports has no documented syntax: accepted, not applied.
 */
import { DateTime, IANAZone } from 'luxon';
import type { SandboxRequest, SandboxResponse } from '../server';
import { read, type RouteModule } from './routes';
import { findMember, unknownQuery } from './settings';
import { authRole, guid, notFound, outDate, validation, type Rec, type SmensoState } from './state';

/** Saved list views, one per export that takes a view. */
export const REPORT_VIEWS = {
	projects: guid('report-view-projects'),
	tasks: guid('report-view-tasks'),
	times: guid('report-view-times'),
};

/** The instant every exported record was created: fixed, so tests see the time zone applied. */
export const REPORT_CREATED_AT = '2025-12-01T23:30:00Z';
export const WORKSPACE_ZONE = 'Europe/Berlin';

type Lang = 'en' | 'de';

interface Context {
	state: SmensoState;
	lang: Lang;
	zone: string;
}

interface Column {
	en: string;
	de: string;
	value: (record: Rec, ctx: Context) => unknown;
}

const yesNo = (value: unknown, ctx: Context) => (value ? (ctx.lang === 'de' ? 'Ja' : 'Yes') : ctx.lang === 'de' ? 'Nein' : 'No');

/** Exports show dates as dd.MM.yyyy whatever form the record holds. */
function exportDate(value: unknown): string {
	if (typeof value !== 'string') return '';
	return /^\d{4}-\d{2}-\d{2}/.test(value) ? outDate(value.slice(0, 10)) : value;
}

const createdOn: Column = {
	en: 'Created On',
	de: 'Erstellt am',
	value: (_r, ctx) => DateTime.fromISO(REPORT_CREATED_AT, { zone: 'utc' }).setZone(ctx.zone).toFormat('dd.MM.yyyy HH:mm:ss'),
};

const memberName = (ref: unknown, ctx: Context) => String(findMember(ctx.state, ref)?.displayName ?? ref ?? '');
const memberMail = (ref: unknown, ctx: Context) => String(findMember(ctx.state, ref)?.email ?? '');
const projectTitle = (id: unknown, ctx: Context) => String(ctx.state.projects.get(String(id))?.title ?? '');

const PROJECT_COLUMNS: Column[] = [
	{ en: 'Id', de: 'Id', value: (p) => p.id },
	{ en: 'Title', de: 'Titel', value: (p) => p.title },
	{ en: 'Status', de: 'Status', value: (p, ctx) => (p.archived ? (ctx.lang === 'de' ? 'Archiviert' : 'Archived') : ctx.lang === 'de' ? 'Aktiv' : 'Active') },
	{ en: 'Start date', de: 'Startdatum', value: (p) => exportDate(p.startDate) },
	{ en: 'End date', de: 'Enddatum', value: (p) => exportDate(p.endDate) },
	{ en: 'Budget', de: 'Budget', value: (p) => p.budget ?? '' },
	{ en: 'Archived', de: 'Archiviert', value: (p, ctx) => yesNo(p.archived, ctx) },
	{ en: 'Template', de: 'Vorlage', value: (p, ctx) => yesNo(p.template, ctx) },
	{ en: 'Project Manager', de: 'Projektleiter', value: (p, ctx) => (p.projectManager ? memberName(p.projectManager, ctx) : '') },
	{ en: 'Project Manager E-Mail', de: 'Projektleiter E-Mail', value: (p, ctx) => memberMail(p.projectManager, ctx) },
	createdOn,
];

const TASK_COLUMNS: Column[] = [
	{ en: 'Id', de: 'Id', value: (t) => t.id },
	{ en: 'Project', de: 'Projekt', value: (t, ctx) => projectTitle(t.projectId, ctx) },
	{ en: 'Title', de: 'Titel', value: (t) => t.title },
	{ en: 'Parent Task', de: 'Übergeordnete Aufgabe', value: (t, ctx) => String(ctx.state.tasks.get(String(t.parentId))?.title ?? '') },
	{ en: 'Start date', de: 'Startdatum', value: (t) => exportDate(t.startDate) },
	{ en: 'Due date', de: 'Fälligkeitsdatum', value: (t) => exportDate(t.dueDate ?? t.endDate) },
	createdOn,
];

const TIME_COLUMNS: Column[] = [
	{ en: 'Id', de: 'Id', value: (r) => r.id },
	{ en: 'Date', de: 'Datum', value: (r) => exportDate(r.date ?? r.startDate) },
	{ en: 'Member', de: 'Mitglied', value: (r, ctx) => memberName(r.userId, ctx) },
	{ en: 'Member E-Mail', de: 'Mitglied E-Mail', value: (r, ctx) => memberMail(r.userId, ctx) },
	{ en: 'Project', de: 'Projekt', value: (r, ctx) => projectTitle(r.projectId, ctx) },
	{ en: 'Task', de: 'Aufgabe', value: (r, ctx) => String(ctx.state.tasks.get(String(r.taskId))?.title ?? '') },
	{ en: 'Duration (minutes)', de: 'Dauer (Minuten)', value: (r) => r.duration ?? '' },
	{ en: 'Description', de: 'Beschreibung', value: (r) => r.description ?? r.comment ?? '' },
];

const ABSENCE_COLUMNS: Column[] = [
	{ en: 'Id', de: 'Id', value: (a) => a.id },
	{ en: 'Member', de: 'Mitglied', value: (a, ctx) => memberName(a.userId, ctx) },
	{ en: 'Member E-Mail', de: 'Mitglied E-Mail', value: (a, ctx) => memberMail(a.userId, ctx) },
	{
		en: 'Absence Type',
		de: 'Abwesenheitsart',
		value: (a, ctx) => String(ctx.state.absenceTypes.get(String(a.absenceTypeId))?.title ?? a.absenceTypeId ?? ''),
	},
	{ en: 'Start date', de: 'Startdatum', value: (a) => exportDate(a.startDate) },
	{ en: 'End date', de: 'Enddatum', value: (a) => exportDate(a.endDate) },
	{ en: 'Status', de: 'Status', value: (a) => a.status ?? '' },
	{ en: 'Comment', de: 'Kommentar', value: (a) => a.comment ?? '' },
];

/** Columns of each seeded view (English names). */
const VIEW_COLUMNS: Record<string, string[]> = {
	[REPORT_VIEWS.projects]: ['Id', 'Title', 'Status', 'End date'],
	[REPORT_VIEWS.tasks]: ['Id', 'Title', 'Due date'],
	[REPORT_VIEWS.times]: ['Date', 'Member', 'Duration (minutes)'],
};

const PROJECT_FILTERS = ['all', 'active', 'archived', 'templates'];

function projectsFor(state: SmensoState, filter: string): Rec[] {
	if (filter === 'templates') {
		return [...state.projectTemplates].map((id, i) => ({ id, title: `Project template ${i + 1}`, template: true, archived: false }));
	}
	return [...state.projects.values()].filter((p) => filter === 'all' || (filter === 'archived') === Boolean(p.archived));
}

function queryText(req: SandboxRequest, key: string): string | undefined {
	const value = req.query[key];
	return Array.isArray(value) ? value[value.length - 1] : value;
}

/** The user behind the token: the admin token is the seeded admin, the member token the first member. */
function tokenUser(req: SandboxRequest, state: SmensoState): Rec | undefined {
	const role = authRole(req);
	return state.members.find((m) => m.role === role);
}

interface ExportSpec {
	kind: keyof typeof REPORT_VIEWS | 'absences';
	columns: Column[];
	/** Query parameters this export takes. */
	query: string[];
	/** Records, or an error response. */
	records: (req: SandboxRequest, params: Record<string, string>) => Rec[] | SandboxResponse;
}

function csvField(value: unknown): string {
	return `"${String(value ?? '').replace(/"/g, '""')}"`;
}

function runExport(state: SmensoState, spec: ExportSpec) {
	return (req: SandboxRequest, params: Record<string, string>): SandboxResponse => {
		const bad = unknownQuery(req, spec.query);
		if (bad) return bad;

		const format = (queryText(req, 'format') ?? 'CSV').toUpperCase();
		if (format !== 'CSV' && format !== 'JSON') {
			return validation({ format: [`'${queryText(req, 'format')}' is not a valid format. Use CSV or JSON.`] });
		}

		const headerZone = req.headers.timezone;
		const zone = queryText(req, 'timezone') ?? (typeof headerZone === 'string' ? headerZone : undefined) ?? WORKSPACE_ZONE;
		if (!IANAZone.isValidZone(zone)) return validation({ timezone: [`'${zone}' is not a known time zone.`] });

		const langParam = queryText(req, 'lang');
		const lang: Lang = langParam === undefined || /^de\b/i.test(langParam) ? 'de' : 'en';

		let columns = spec.columns;
		const view = queryText(req, 'view');
		if (view !== undefined) {
			const names = view.toLowerCase() === REPORT_VIEWS[spec.kind as keyof typeof REPORT_VIEWS] ? VIEW_COLUMNS[view.toLowerCase()] : undefined;
			if (!names) return notFound('View');
			columns = names.map((name) => columns.find((c) => c.en === name)!);
		}
		const headers = queryText(req, 'headers');
		if (headers !== undefined) {
			const wanted = headers.split(',').map((h) => h.trim().toLowerCase());
			const picked = wanted
				.map((name) => columns.find((c) => c.en.toLowerCase() === name || c.de.toLowerCase() === name))
				.filter((c): c is Column => Boolean(c));
			if (!picked.length) return validation({ headers: ['None of the headers names a column of this export.'] });
			columns = picked;
		}

		const records = spec.records(req, params);
		if (!Array.isArray(records)) return records;
		const ctx: Context = { state, lang, zone };
		const names = columns.map((c) => c[lang]);
		const rows = records.map((record) => columns.map((c) => String(c.value(record, ctx) ?? '')));

		if (format === 'JSON') {
			return { status: 200, body: rows.map((row) => Object.fromEntries(row.map((value, i) => [names[i], value]))) };
		}
		const lines = [names, ...rows].map((row) => row.map(csvField).join(','));
		return {
			status: 200,
			body: `\uFEFF${lines.join('\r\n')}\r\n`,
			raw: true,
			headers: { 'Content-Type': 'text/csv; charset=utf-8' },
		};
	};
}

function modeRecords(state: SmensoState, list: () => Rec[]) {
	return (req: SandboxRequest, { mode }: Record<string, string>): Rec[] | SandboxResponse => {
		if (mode !== 'all' && mode !== 'my') return notFound('Report');
		const records = list();
		if (mode === 'all') return records;
		const me = tokenUser(req, state);
		return records.filter((r) => me && findMember(state, r.userId)?.id === me.id);
	};
}

export const reportRoutes: RouteModule = (state) => [
	read(
		'GET',
		'/reports/projects',
		runExport(state, {
			kind: 'projects',
			columns: PROJECT_COLUMNS,
			query: ['view', 'filter', 'lang', 'headers', 'format', 'timezone'],
			records: (req) => {
				const filter = queryText(req, 'filter') ?? 'all';
				if (!PROJECT_FILTERS.includes(filter)) return validation({ filter: [`'${filter}' is not one of ${PROJECT_FILTERS.join(', ')}.`] });
				return projectsFor(state, filter);
			},
		}),
	),

	// Before the :projectId route, which would otherwise match "filtered".
	read(
		'GET',
		'/reports/tasks/filtered',
		runExport(state, {
			kind: 'tasks',
			columns: TASK_COLUMNS,
			query: ['globalProjectsFilter', 'lang', 'headers', 'format', 'timezone'],
			records: (req) => {
				const filter = queryText(req, 'globalProjectsFilter') ?? 'all';
				if (!PROJECT_FILTERS.includes(filter)) {
					return validation({ globalProjectsFilter: [`'${filter}' is not one of ${PROJECT_FILTERS.join(', ')}.`] });
				}
				const ids = new Set(projectsFor(state, filter).map((p) => p.id));
				return [...state.tasks.values()].filter((t) => ids.has(t.projectId));
			},
		}),
	),

	read(
		'GET',
		'/reports/tasks/:projectId',
		runExport(state, {
			kind: 'tasks',
			columns: TASK_COLUMNS,
			query: ['view', 'lang', 'headers', 'format', 'timezone'],
			records: (_req, { projectId }) => {
				if (!state.projects.has(projectId)) return notFound('Project');
				return [...state.tasks.values()].filter((t) => t.projectId === projectId);
			},
		}),
	),

	read(
		'GET',
		'/reports/times/:mode',
		runExport(state, {
			kind: 'times',
			columns: TIME_COLUMNS,
			query: ['view', 'filter', 'lang', 'headers', 'format', 'timezone'],
			records: modeRecords(state, () => [...state.timeRecords.values()]),
		}),
	),

	read(
		'GET',
		'/reports/absences/:mode',
		runExport(state, {
			kind: 'absences',
			columns: ABSENCE_COLUMNS,
			query: ['filter', 'lang', 'headers', 'format', 'timezone'],
			records: modeRecords(state, () => [...state.absences.values()]),
		}),
	),
];
