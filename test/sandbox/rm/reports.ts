/**
 * Reports API: POST /reports/rows and POST /reports/totals.
 *
 * The body is validated strictly (unknown keys, views, time frames, group-by attributes,
 * Utilization with a non-user/date attribute, custom ranges over one year, filter shapes,
 * non-integer IDs in *_id filters); failures answer 400 `{"message": "<value> is not a valid <key>"}`.
 *
 * Modelled: the `time_fees_hours` view grouped by any ordered mix of user_id, project_id, date and
 * month, computed from the seeded time entries in the resolved range (entries up to `today` count
 * as incurred; nothing is scheduled, so scheduled figures are 0), with user_id / project_id
 * inclusion and exclusion filters ([none] matches an empty value). Other filter attributes are
 * accepted and ignored. Any other view or group-by answers one fixed row: every group-by key
 * null and the time_fees_hours columns at 0. Totals are `{params, dates, totals: {…}}` (the real
 * shape is undocumented).
 */
import type { SandboxResponse } from '../server';
import { isDate, ok, route, type Rec, type RmRouteModule, type RmState } from './state';

export const REPORT_VIEWS = [
	'time_fees_hours',
	'time_fees_days',
	'time_fees_amounts',
	'time_fees_hours_and_amounts',
	'time_fees_days_and_amounts',
	'budgets_hours',
	'budgets_days',
	'budgets_amounts',
	'utilization',
	'expenses',
];
export const TIME_FRAME_SHORTCUTS = [
	'this_week',
	'this_month',
	'this_quarter',
	'this_year',
	'last_week',
	'last_month',
	'last_quarter',
	'last_year',
	'next_30',
	'next_60',
	'next_90',
	'last_30',
	'last_60',
	'last_90',
	'last_and_next_90',
];
const USER_ATTRS = ['user_id', 'role', 'discipline', 'location', 'assignment_status'];
const DATE_ATTRS = ['date', 'week', 'month'];
const GROUP_ATTRS = [
	...USER_ATTRS,
	...DATE_ATTRS,
	'project_id',
	'client',
	'leave_type',
	'project_type',
	'project_state',
	'phase_name',
	'record_type',
	'entry_type',
	'category',
	'approval_status',
	'approved_by',
];
const FILTER_ATTRS = [...GROUP_ATTRS, 'people_tags', 'project_tags'];
const CALC = ['confirmed-unconfirmed', 'confirmed', 'approved'];
const OPERATIONS = ['inclusion', 'exclusion'];
const BODY_KEYS = ['view', 'time_frame', 'group_by', 'filters', 'today', 'calc_incurred_using'];
const MODELLED_GROUPS = ['user_id', 'project_id', 'date', 'month'];
const NONE = '[none]';

type Filter = { operation: string; values: unknown[] };
interface Params {
	view: string;
	time_frame: string | { from: string; to: string };
	group_by: string[];
	filters: Rec | null;
	today: string;
	calc_incurred_using: string;
}

function invalid(message: string): SandboxResponse {
	return { status: 400, body: { message } };
}

const isObject = (value: unknown): value is Rec =>
	!!value && typeof value === 'object' && !Array.isArray(value);
const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

// --- dates (UTC calendar arithmetic on YYYY-MM-DD) --------------------------------------------

const toDate = (text: string) => new Date(`${text}T00:00:00Z`);
const fmt = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (text: string, days: number) =>
	fmt(new Date(toDate(text).getTime() + days * 86_400_000));
const ymd = (y: number, m: number, d: number) => fmt(new Date(Date.UTC(y, m, d)));

/** Last allowed `to` of a custom range: the day before the first anniversary of `from`. */
export function lastDayWithinYear(from: string): string {
	const d = toDate(from);
	return ymd(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate() - 1);
}

/**
 * Shortcut → range relative to `today`: weeks run Monday to Sunday; months, quarters, years are
 * calendar periods; next_N is today..today+N, last_N is today-N..today (the real boundaries are
 * undocumented).
 */
