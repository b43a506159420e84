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
 * - Every export ends with "Created On" and "Updated On" (dd.MM.yyyy HH:mm:ss), the record's own
 *   stamps: seeded records carry REPORT_CREATED_AT for both; a record put into the state later is
 *   created at that moment, and every write that changes it moves "Updated On" (see trackStamps).
 *   Writes are stamped with the real clock, or with the instant a test fixes (setReportClock).
 * - `timezone` (query) or the `Timezone` header (IANA) converts those date-times; without either
 *   the workspace zone Europe/Berlin applies.
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

/** The instant every seeded record was created: fixed, so tests see the time zone applied. */
export const REPORT_CREATED_AT = '2025-12-01T23:30:00Z';
export const WORKSPACE_ZONE = 'Europe/Berlin';

// ---------------------------------------------------------------------------------------------
// Record stamps. smenso keeps when a record was created and last changed (the exports' "Created
// On" / "Updated On"); the sandbox's records do not carry them, so this module keeps them beside
// the records: a non-enumerable symbol on each record (invisible to the Integration API's JSON
// and to test comparisons). The records of the watched maps are wrapped in proxies that move
// "Updated On" whenever a field changes (in-place updates); replacing a record under its key
// keeps "Created On" and moves "Updated On" if the content differs (copy-and-set updates).

interface Stamps {
	created: string;
	updated: string;
}

const STAMPS = Symbol('smensoRecordStamps');
const clocks = new WeakMap<SmensoState, string>();
const proxies = new WeakMap<Rec, Rec>();
const targets = new WeakMap<Rec, Rec>();

/**
 * Fixes the instant the sandbox stamps writes with (ISO), so tests can put several changes into
 * one second or right after a poll. Without an instant the real clock applies again.
 */
export function setReportClock(state: SmensoState, instant?: string): void {
	if (instant === undefined) clocks.delete(state);
	else clocks.set(state, new Date(instant).toISOString());
}

function clockOf(state: SmensoState): string {
	// The exports show whole seconds; so does the clock.
	return clocks.get(state) ?? new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
}

export function stampsOf(record: Rec): Stamps {
	return (
		((record as Record<symbol, unknown>)[STAMPS] as Stamps | undefined) ?? {
			created: REPORT_CREATED_AT,
			updated: REPORT_CREATED_AT,
		}
	);
}

function setStamps(record: Rec, stamps: Stamps): void {
	Object.defineProperty(record, STAMPS, {
		value: stamps,
		enumerable: false,
		configurable: true,
		writable: true,
	});
}

const sameContent = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function watched(state: SmensoState, record: Rec): Rec {
	const known = proxies.get(record);
	if (known) return known;
	const touch = (target: Rec) =>
		setStamps(target, { ...stampsOf(target), updated: clockOf(state) });
	const proxy = new Proxy(record, {
		set(target, key, value) {
			const changed = typeof key === 'string' && !sameContent(target[key], value);
			Reflect.set(target, key, value);
			if (changed) touch(target);
			return true;
		},
		deleteProperty(target, key) {
			const had = Object.prototype.hasOwnProperty.call(target, key);
			Reflect.deleteProperty(target, key);
			if (had && typeof key === 'string') touch(target);
			return true;
		},
	});
	proxies.set(record, proxy);
	targets.set(proxy, record);
	return proxy;
}

/** Stamps the records of `map` (seeded ones with REPORT_CREATED_AT) and every record put into it later. */
function trackStamps(state: SmensoState, map: Map<string, Rec>): void {
	const put = Map.prototype.set;
	for (const [key, record] of map) {
		if (!(STAMPS in record))
			setStamps(record, { created: REPORT_CREATED_AT, updated: REPORT_CREATED_AT });
		put.call(map, key, watched(state, record));
	}
	Object.defineProperty(map, 'set', {
		configurable: true,
		writable: true,
		value(key: string, value: Rec) {
			const record = targets.get(value) ?? value;
			const previous = map.get(key);
			if (!(STAMPS in record)) {
				const at = clockOf(state);
				const before = previous ? stampsOf(previous) : undefined;
				const changed = !previous || !sameContent(previous, record);
				setStamps(
					record,
					before
						? { created: before.created, updated: changed ? at : before.updated }
						: { created: at, updated: at },
				);
			}
			return put.call(map, key, watched(state, record));
		},
	});
}

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

