/**
 * Absences: GET list, POST/PUT (202 + ticket), DELETE. Records are kept with ISO dates and the
 * member's GUID: `{ id, userId, absenceTypeId, startDate, endDate, startDateMinutes?,
 * endDateMinutes?, duration?, status, comment, locked, externalId }`.
 * Documented rules enforced: end ≥ start, no overlapping absences per member (both reported
 * per item in the ticket), users by GUID or e-mail, absence types by ID or name.
 */
import type { SandboxResponse } from '../server';
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

export const ABSENCE_SEED = {
	/** Grace Hopper, Vacation, 09.03.2026 – 13.03.2026, approved. */
	graceVacation: guid('absence-0'),
	/** Alan Turing, Sick leave, 02.02.2026 – 03.02.2026. */
	alanSick: guid('absence-1'),
	/** Ada Lovelace, Training, 20.04.2026, half day. */
	adaTraining: guid('absence-2'),
	/** Grace Hopper, Training, 04.05.2026 – 05.05.2026. */
	graceTraining: guid('absence-3'),
};

const ABSENCE_FIELDS = [
	'userId',
	'absenceTypeId',
	'startDate',
	'endDate',
	'startDateMinutes',
	'endDateMinutes',
	'duration',
	'status',
	'comment',
	'locked',
];
const STATUSES = ['submitted', 'approved', 'rejected'];
/** Query parameters smenso's node sends to the reads. */
export const READ_QUERY = ['lang', 'timezone'];

function findAbsenceType(state: SmensoState, ref: unknown): Rec | undefined {
	const text = String(ref ?? '')
		.trim()
		.toLowerCase();
	if (!text) return undefined;
	return [...state.absenceTypes.values()].find(
		(t) => String(t.id).toLowerCase() === text || String(t.title).toLowerCase() === text,
	);
}

export function absenceOut(state: SmensoState, absence: Rec): Rec {
	return {
		id: absence.id,
		userId: absence.userId,
		absenceTypeId: absence.absenceTypeId,
		startDate: outDate(String(absence.startDate)),
		endDate: outDate(String(absence.endDate)),
		startDateMinutes: absence.startDateMinutes ?? null,
		endDateMinutes: absence.endDateMinutes ?? null,
		status: absence.status ?? null,
		comment: absence.comment ?? '',
		locked: Boolean(absence.locked),
		externalId: absence.externalId ?? null,
	};
}

/** The API-types page shows a flat absence body; smenso's node sends the envelope. Accept both. */
function asEnvelope(body: unknown): unknown {
	if (!body || typeof body !== 'object' || Array.isArray(body) || 'absence' in body) return body;
	const { timezoneId, noFeed, ...item } = body as Rec;
	return {
		...(timezoneId !== undefined ? { timezoneId } : {}),
		...(noFeed !== undefined ? { noFeed } : {}),
		absence: [item],
	};
}

/** Value rules the API checks before queuing (400). */
function valueErrors(items: Rec[]): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	items.forEach((item, index) => {
		const at = `absence[${index}]`;
		if (
			item.status !== undefined &&
			item.status !== null &&
			!STATUSES.includes(String(item.status))
		) {
			errors[`${at}.status`] = [
				`'${String(item.status)}' is not a valid status. Use submitted, approved or rejected.`,
			];
		}
		for (const key of ['startDateMinutes', 'endDateMinutes', 'duration']) {
			const value = item[key];
			if (value === undefined || value === null) continue;
			const max = key === 'duration' ? Number.MAX_SAFE_INTEGER : 1440;
			if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > max) {
				errors[`${at}.${key}`] = [
					`${key} must be a whole number of minutes between 0 and ${max === 1440 ? 1440 : 'any'}.`,
				];
			}
		}
		if (item.locked !== undefined && typeof item.locked !== 'boolean')
			errors[`${at}.locked`] = ['locked must be true or false.'];
	});
	return errors;
}

/** The business rules smenso reports per item in the ticket. */
function ruleError(state: SmensoState, absence: Rec): string | undefined {
	if (String(absence.endDate) < String(absence.startDate))
		return 'The end date must not be before the start date.';
	const clash = [...state.absences.values()].find(
		(other) =>
			other.id !== absence.id &&
			other.userId === absence.userId &&
			String(other.startDate) <= String(absence.endDate) &&
			String(other.endDate) >= String(absence.startDate),
	);
	if (clash) {
		const member = state.members.find((m) => m.id === absence.userId);
		return `The absence overlaps an existing absence of ${String(member?.displayName ?? absence.userId)} (${outDate(String(clash.startDate))} – ${outDate(String(clash.endDate))}).`;
	}
	return undefined;
}

