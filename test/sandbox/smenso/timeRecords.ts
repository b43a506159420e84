/**
 * Time records: GET per project, POST/PUT (202 + ticket), DELETE. Records are kept as
 * `{ id, projectId, taskId, userId, date (ISO), duration (minutes), startDate?, endDate?
 * (local date-times without offset), statusId, description, locked, externalId, flavors }`.
 * Documented rules: no booking on archived projects or where time recording is blocked
 * (ticket item errors); the date must be valid and duration/time range non-negative (400).
 * Assumed (spec unknowns): the text field is `description`; start/end are `startDate`/`endDate`
 * as local date-times like `2026-01-05T09:00:00`, and give the duration when none is sent.
 */
import type { SandboxResponse } from '../server';
import { READ_QUERY } from './absences';
import { applyFlavors, readFlavors } from './flavors';
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

export const TIME_RECORD_SEED = {
	/** Main project, task Design, Ada, 05.01.2026, 120 min. */
	adaDesign: guid('time-record-0'),
	/** Main project, task Design, Grace, 06.01.2026, 90 min. */
	graceDesign: guid('time-record-1'),
	/** Main project, task Build, Alan, 07.01.2026 09:00–17:00 (480 min). */
	alanBuild: guid('time-record-2'),
	/** Another project (Project 0001). */
	otherProject: guid('time-record-3'),
};

const FIELDS = [
	'taskId',
	'userId',
	'date',
	'duration',
	'startDate',
	'endDate',
	'statusId',
	'description',
	'locked',
	'flavor',
];
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function minutesOf(value: string): number | undefined {
	const match = LOCAL_DATE_TIME.exec(value);
	if (!match) return undefined;
	const [, day, h, m, s] = match;
	const time = Date.parse(`${day}T00:00:00Z`);
	if (Number.isNaN(time) || +h > 23 || +m > 59 || +(s ?? 0) > 59) return undefined;
	return time / 60000 + +h * 60 + +m + +(s ?? 0) / 60;
}

export function timeRecordOut(record: Rec): Rec {
	return { ...record, date: outDate(String(record.date)) };
}

/** Value rules checked before queuing (400): non-negative whole minutes, valid time range. */
function valueErrors(items: Rec[], creating: boolean): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	items.forEach((item, index) => {
		const at = `timeRecord[${index}]`;
		if (item.duration !== undefined && item.duration !== null) {
			if (typeof item.duration !== 'number' || !Number.isInteger(item.duration)) {
				errors[`${at}.duration`] = ['The duration must be a whole number of minutes.'];
			} else if (item.duration < 0) {
				errors[`${at}.duration`] = ['The duration must not be negative.'];
			}
		}
		for (const key of ['startDate', 'endDate']) {
			if (item[key] === undefined || item[key] === null) continue;
			if (minutesOf(String(item[key])) === undefined) {
				errors[`${at}.${key}`] = [
					`'${String(item[key])}' is not a valid date and time. Use yyyy-MM-ddTHH:mm:ss without offset.`,
				];
			}
		}
		const start = item.startDate === undefined ? undefined : minutesOf(String(item.startDate));
		const end = item.endDate === undefined ? undefined : minutesOf(String(item.endDate));
		if ((item.startDate === undefined) !== (item.endDate === undefined)) {
			errors[`${at}.endDate`] = ['Start and end must be given together.'];
		} else if (start !== undefined && end !== undefined && end < start) {
			errors[`${at}.endDate`] = [
				'The time range must not be negative: the end is before the start.',
			];
		}
		if (creating && item.duration === undefined && item.startDate === undefined) {
			errors[`${at}.duration`] = ['Either a duration or a start and end are required.'];
		}
		if (item.locked !== undefined && typeof item.locked !== 'boolean')
			errors[`${at}.locked`] = ['locked must be true or false.'];
	});
	return errors;
}

/** Where time may not be booked: archived projects, blocked time recording. */
function projectProblem(project: Rec): string | undefined {
	if (project.archived)
		return `Time cannot be recorded on the archived project '${String(project.title)}'.`;
	if (project.blockTimeRecording)
		return `Time recording is blocked for the project '${String(project.title)}'.`;
	return undefined;
}

function rangeMinutes(record: Rec): number | undefined {
	if (typeof record.startDate !== 'string' || typeof record.endDate !== 'string') return undefined;
	return Math.round(minutesOf(record.endDate)! - minutesOf(record.startDate)!);
}

