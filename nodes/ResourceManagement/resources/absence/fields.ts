import type { IDataObject } from 'n8n-workflow';

/*
 * RM has no absence object (spec §6.1): a planned absence is an assignment on a leave type, a
 * recorded absence is a confirmed time entry on a leave type. Get Many turns both into one
 * shape so a workflow can treat them alike:
 *
 *   kind           'planned' | 'recorded'
 *   id             the assignment's or time entry's id (Delete Planned Absence takes a planned id)
 *   user_id        the person who is away
 *   leave_type_id  the leave type, and leave_type its name (e.g. Vacation)
 *   starts_at      first day; ends_at last day (a recorded absence covers one day: both = its date)
 *   hours          recorded: the hours logged; planned: the fixed total (fixed allocation), else null
 *   hours_per_day  planned with hours-per-day allocation, else null
 *   percent        planned with percent allocation, in percent of the day (100 = full days), else null
 *   note           the assignment's note or the time entry's notes
 *   raw            the record exactly as Resource Management returned it
 */

export type LeaveTypeNames = Map<number, string>;

/** True for an assignment scheduled on one of the leave types. */
export const isPlannedAbsence = (names: LeaveTypeNames) => (record: IDataObject) =>
	names.has(Number(record.assignable_id));

/** True for a confirmed time entry logged on a leave type. */
export const isRecordedAbsence = (record: IDataObject) =>
	record.assignable_type === 'LeaveType' && record.is_suggestion !== true;

const orNull = (value: unknown) => (value === undefined ? null : value);

export function plannedAbsence(record: IDataObject, names: LeaveTypeNames): IDataObject {
	const leaveTypeId = Number(record.assignable_id);
	const mode = String(record.allocation_mode ?? 'percent');
	const fraction =
		record.percent === undefined || record.percent === null ? 1 : Number(record.percent);
	return {
		kind: 'planned',
		id: record.id,
		user_id: orNull(record.user_id),
		leave_type_id: leaveTypeId,
		leave_type: names.get(leaveTypeId) ?? null,
		starts_at: orNull(record.starts_at),
		ends_at: orNull(record.ends_at),
		hours: mode === 'fixed' ? orNull(record.fixed_hours) : null,
		hours_per_day: mode === 'hours_per_day' ? orNull(record.hours_per_day) : null,
		percent: mode === 'percent' ? Math.round(fraction * 10000) / 100 : null,
		note: orNull(record.note),
		raw: record,
	};
}

export function recordedAbsence(record: IDataObject, names: LeaveTypeNames): IDataObject {
	const leaveTypeId = Number(record.assignable_id);
	return {
		kind: 'recorded',
		id: record.id,
		user_id: orNull(record.user_id),
		leave_type_id: leaveTypeId,
		leave_type: names.get(leaveTypeId) ?? null,
		starts_at: orNull(record.date),
		ends_at: orNull(record.date),
		hours: orNull(record.hours),
		hours_per_day: null,
		percent: null,
		note: orNull(record.notes),
		raw: record,
	};
}
