import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { dateParameter, parseDate } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A start or end time as smenso's time records take it: a local date-time without offset
 * (`2026-01-05T09:00:00`). Accepts a clock time (`09:00`, combined with the entry's date) or a
 * full date-time from an expression (read in the workflow's time zone).
 */
function clockTime(
	ctx: IExecuteSingleFunctions,
	raw: unknown,
	date: string | undefined,
	label: string,
): string | undefined {
	if (raw === undefined || raw === null || raw === '') return undefined;
	const text = String(raw).trim();
	const clock = CLOCK.exec(text);
	if (clock) {
		const [hours, minutes, seconds] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
		if (hours > 23 || minutes > 59 || seconds > 59) {
			throw inputError(
				ctx.getNode(),
				`'${label}' is not a valid time: ${JSON.stringify(text)}`,
				'Use 24-hour time such as 09:00 or 17:30.',
				ctx.getItemIndex(),
			);
		}
		if (!date) {
			throw inputError(
				ctx.getNode(),
				`'${label}' needs a date`,
				"Add 'Date' as well: smenso takes start and end as date and time.",
				ctx.getItemIndex(),
			);
		}
		const pad = (n: number) => String(n).padStart(2, '0');
		return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
	}
	// A text must carry a clock time: a bare date ("2026-01-05") is not a start or end.
	const hasClock = typeof raw !== 'string' || /[T\s]\d{1,2}:\d{2}/.test(text);
	const parsed = hasClock ? parseDate(raw, ctx.getTimezone()) : undefined;
	if (!parsed) {
		throw inputError(
			ctx.getNode(),
			`'${label}' is not a valid time: ${JSON.stringify(raw)}`,
			'Use 24-hour time such as 09:00, or an expression that returns a date and time (ISO string, JS Date or luxon DateTime).',
			ctx.getItemIndex(),
		);
	}
	return parsed.toFormat("yyyy-MM-dd'T'HH:mm:ss");
}

/** Parameter paths of the date, duration and times (top level or inside a collection). */
export interface TimePaths {
	date: string;
	duration: string;
	start: string;
	end: string;
}

/**
 * preSend for create and update: turns Duration (Hours) into whole minutes (`duration`) and
 * Start/End Time into `startDate`/`endDate`. On create, a duration or both times are needed.
 * Runs before smensoWrite, which then moves the keys into the item.
 */
export function timeEntryTimes(paths: TimePaths, creating: boolean): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const body = { ...((options.body as IDataObject) ?? {}) };
		const date = dateParameter(this, paths.date, 'Date');
		const start = clockTime(this, this.getNodeParameter(paths.start, ''), date, 'Start Time');
		const end = clockTime(this, this.getNodeParameter(paths.end, ''), date, 'End Time');
		if (Boolean(start) !== Boolean(end)) {
			throw inputError(
				this.getNode(),
				`Give both 'Start Time' and 'End Time', or neither`,
				'smenso computes the duration from a start and an end; with only one of them it cannot.',
				this.getItemIndex(),
			);
		}
		if (start && end && end <= start) {
			throw inputError(
				this.getNode(),
				`'End Time' (${end}) is not after 'Start Time' (${start})`,
				'Set the end later than the start.',
				this.getItemIndex(),
			);
		}
		const hours = this.getNodeParameter(paths.duration, null) as number | string | null;
		const given = hours !== undefined && hours !== null && hours !== '';
		if (
			given &&
			(typeof hours === 'string' ? !/^-?\d+(\.\d+)?$/.test(hours.trim()) : !Number.isFinite(hours))
		) {
			throw inputError(
				this.getNode(),
				`'Duration (Hours)' is not a number: ${JSON.stringify(hours)}`,
				'Enter the hours as a decimal number, e.g. 1.5 for one and a half hours.',
				this.getItemIndex(),
			);
		}
		const minutes = given ? Math.round(Number(hours) * 60) : undefined;
		if (minutes !== undefined && minutes < 0) {
			throw inputError(
				this.getNode(),
				`'Duration (Hours)' is negative: ${JSON.stringify(hours)}`,
				'Enter the time worked as a positive number of hours, e.g. 1.5.',
				this.getItemIndex(),
			);
		}
		if (creating && !minutes && !start) {
			throw inputError(
				this.getNode(),
				'The time entry has no duration',
				"Set 'Duration (Hours)' (e.g. 1.5), or leave it at 0 and add 'Start Time' and 'End Time'.",
				this.getItemIndex(),
			);
		}
		// A zero duration on create means "computed from start and end": smenso gets no duration.
		if (minutes !== undefined && (minutes !== 0 || !creating)) body.duration = minutes;
		if (start) body.startDate = start;
		if (end) body.endDate = end;
		options.body = body;
		return options;
	};
}

export const timeEntryIdField: INodeProperties = {
	displayName: 'Time Entry ID',
	name: 'timeEntryId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
	description: 'GUID of the time entry (smenso: time record): use the ID from a Get Many result',
};

export const dateField: INodeProperties = {
	displayName: 'Date',
	name: 'date',
	type: 'dateTime',
	default: '',
	description: 'Day the time was worked (only the date is sent, in the workflow time zone)',
};

export const durationHoursField: INodeProperties = {
	displayName: 'Duration (Hours)',
	name: 'durationHours',
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	description:
		'Time worked in hours as a decimal number, e.g. 1.5 for 1 h 30 min; sent to smenso as whole minutes. Leave at 0 on create when you give Start Time and End Time: smenso then computes the duration.',
};

/** Optional fields shared by Create (additional fields) and Update. */
export const timeEntryOptionalFields: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description:
			"What the time was spent on. smenso's documentation does not name this field; the node sends it as 'description'.",
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'End Time',
		name: 'endTime',
		type: 'string',
		default: '',
		placeholder: 'e.g. 17:30',
		description:
			'When the work ended: 24-hour time (combined with Date) or a date-time from an expression. Sent as a local date-time without offset (endDate).',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of this entry in another system, for matching records later',
		routing: { send: { type: 'body', property: 'externalId' } },
	},
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'string',
		default: '',
		placeholder: 'e.g. 09:00',
		description:
			'When the work started: 24-hour time (combined with Date) or a date-time from an expression. Sent as a local date-time without offset (startDate).',
	},
	{
		displayName: 'Status ID',
		name: 'statusId',
		type: 'number',
		default: 1,
		description:
			'Numeric status of the time record (workspace-specific; smenso does not document the values)',
		routing: { send: { type: 'body', property: 'statusId' } },
	},
];