function seed(state: SmensoState): void {
	const [ada, grace, alan] = state.members;
	const project = guid('project-0');
	const rows: Rec[] = [
		{
			id: TIME_RECORD_SEED.adaDesign,
			projectId: project,
			taskId: guid('task-0'),
			userId: ada.id,
			date: '2026-01-05',
			duration: 120,
			description: 'Kick-off workshop',
			externalId: 'TT-1',
		},
		{
			id: TIME_RECORD_SEED.graceDesign,
			projectId: project,
			taskId: guid('task-0'),
			userId: grace.id,
			date: '2026-01-06',
			duration: 90,
			description: 'Mood boards',
		},
		{
			id: TIME_RECORD_SEED.alanBuild,
			projectId: project,
			taskId: guid('task-1'),
			userId: alan.id,
			date: '2026-01-07',
			duration: 480,
			startDate: '2026-01-07T09:00:00',
			endDate: '2026-01-07T17:00:00',
			description: 'Backend setup',
		},
		{
			id: TIME_RECORD_SEED.otherProject,
			projectId: guid('project-1'),
			taskId: null,
			userId: ada.id,
			date: '2026-01-08',
			duration: 60,
			description: 'Planning',
		},
	];
	for (const row of rows) {
		state.timeRecords.set(String(row.id), {
			statusId: 1,
			locked: false,
			externalId: null,
			flavors: [],
			...row,
		});
	}
}

export const timeRecordRoutes: RouteModule = (state) => {
	seed(state);
	return [
		read(
			'GET',
			'/integration/timerecord/json/:projectId',
			(req, { projectId }): SandboxResponse => {
				const bad = unknownQuery(req, READ_QUERY);
				if (bad) return bad;
				if (!state.projects.has(projectId)) return notFound('Project');
				const list = [...state.timeRecords.values()].filter((r) => r.projectId === projectId);
				return { status: 200, body: list.map((r) => timeRecordOut(r)) };
			},
		),

		write('POST', '/integration/timerecord/json', (req) => {
			const { error, items, top } = readEnvelope(req.body, {
				entity: 'timeRecord',
				fields: FIELDS,
				required: ['taskId', 'userId', 'date'],
				dates: ['date'],
				topLevel: ['projectId'],
				topRequired: ['projectId'],
			});
			if (error) return error;
			const errors = valueErrors(items, true);
			if (Object.keys(errors).length) return validation(errors);
			const project = state.projects.get(String(top.projectId));
			if (!project) return notFound('Project');
			const results = items.map((item) => {
				const problem = projectProblem(project);
				if (problem) return itemResult(item, null, problem);
				const task = state.tasks.get(String(item.taskId));
				if (!task || task.projectId !== project.id) {
					return itemResult(
						item,
						null,
						`Task ${String(item.taskId)} does not belong to project '${String(project.title)}'.`,
					);
				}
				const member = findMember(state, item.userId);
				if (!member)
					return itemResult(
						item,
						null,
						`User '${String(item.userId)}' is not a member of this workspace.`,
					);
				const { tempId: _t, flavor, ...fields } = item;
				const flavors = readFlavors(state, flavor);
				if (flavors.error) return itemResult(item, null, flavors.error);
				const record: Rec = {
					statusId: 1,
					description: '',
					locked: false,
					externalId: null,
					...fields,
					id: newId(state, 'time-record'),
					projectId: project.id,
					userId: member.id,
					flavors: flavors.values,
				};
				// A duration, when sent, wins; otherwise smenso computes it from start and end.
				if (record.duration === undefined) record.duration = rangeMinutes(record);
				state.timeRecords.set(String(record.id), record);
				return itemResult(item, String(record.id));
			});
			return accept(state, results);
		}),

		write('PUT', '/integration/timerecord/json', (req) => {
			const { error, items, top } = readEnvelope(req.body, {
				entity: 'timeRecord',
				fields: [...FIELDS, 'id', 'useExternalId'],
				required: ['id'],
				dates: ['date'],
				topLevel: ['projectId'],
			});
			if (error) return error;
			const errors = valueErrors(items, false);
			if (Object.keys(errors).length) return validation(errors);
			const results = items.map((item) => {
				const record = item.useExternalId
					? [...state.timeRecords.values()].find((r) => r.externalId === item.id)
					: state.timeRecords.get(String(item.id));
				if (!record) return itemResult(item, null, `Time record ${String(item.id)} was not found.`);
				if (top.projectId !== undefined && top.projectId !== record.projectId) {
					return itemResult(
						item,
						String(record.id),
						`Time record ${String(record.id)} does not belong to project ${String(top.projectId)}.`,
					);
				}
				const project = state.projects.get(String(record.projectId));
				const problem = project ? projectProblem(project) : undefined;
				if (problem) return itemResult(item, String(record.id), problem);
				const { tempId: _t, id: _i, useExternalId: _u, flavor, ...changes } = item;
				const flavors = readFlavors(state, flavor);
				if (flavors.error) return itemResult(item, String(record.id), flavors.error);
				if (changes.userId !== undefined) {
					const member = findMember(state, changes.userId);
					if (!member)
						return itemResult(
							item,
							String(record.id),
							`User '${String(changes.userId)}' is not a member of this workspace.`,
						);
					changes.userId = member.id;
				}
				Object.assign(record, changes);
				if (changes.startDate !== undefined && changes.duration === undefined)
					record.duration = rangeMinutes(record);
				applyFlavors(record, flavors.values);
				return itemResult(item, String(record.id));
			});
			return accept(state, results);
		}),

		write('DELETE', '/integration/timerecord/json/:id', (_req, { id }) => {
			if (!state.timeRecords.delete(id)) return notFound('Time record');
			return accept(state, [itemResult({}, id)]);
		}),
	];
};