export function resolveTimeFrame(
	timeFrame: Params['time_frame'],
	today: string,
): { from: string; to: string } {
	if (typeof timeFrame !== 'string') return timeFrame;
	const t = toDate(today);
	const y = t.getUTCFullYear();
	const m = t.getUTCMonth();
	const q = Math.floor(m / 3) * 3;
	const monday = addDays(today, -((t.getUTCDay() + 6) % 7));
	const window = /^(last|next)_(\d+)$/.exec(timeFrame);
	if (window) {
		const days = Number(window[2]);
		return window[1] === 'last'
			? { from: addDays(today, -days), to: today }
			: { from: today, to: addDays(today, days) };
	}
	switch (timeFrame) {
		case 'this_week':
			return { from: monday, to: addDays(monday, 6) };
		case 'last_week':
			return { from: addDays(monday, -7), to: addDays(monday, -1) };
		case 'this_month':
			return { from: ymd(y, m, 1), to: ymd(y, m + 1, 0) };
		case 'last_month':
			return { from: ymd(y, m - 1, 1), to: ymd(y, m, 0) };
		case 'this_quarter':
			return { from: ymd(y, q, 1), to: ymd(y, q + 3, 0) };
		case 'last_quarter':
			return { from: ymd(y, q - 3, 1), to: ymd(y, q, 0) };
		case 'this_year':
			return { from: ymd(y, 0, 1), to: ymd(y, 11, 31) };
		case 'last_year':
			return { from: ymd(y - 1, 0, 1), to: ymd(y - 1, 11, 31) };
		default: // last_and_next_90
			return { from: addDays(today, -90), to: addDays(today, 90) };
	}
}

// --- validation ---------------------------------------------------------------------------------

function checkFilter(key: string, value: unknown): string | undefined {
	if (!isObject(value)) return `${show(value)} is not a valid filter for ${key}`;
	const extra = Object.keys(value).find((k) => k !== 'operation' && k !== 'values');
	if (extra) return `${extra} is not a valid filter key for ${key}`;
	if (!OPERATIONS.includes(String(value.operation)))
		return `${show(value.operation)} is not a valid operation for ${key}`;
	if (!Array.isArray(value.values) || value.values.length === 0)
		return `values for ${key} must be a non-empty array`;
	for (const v of value.values) {
		if (typeof v !== 'string' && typeof v !== 'number')
			return `${show(v)} is not a valid value for ${key}`;
		if (key.endsWith('_id') && v !== NONE && !Number.isInteger(v))
			return `${show(v)} is not a valid value for ${key}`;
	}
	return undefined;
}

/** The body with the API's defaults filled in, or the message of the first problem found. */
export function readReportBody(
	body: unknown,
	utcToday: string,
): { params?: Params; error?: string } {
	if (body === undefined) body = {};
	if (!isObject(body)) return { error: 'The request body had invalid json' };
	const unknown = Object.keys(body).find((key) => !BODY_KEYS.includes(key));
	if (unknown) return { error: `${unknown} is not a valid report parameter` };

	const view = body.view ?? 'time_fees_hours';
	if (!REPORT_VIEWS.includes(view as string)) return { error: `${show(view)} is not a valid view` };

	let timeFrame = body.time_frame ?? 'this_week';
	if (isObject(timeFrame)) {
		const keys = Object.keys(timeFrame).sort().join(',');
		if (keys !== 'from,to') return { error: `${show(timeFrame)} is not a valid time_frame` };
		const { from, to } = timeFrame;
		if (!isDate(from)) return { error: `${show(from)} is not a valid time_frame from date` };
		if (!isDate(to)) return { error: `${show(to)} is not a valid time_frame to date` };
		if (String(to) < String(from)) return { error: 'time_frame to must not be before from' };
		if (String(to) > lastDayWithinYear(String(from)))
			return { error: 'time_frame range cannot exceed 1 year' };
		timeFrame = { from, to };
	} else if (!TIME_FRAME_SHORTCUTS.includes(timeFrame as string)) {
		return { error: `${show(timeFrame)} is not a valid time_frame` };
	}

	const groupBy = body.group_by ?? [view === 'utilization' ? 'user_id' : 'project_id'];
	if (!Array.isArray(groupBy) || groupBy.length < 1 || groupBy.length > 5) {
		return { error: `${show(groupBy)} is not a valid group_by (1 to 5 attributes)` };
	}
	for (const [i, attr] of groupBy.entries()) {
		if (!GROUP_ATTRS.includes(attr as string))
			return { error: `${show(attr)} is not a valid group_by` };
		if (groupBy.indexOf(attr) !== i) return { error: `${show(attr)} appears twice in group_by` };
		if (
			view === 'utilization' &&
			!USER_ATTRS.includes(attr as string) &&
			!DATE_ATTRS.includes(attr as string)
		) {
			return { error: `${show(attr)} is not a valid group_by for utilization` };
		}
	}

	const filters = body.filters ?? null;
	if (filters !== null) {
		if (!isObject(filters)) return { error: `${show(filters)} is not a valid filters object` };
		for (const [key, value] of Object.entries(filters)) {
			if (key === 'custom_fields') {
				if (!Array.isArray(value)) return { error: 'custom_fields must be an array' };
				for (const entry of value) {
					if (!isObject(entry) || !Number.isInteger(entry.id) || Number(entry.id) <= 0) {
						return { error: `${show(entry)} is not a valid custom_fields filter` };
					}
					const { id: _id, ...rest } = entry;
					const problem = checkFilter(`custom field ${String(entry.id)}`, rest);
					if (problem) return { error: problem };
				}
				continue;
			}
			if (!FILTER_ATTRS.includes(key)) return { error: `${key} is not a valid filter` };
			const problem = checkFilter(key, value);
			if (problem) return { error: problem };
		}
	}

	const today = body.today ?? utcToday;
	if (!isDate(today)) return { error: `${show(today)} is not a valid today date` };
	const calc = body.calc_incurred_using ?? 'confirmed-unconfirmed';
	if (!CALC.includes(calc as string))
		return { error: `${show(calc)} is not a valid calc_incurred_using` };

	return {
		params: {
			view: view as string,
			time_frame: timeFrame as Params['time_frame'],
			group_by: groupBy as string[],
			filters: filters as Rec | null,
			today: today as string,
			calc_incurred_using: calc as string,
		},
	};
}