const yesNo = (value: unknown, ctx: Context) =>
	value ? (ctx.lang === 'de' ? 'Ja' : 'Yes') : ctx.lang === 'de' ? 'Nein' : 'No';

/** Exports show dates as dd.MM.yyyy whatever form the record holds. */
function exportDate(value: unknown): string {
	if (typeof value !== 'string') return '';
	return /^\d{4}-\d{2}-\d{2}/.test(value) ? outDate(value.slice(0, 10)) : value;
}

const exportDateTime = (iso: string, ctx: Context) =>
	DateTime.fromISO(iso, { zone: 'utc' }).setZone(ctx.zone).toFormat('dd.MM.yyyy HH:mm:ss');

const createdOn: Column = {
	en: 'Created On',
	de: 'Erstellt am',
	value: (r, ctx) => exportDateTime(stampsOf(r).created, ctx),
};
const updatedOn: Column = {
	en: 'Updated On',
	de: 'Geändert am',
	value: (r, ctx) => exportDateTime(stampsOf(r).updated, ctx),
};

const memberName = (ref: unknown, ctx: Context) =>
	String(findMember(ctx.state, ref)?.displayName ?? ref ?? '');
const memberMail = (ref: unknown, ctx: Context) => String(findMember(ctx.state, ref)?.email ?? '');
const projectTitle = (id: unknown, ctx: Context) =>
	String(ctx.state.projects.get(String(id))?.title ?? '');

const PROJECT_COLUMNS: Column[] = [
	{ en: 'Id', de: 'Id', value: (p) => p.id },
	{ en: 'Title', de: 'Titel', value: (p) => p.title },
	{
		en: 'Status',
		de: 'Status',
		value: (p, ctx) =>
			p.archived
				? ctx.lang === 'de'
					? 'Archiviert'
					: 'Archived'
				: ctx.lang === 'de'
					? 'Aktiv'
					: 'Active',
	},
	{ en: 'Start date', de: 'Startdatum', value: (p) => exportDate(p.startDate) },
	{ en: 'End date', de: 'Enddatum', value: (p) => exportDate(p.endDate) },
	{ en: 'Budget', de: 'Budget', value: (p) => p.budget ?? '' },
	{ en: 'Archived', de: 'Archiviert', value: (p, ctx) => yesNo(p.archived, ctx) },
	{ en: 'Template', de: 'Vorlage', value: (p, ctx) => yesNo(p.template, ctx) },
	{
		en: 'Project Manager',
		de: 'Projektleiter',
		value: (p, ctx) => (p.projectManager ? memberName(p.projectManager, ctx) : ''),
	},
	{
		en: 'Project Manager E-Mail',
		de: 'Projektleiter E-Mail',
		value: (p, ctx) => memberMail(p.projectManager, ctx),
	},
	createdOn,
	updatedOn,
];

const TASK_COLUMNS: Column[] = [
	{ en: 'Id', de: 'Id', value: (t) => t.id },
	{ en: 'Project', de: 'Projekt', value: (t, ctx) => projectTitle(t.projectId, ctx) },
	{ en: 'Title', de: 'Titel', value: (t) => t.title },
	{
		en: 'Parent Task',
		de: 'Übergeordnete Aufgabe',
		value: (t, ctx) => String(ctx.state.tasks.get(String(t.parentId))?.title ?? ''),
	},
	{ en: 'Start date', de: 'Startdatum', value: (t) => exportDate(t.startDate) },
	{ en: 'Due date', de: 'Fälligkeitsdatum', value: (t) => exportDate(t.dueDate ?? t.endDate) },
	createdOn,
	updatedOn,
];

