/**
 * Account-level lookup lists: status options (full CRUD, soft delete), roles and disciplines
 * (read-only `{id, value}`), holidays (read-only, no date filter). Lists are `{data, paging}`.
 */
import type { Handler } from '../server';
import {
	badData,
	checkBody,
	deleted,
	newId,
	notFound,
	ok,
	page,
	route,
	stamp,
	type Rec,
	type RmRouteModule,
} from './state';

export const STATUS_COLORS = [
	'blue_bright',
	'blue_dark',
	'green_bright',
	'green_dark',
	'yellow',
	'orange',
	'red',
	'purple',
];
export const STATUS_STAGES = ['planned', 'in_progress', 'done'];
const STATUS_FIELDS = ['color', 'label', 'stage', 'order'];

/** Seeded lookup records; tests read the expected values from here. */
export const LOOKUP_SEED = {
	statusOptions: [
		{ id: 31, label: 'Not Started', color: 'blue_bright', stage: 'planned', order: 1 },
		{ id: 32, label: 'In Progress', color: 'yellow', stage: 'in_progress', order: 2 },
		{ id: 33, label: 'Blocked', color: 'red', stage: 'in_progress', order: 2.5 },
		{ id: 34, label: 'Done', color: 'green_dark', stage: 'done', order: 3 },
		{ id: 35, label: 'Cancelled', color: 'purple', stage: 'done', order: 4, deleted: true },
	],
	roles: ['Consultant', 'Designer', 'Developer', 'Project Manager', 'Analyst'].map((value, i) => ({
		id: 41 + i,
		value,
	})),
	disciplines: ['Engineering', 'Design', 'Management', 'Finance'].map((value, i) => ({
		id: 61 + i,
		value,
	})),
	/** 2025–2027 public holidays: 8 a year, 24 in all. */
	holidays: ['2025', '2026', '2027'].flatMap((year, y) =>
		[
			['01-01', "New Year's Day"],
			['04-18', 'Good Friday'],
			['05-01', 'Labour Day'],
			['05-29', 'Ascension Day'],
			['10-03', 'Day of German Unity'],
			['12-24', 'Christmas Eve'],
			['12-25', 'Christmas Day'],
			['12-26', 'Boxing Day'],
		].map(([day, name], i) => ({ id: 701 + y * 8 + i, date: `${year}-${day}`, name })),
	),
};

const NOW = stamp();

export const lookupRoutes: RmRouteModule = (state) => {
	for (const { deleted: isDeleted, ...option } of LOOKUP_SEED.statusOptions) {
		state.statusOptions.set(option.id, {
			...option,
			deleted: Boolean(isDeleted),
			deleted_at: isDeleted ? NOW.updated_at : null,
			...NOW,
		});
	}
	const roles = new Map<number, Rec>(LOOKUP_SEED.roles.map((r) => [r.id, { ...r }]));
	const disciplines = new Map<number, Rec>(LOOKUP_SEED.disciplines.map((d) => [d.id, { ...d }]));
	const holidays: Rec[] = LOOKUP_SEED.holidays.map((h) => ({ ...h, ...NOW }));

	/** Enumerated fields must hold a known value; order must be a number. */
	const checkValues = (body: Rec) => {
		const errors: string[] = [];
		if (body.color !== undefined && !STATUS_COLORS.includes(String(body.color)))
			errors.push(`invalid color: ${String(body.color)}`);
		if (body.stage !== undefined && !STATUS_STAGES.includes(String(body.stage)))
			errors.push(`invalid stage: ${String(body.stage)}`);
		if (
			body.order !== undefined &&
			(typeof body.order !== 'number' || !Number.isFinite(body.order))
		)
			errors.push('order must be a number');
		if (body.label !== undefined && (typeof body.label !== 'string' || !body.label.trim()))
			errors.push("Label can't be blank");
		return errors.length ? badData(...errors) : undefined;
	};

	/** Roles and disciplines "respect filtering": filter_field=value&filter_list=a,b. */
	const lookupList =
		(records: Map<number, Rec>): Handler =>
		(req) => {
			let list = [...records.values()];
			if (req.query.filter_field !== undefined) {
				if (req.query.filter_field !== 'value')
					return badData(`invalid filter_field: ${String(req.query.filter_field)}`);
				const wanted = String(req.query.filter_list ?? '').split(',');
				list = list.filter((r) => wanted.includes(String(r.value)));
			}
			return page(req, list);
		};

	return [
		route('GET', '/status_options', (req) => {
			const all = [...state.statusOptions.values()].sort(
				(a, b) => Number(a.order) - Number(b.order) || Number(a.id) - Number(b.id),
			);
			return page(req, req.query.with_deleted === 'true' ? all : all.filter((o) => !o.deleted));
		}),
		route('GET', '/status_options/:id', (_req, { id }) => {
			const option = state.statusOptions.get(Number(id));
			return option ? ok(option) : notFound();
		}),
		route('POST', '/status_options', (req) => {
			const invalid =
				checkBody(req.body, { allowed: STATUS_FIELDS, required: STATUS_FIELDS }) ??
				checkValues(req.body as Rec);
			if (invalid) return invalid;
			const id = newId(state);
			const option = { id, ...(req.body as Rec), deleted: false, deleted_at: null, ...stamp() };
			state.statusOptions.set(id, option);
			return ok(option);
		}),
		route('PUT', '/status_options/:id', (req, { id }) => {
			const option = state.statusOptions.get(Number(id));
			if (!option || option.deleted) return notFound();
			const invalid =
				checkBody(req.body, { allowed: STATUS_FIELDS }) ?? checkValues(req.body as Rec);
			if (invalid) return invalid;
			Object.assign(option, req.body as Rec, { updated_at: stamp().updated_at });
			return ok(option);
		}),
		// Soft delete: the option stays for history and shows up with ?with_deleted=true.
		route('DELETE', '/status_options/:id', (_req, { id }) => {
			const option = state.statusOptions.get(Number(id));
			if (!option || option.deleted) return notFound();
			Object.assign(option, { deleted: true, deleted_at: stamp().updated_at });
			return deleted();
		}),

		route('GET', '/roles', lookupList(roles)),
		route('GET', '/roles/:id', (_req, { id }) =>
			roles.has(Number(id)) ? ok(roles.get(Number(id))) : notFound(),
		),
		route('GET', '/disciplines', lookupList(disciplines)),
		route('GET', '/disciplines/:id', (_req, { id }) =>
			disciplines.has(Number(id)) ? ok(disciplines.get(Number(id))) : notFound(),
		),

		route('GET', '/holidays', (req) => page(req, holidays)),
	];
};
