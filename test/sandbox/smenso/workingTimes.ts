/**
 * Members' working-time periods (smenso's "daily capacities", smenso.md §5.12 [NODE-B]): GET all or
 * one member's, POST/PUT the `memberWorkingTime` envelope, DELETE by ID. Records are kept with
 * ISO dates: `{ id, userId, startDate, endDate, mondayCapacity … sundayCapacity, externalId }`,
 * capacities in minutes per day. Answers echo these write fields, dates as dd.MM.yyyy (§3.3).
 * Rules enforced: unknown fields and query parameters → 400; dates yyyy-MM-dd or dd.MM.yyyy;
 * capacities whole minutes 0–1440 (400); a user that is no member and an end before the start
 * fail their item.
 */
import { read, write, type RouteModule } from './routes';
import { findMember, unknownQuery } from './settings';
import {
	accept,
	guid,
	itemResult,
	newId,
	notFound,
	outDate,
	readEnvelope,
	validation,
	type Rec,
	type SmensoState,
} from './state';

export const CAPACITY_FIELDS = [
	'mondayCapacity',
	'tuesdayCapacity',
	'wednesdayCapacity',
	'thursdayCapacity',
	'fridayCapacity',
	'saturdayCapacity',
	'sundayCapacity',
];
const FIELDS = ['userId', 'startDate', 'endDate', ...CAPACITY_FIELDS];
const READ_QUERY = ['lang', 'timezone'];

export const WORKING_TIME_SEED = {
	/** Ada Lovelace from 01.01.2026, no end: 8 h Monday–Friday. */
	adaFullTime: guid('working-time-0'),
	/** Grace Hopper 01.01.2025 – 31.12.2025: 8 h Monday–Thursday, 4 h Friday. */
	grace2025: guid('working-time-1'),
	/** Grace Hopper from 01.01.2026, no end: 6 h Monday–Friday; External ID HR-WT-7. */
	grace2026: guid('working-time-2'),
	/** Alan Turing from 01.03.2026 to 30.06.2026: 4 h Monday–Wednesday. */
	alanPartTime: guid('working-time-3'),
};

const week = (minutes: number[]): Rec =>
	Object.fromEntries(CAPACITY_FIELDS.map((field, day) => [field, minutes[day] ?? 0]));

function seed(state: SmensoState): void {
	const [ada, grace, alan] = state.members;
	const rows: Rec[] = [
		{
			id: WORKING_TIME_SEED.adaFullTime,
			userId: ada.id,
			startDate: '2026-01-01',
			endDate: null,
			...week([480, 480, 480, 480, 480]),
			externalId: null,
		},
		{
			id: WORKING_TIME_SEED.grace2025,
			userId: grace.id,
			startDate: '2025-01-01',
			endDate: '2025-12-31',
			...week([480, 480, 480, 480, 240]),
			externalId: null,
		},
		{
			id: WORKING_TIME_SEED.grace2026,
			userId: grace.id,
			startDate: '2026-01-01',
			endDate: null,
			...week([360, 360, 360, 360, 360]),
			externalId: 'HR-WT-7',
		},
		{
			id: WORKING_TIME_SEED.alanPartTime,
			userId: alan.id,
			startDate: '2026-03-01',
			endDate: '2026-06-30',
			...week([240, 240, 240]),
			externalId: null,
		},
	];
	for (const row of rows) state.workingTimes.set(String(row.id), row);
}

/** A period as the list answers it: the write fields, dates as dd.MM.yyyy. */
export function workingTimeOut(record: Rec): Rec {
	return {
		id: record.id,
		userId: record.userId,
		startDate: outDate(String(record.startDate)),
		endDate: record.endDate ? outDate(String(record.endDate)) : null,
		...Object.fromEntries(CAPACITY_FIELDS.map((field) => [field, record[field] ?? null])),
		externalId: record.externalId ?? null,
	};
}