const TIME_COLUMNS: Column[] = [
	{ en: 'Id', de: 'Id', value: (r) => r.id },
	{ en: 'Date', de: 'Datum', value: (r) => exportDate(r.date ?? r.startDate) },
	{ en: 'Member', de: 'Mitglied', value: (r, ctx) => memberName(r.userId, ctx) },
	{ en: 'Member E-Mail', de: 'Mitglied E-Mail', value: (r, ctx) => memberMail(r.userId, ctx) },
	{ en: 'Project', de: 'Projekt', value: (r, ctx) => projectTitle(r.projectId, ctx) },
	{
		en: 'Task',
		de: 'Aufgabe',
		value: (r, ctx) => String(ctx.state.tasks.get(String(r.taskId))?.title ?? ''),
	},
	{ en: 'Duration (minutes)', de: 'Dauer (Minuten)', value: (r) => r.duration ?? '' },
	{ en: 'Description', de: 'Beschreibung', value: (r) => r.description ?? r.comment ?? '' },
	createdOn,
	updatedOn,
];

const ABSENCE_COLUMNS: Column[] = [
	{ en: 'Id', de: 'Id', value: (a) => a.id },
	{ en: 'Member', de: 'Mitglied', value: (a, ctx) => memberName(a.userId, ctx) },
	{ en: 'Member E-Mail', de: 'Mitglied E-Mail', value: (a, ctx) => memberMail(a.userId, ctx) },
	{
		en: 'Absence Type',
		de: 'Abwesenheitsart',
		value: (a, ctx) =>
			String(ctx.state.absenceTypes.get(String(a.absenceTypeId))?.title ?? a.absenceTypeId ?? ''),
	},
	{ en: 'Start date', de: 'Startdatum', value: (a) => exportDate(a.startDate) },
	{ en: 'End date', de: 'Enddatum', value: (a) => exportDate(a.endDate) },
	{ en: 'Status', de: 'Status', value: (a) => a.status ?? '' },
	{ en: 'Comment', de: 'Kommentar', value: (a) => a.comment ?? '' },
	createdOn,
	updatedOn,
];

// The teams, flavors and member-settings exports: smenso's node reads them (lang, format only);
// their columns are nowhere documented, so these are invented (README "What the sandbox assumes").
const TEAM_COLUMNS: Column[] = [
	{ en: 'Id', de: 'Id', value: (t) => t.id },
	{ en: 'Name', de: 'Name', value: (t) => t.name },
	{
		en: 'Members',
		de: 'Mitglieder',
		value: (t, ctx) => ((t.members as string[]) ?? []).map((id) => memberName(id, ctx)).join(', '),
	},
	createdOn,
	updatedOn,
];

const FLAVOR_COLUMNS: Column[] = [
	{ en: 'Id', de: 'Id', value: (f) => f.id },
	{ en: 'Title', de: 'Titel', value: (f) => f.title },
	{ en: 'Type', de: 'Typ', value: (f) => f.type },
	createdOn,
	updatedOn,
];