function seed(state: SmensoState): void {
	const [ada, grace, alan] = state.members;
	const type = (title: string) =>
		[...state.absenceTypes.values()].find((t) => t.title === title)!.id;
	const rows: Rec[] = [
		{
			id: ABSENCE_SEED.graceVacation,
			userId: grace.id,
			absenceTypeId: type('Vacation'),
			startDate: '2026-03-09',
			endDate: '2026-03-13',
			status: 'approved',
			comment: 'Spring break',
			externalId: 'HR-100',
		},
		{
			id: ABSENCE_SEED.alanSick,
			userId: alan.id,
			absenceTypeId: type('Sick leave'),
			startDate: '2026-02-02',
			endDate: '2026-02-03',
			status: null,
		},
		{
			id: ABSENCE_SEED.adaTraining,
			userId: ada.id,
			absenceTypeId: type('Training'),
			startDate: '2026-04-20',
			endDate: '2026-04-20',
			startDateMinutes: 240,
			endDateMinutes: 240,
			status: null,
			comment: 'Half-day course',
		},
		{
			id: ABSENCE_SEED.graceTraining,
			userId: grace.id,
			absenceTypeId: type('Training'),
			startDate: '2026-05-04',
			endDate: '2026-05-05',
			status: null,
		},
	];
	for (const row of rows)
		state.absences.set(String(row.id), { comment: '', locked: false, externalId: null, ...row });
}

export const absenceRoutes: RouteModule = (state) => {
	seed(state);

	const create = (body: unknown): SandboxResponse => {
		const { error, items } = readEnvelope(asEnvelope(body), {
			entity: 'absence',
			fields: ABSENCE_FIELDS,
			required: ['userId', 'absenceTypeId', 'startDate', 'endDate'],
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
			const type = findAbsenceType(state, item.absenceTypeId);
			if (!type)
				return itemResult(
					item,
					null,
					`Absence type '${String(item.absenceTypeId)}' does not exist.`,
				);
			const { tempId: _tempId, ...fields } = item;
			const absence: Rec = {
				comment: '',
				locked: false,
				externalId: null,
				...fields,
				id: newId(state, 'absence'),
				userId: member.id,
				absenceTypeId: type.id,
				// Types that need approval start as submitted; others have no status.
				status: type.isApprovalNecessary ? (item.status ?? 'submitted') : null,
			};
			const problem = ruleError(state, absence);
			if (problem) return itemResult(item, null, problem);
			state.absences.set(String(absence.id), absence);
			return itemResult(item, String(absence.id));
		});
		return accept(state, results);
	};

	return [
		read('GET', '/integration/absence/json', (req) => {
			const bad = unknownQuery(req, READ_QUERY);
			if (bad) return bad;
			return { status: 200, body: [...state.absences.values()].map((a) => absenceOut(state, a)) };
		}),

		write('POST', '/integration/absence/json', (req) => create(req.body)),

		write('PUT', '/integration/absence/json', (req) => {
			const { error, items } = readEnvelope(req.body, {
				entity: 'absence',
				fields: [...ABSENCE_FIELDS, 'id', 'useExternalId'],
				required: ['id'],
				dates: ['startDate', 'endDate'],
			});
			if (error) return error;
			const errors = valueErrors(items);
			if (Object.keys(errors).length) return validation(errors);
			const results = items.map((item) => {
				const current = item.useExternalId
					? [...state.absences.values()].find((a) => a.externalId === item.id)
					: state.absences.get(String(item.id));
				if (!current) return itemResult(item, null, `Absence ${String(item.id)} was not found.`);
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
				if (changes.absenceTypeId !== undefined) {
					const type = findAbsenceType(state, changes.absenceTypeId);
					if (!type)
						return itemResult(
							item,
							String(current.id),
							`Absence type '${String(changes.absenceTypeId)}' does not exist.`,
						);
					next.absenceTypeId = type.id;
				}
				const problem = ruleError(state, next);
				if (problem) return itemResult(item, String(current.id), problem);
				state.absences.set(String(current.id), next);
				return itemResult(item, String(current.id));
			});
			return accept(state, results);
		}),

		write('DELETE', '/integration/absence/json/:id', (_req, { id }) => {
			if (!state.absences.delete(id)) return notFound('Absence');
			return accept(state, [itemResult({}, id)]);
		}),
	];
};