/** Capacities must be whole minutes of one day, and a period keeps its start (400 before anything is queued). */
function valueErrors(items: Rec[]): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	items.forEach((item, index) => {
		if (item.startDate === null)
			errors[`memberWorkingTime[${index}].startDate`] = ['A working time needs a start date.'];
		for (const field of CAPACITY_FIELDS) {
			const value = item[field];
			if (value === undefined) continue;
			if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1440) {
				errors[`memberWorkingTime[${index}].${field}`] = [
					`${field} must be a whole number of minutes from 0 to 1440, not ${JSON.stringify(value)}.`,
				];
			}
		}
	});
	return errors;
}

function orderProblem(record: Rec): string | undefined {
	if (record.endDate && String(record.endDate) < String(record.startDate)) {
		return `The end date ${outDate(String(record.endDate))} is before the start date ${outDate(String(record.startDate))}.`;
	}
	return undefined;
}

export const workingTimeRoutes: RouteModule = (state) => {
	seed(state);
	const URL = '/integration/settings/member/workingtime/json';

	return [
		read('GET', URL, (req) => {
			const bad = unknownQuery(req, READ_QUERY);
			if (bad) return bad;
			return { status: 200, body: [...state.workingTimes.values()].map(workingTimeOut) };
		}),

		// One member's periods: the member by GUID or e-mail (smenso's node labels it "User ID or Email").
		read('GET', `${URL}/:userId`, (req, { userId }) => {
			const bad = unknownQuery(req, READ_QUERY);
			if (bad) return bad;
			const member = findMember(state, userId);
			if (!member) return notFound('Member');
			return {
				status: 200,
				body: [...state.workingTimes.values()]
					.filter((w) => w.userId === member.id)
					.map(workingTimeOut),
			};
		}),

		write('POST', URL, (req) => {
			const { error, items } = readEnvelope(req.body, {
				entity: 'memberWorkingTime',
				fields: FIELDS,
				required: ['userId', 'startDate'],
				dates: ['startDate', 'endDate'],
			});
			if (error) return error;
			const errors = valueErrors(items);
			if (Object.keys(errors).length) return validation(errors);
			const results = items.map((item) => {
				const member = findMember(state, item.userId);
				if (!member)
					return itemResult(
						item,
						null,
						`User '${String(item.userId)}' is not a member of this workspace.`,
					);
				const { tempId: _tempId, ...fields } = item;
				const record: Rec = {
					endDate: null,
					externalId: null,
					...fields,
					id: newId(state, 'working-time'),
					userId: member.id,
				};
				const problem = orderProblem(record);
				if (problem) return itemResult(item, null, problem);
				state.workingTimes.set(String(record.id), record);
				return itemResult(item, String(record.id));
			});
			return accept(state, results);
		}),

		write('PUT', URL, (req) => {
			const { error, items } = readEnvelope(req.body, {
				entity: 'memberWorkingTime',
				fields: [...FIELDS, 'id', 'useExternalId'],
				required: ['id'],
				dates: ['startDate', 'endDate'],
			});
			if (error) return error;
			const errors = valueErrors(items);
			if (Object.keys(errors).length) return validation(errors);
			const results = items.map((item) => {
				const current = item.useExternalId
					? [...state.workingTimes.values()].find(
							(w) => w.externalId !== null && w.externalId === item.id,
						)
					: state.workingTimes.get(String(item.id));
				if (!current)
					return itemResult(item, null, `Working time ${String(item.id)} was not found.`);
				const { tempId: _t, id: _i, useExternalId: _u, ...changes } = item;
				const next: Rec = { ...current, ...changes };
				if (changes.userId !== undefined) {
					const member = findMember(state, changes.userId);
					if (!member)
						return itemResult(
							item,
							String(current.id),
							`User '${String(changes.userId)}' is not a member of this workspace.`,
						);
					next.userId = member.id;
				}
				const problem = orderProblem(next);
				if (problem) return itemResult(item, String(current.id), problem);
				state.workingTimes.set(String(current.id), next);
				return itemResult(item, String(current.id));
			});
			return accept(state, results);
		}),

		write('DELETE', `${URL}/:id`, (_req, { id }) => {
			if (!state.workingTimes.delete(id)) return notFound('Working time');
			return accept(state, [itemResult({}, id)]);
		}),
	];
};