const MEMBER_COLUMNS: Column[] = [
	{ en: 'Id', de: 'Id', value: (m) => m.id },
	{ en: 'First name', de: 'Vorname', value: (m) => m.firstName },
	{ en: 'Last name', de: 'Nachname', value: (m) => m.lastName },
	{ en: 'E-mail', de: 'E-Mail', value: (m) => m.email },
	{ en: 'Role', de: 'Rolle', value: (m) => m.role },
	createdOn,
	updatedOn,
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
		return [...state.projectTemplates].map((id, i) => ({
			id,
			title: `Project template ${i + 1}`,
			template: true,
			archived: false,
		}));
	}
	return [...state.projects.values()].filter(
		(p) => filter === 'all' || (filter === 'archived') === Boolean(p.archived),
	);
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
	kind: keyof typeof REPORT_VIEWS | 'absences' | 'teams' | 'flavors' | 'members';
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
			return validation({
				format: [`'${queryText(req, 'format')}' is not a valid format. Use CSV or JSON.`],
			});
		}

		const headerZone = req.headers.timezone;
		const zone =
			queryText(req, 'timezone') ??
			(typeof headerZone === 'string' ? headerZone : undefined) ??
			WORKSPACE_ZONE;
		if (!IANAZone.isValidZone(zone))
			return validation({ timezone: [`'${zone}' is not a known time zone.`] });

		const langParam = queryText(req, 'lang');
		const lang: Lang = langParam === undefined || /^de\b/i.test(langParam) ? 'de' : 'en';

		let columns = spec.columns;
		const view = queryText(req, 'view');
		if (view !== undefined) {
			const names =
				view.toLowerCase() === REPORT_VIEWS[spec.kind as keyof typeof REPORT_VIEWS]
					? VIEW_COLUMNS[view.toLowerCase()]
					: undefined;
			if (!names) return notFound('View');
			columns = names.map((name) => columns.find((c) => c.en === name)!);
		}
		const headers = queryText(req, 'headers');
		if (headers !== undefined) {
			const wanted = headers.split(',').map((h) => h.trim().toLowerCase());
			const picked = wanted
				.map((name) =>
					columns.find((c) => c.en.toLowerCase() === name || c.de.toLowerCase() === name),
				)
				.filter((c): c is Column => Boolean(c));
			if (!picked.length)
				return validation({ headers: ['None of the headers names a column of this export.'] });
			columns = picked;
		}

		const records = spec.records(req, params);
		if (!Array.isArray(records)) return records;
		const ctx: Context = { state, lang, zone };
		const names = columns.map((c) => c[lang]);
		const rows = records.map((record) => columns.map((c) => String(c.value(record, ctx) ?? '')));

		if (format === 'JSON') {
			return {
				status: 200,
				body: rows.map((row) => Object.fromEntries(row.map((value, i) => [names[i], value]))),
			};
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

export const reportRoutes: RouteModule = (state) => {
	for (const map of [state.projects, state.tasks, state.absences, state.timeRecords])
		trackStamps(state, map);
	return reportRouteList(state);
};

const reportRouteList = (state: SmensoState) => [
	read(
		'GET',
		'/reports/projects',
		runExport(state, {
			kind: 'projects',
			columns: PROJECT_COLUMNS,
			query: ['view', 'filter', 'lang', 'headers', 'format', 'timezone'],
			records: (req) => {
				const filter = queryText(req, 'filter') ?? 'all';
				if (!PROJECT_FILTERS.includes(filter))
					return validation({
						filter: [`'${filter}' is not one of ${PROJECT_FILTERS.join(', ')}.`],
					});
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
					return validation({
						globalProjectsFilter: [`'${filter}' is not one of ${PROJECT_FILTERS.join(', ')}.`],
					});
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

	// One project (smenso.md §7.2 R2): the projects export's columns, for that project only.
	read(
		'GET',
		'/reports/projects/:projectId',
		runExport(state, {
			kind: 'projects',
			columns: PROJECT_COLUMNS,
			query: ['view', 'filter', 'lang', 'format', 'timezone'],
			records: (req, { projectId }) => {
				const filter = queryText(req, 'filter') ?? 'all';
				if (!PROJECT_FILTERS.includes(filter))
					return validation({
						filter: [`'${filter}' is not one of ${PROJECT_FILTERS.join(', ')}.`],
					});
				const project = state.projects.get(projectId);
				return project ? [project] : notFound('Project');
			},
		}),
	),

	read(
		'GET',
		'/reports/teams',
		runExport(state, {
			kind: 'teams',
			columns: TEAM_COLUMNS,
			query: ['lang', 'format', 'timezone'],
			records: () => state.teams,
		}),
	),
	read(
		'GET',
		'/reports/flavors',
		runExport(state, {
			kind: 'flavors',
			columns: FLAVOR_COLUMNS,
			query: ['lang', 'format', 'timezone'],
			records: () => state.flavors,
		}),
	),
	read(
		'GET',
		'/reports/settings/member',
		runExport(state, {
			kind: 'members',
			columns: MEMBER_COLUMNS,
			query: ['lang', 'format', 'timezone'],
			records: () => state.members,
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