// --- computation --------------------------------------------------------------------------------

function passes(filter: Filter | undefined, value: unknown): boolean {
	if (!filter) return true;
	const hit = filter.values.some((v) =>
		v === NONE ? value === null || value === undefined : v === value,
	);
	return filter.operation === 'inclusion' ? hit : !hit;
}

const metrics = (incurred: number) => ({
	incurred_hours: incurred,
	scheduled_hours: 0,
	difference_from_past_scheduled_hours: incurred,
	future_scheduled_hours: 0,
	total_hours: incurred,
});

function entriesFor(state: RmState, params: Params, range: { from: string; to: string }): Rec[] {
	const filters = (params.filters ?? {}) as Record<string, Filter>;
	return [...state.timeEntries.values()].filter((entry) => {
		const date = String(entry.date);
		return (
			date >= range.from &&
			date <= range.to &&
			date <= params.today &&
			passes(filters.user_id, entry.user_id) &&
			passes(filters.project_id, entry.assignable_id)
		);
	});
}

function groupColumns(state: RmState, attr: string, entry: Rec): Rec {
	switch (attr) {
		case 'user_id': {
			const user = state.users.get(Number(entry.user_id));
			return { user_id: entry.user_id, user_name: user ? user.display_name : null };
		}
		case 'project_id': {
			const project = state.projects.get(Number(entry.assignable_id));
			return { project_id: entry.assignable_id, project_name: project ? project.name : null };
		}
		case 'date':
			return { date: entry.date };
		default: // month
			return { month: String(entry.date).slice(0, 7) };
	}
}

const isModelled = (params: Params) =>
	params.view === 'time_fees_hours' &&
	params.group_by.every((attr) => MODELLED_GROUPS.includes(attr));

export function reportRows(
	state: RmState,
	params: Params,
	range: { from: string; to: string },
): Rec[] {
	if (!isModelled(params)) {
		return [{ ...Object.fromEntries(params.group_by.map((attr) => [attr, null])), ...metrics(0) }];
	}
	const groups = new Map<
		string,
		{ columns: Rec; sortKey: Array<string | number>; hours: number }
	>();
	for (const entry of entriesFor(state, params, range)) {
		const columns: Rec = {};
		for (const attr of params.group_by) Object.assign(columns, groupColumns(state, attr, entry));
		const sortKey = params.group_by.map((attr) => columns[attr] as string | number);
		const key = JSON.stringify(sortKey);
		const group = groups.get(key) ?? { columns, sortKey, hours: 0 };
		group.hours += Number(entry.hours);
		groups.set(key, group);
	}
	const compare = (a: Array<string | number>, b: Array<string | number>) => {
		for (let i = 0; i < a.length; i++) {
			if (a[i] === b[i]) continue;
			return typeof a[i] === 'number'
				? Number(a[i]) - Number(b[i])
				: String(a[i]).localeCompare(String(b[i]));
		}
		return 0;
	};
	return [...groups.values()]
		.sort((a, b) => compare(a.sortKey, b.sortKey))
		.map((group) => ({ ...group.columns, ...metrics(group.hours) }));
}

export const reportRoutes: RmRouteModule = (state) => {
	const answer = (body: unknown, shape: 'rows' | 'totals') => {
		const { params, error } = readReportBody(body, new Date().toISOString().slice(0, 10));
		if (!params) return invalid(error!);
		const range = resolveTimeFrame(params.time_frame, params.today);
		const head = { params, dates: { today: params.today, range } };
		if (shape === 'rows') return ok({ ...head, rows: reportRows(state, params, range) });
		const hours = isModelled(params)
			? entriesFor(state, params, range).reduce((sum, entry) => sum + Number(entry.hours), 0)
			: 0;
		return ok({ ...head, totals: metrics(hours) });
	};
	return [
		route('POST', '/reports/rows', (req) => answer(req.body, 'rows')),
		route('POST', '/reports/totals', (req) => answer(req.body, 'totals')),
	];
};
