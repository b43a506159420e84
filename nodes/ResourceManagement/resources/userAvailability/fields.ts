import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { urlId } from '../../../shared/descriptions';
import { assertDateOrder, dateParameter } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { requireIds } from '../../../shared/idChecks';
import { bodyOf } from '../../../shared/inputChecks';

/*
 * An availability is a block of available hours per weekday (part time, custom capacity) of one
 * user, between optional dates: without a start it applies back in time, without an end for
 * ever. RM numbers the weekdays day0 (Sunday) to day6 (Saturday); the node names them.
 */

export const availabilitiesUrl = `=/users/${urlId('userId')}/availabilities`;
export const availabilityUrl = `${availabilitiesUrl}/${urlId('availabilityId')}`;

export const userId = { name: 'userId', label: 'User', kind: 'integer' as const };
export const AVAILABILITY_IDS = requireIds([
	userId,
	{ name: 'availabilityId', label: 'Availability ID', kind: 'integer' },
]);

export const availabilityIdField: INodeProperties = {
	displayName: 'Availability ID',
	name: 'availabilityId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 52',
	description:
		'ID of the availability block (from Get Many, or mapped from the ID field of an earlier node)',
};

/** The weekdays in the order people read them, each with RM's key (day0 = Sunday). */
export const WEEKDAYS = [
	{ name: 'monday', label: 'Monday', key: 'day1', hours: 8 },
	{ name: 'tuesday', label: 'Tuesday', key: 'day2', hours: 8 },
	{ name: 'wednesday', label: 'Wednesday', key: 'day3', hours: 8 },
	{ name: 'thursday', label: 'Thursday', key: 'day4', hours: 8 },
	{ name: 'friday', label: 'Friday', key: 'day5', hours: 8 },
	{ name: 'saturday', label: 'Saturday', key: 'day6', hours: 0 },
	{ name: 'sunday', label: 'Sunday', key: 'day0', hours: 0 },
];

/** One number field per weekday, Monday first. */
export const weekdayFields = (describe: (label: string) => string): INodeProperties[] =>
	WEEKDAYS.map(({ name, label, hours }) => ({
		displayName: label,
		name,
		type: 'number',
		default: hours,
		typeOptions: { minValue: 0, maxValue: 24, numberPrecision: 2 },
		description: describe(label),
	}));

/**
 * preSend: the hours of each weekday given under `prefix` (every day on Create, the added ones
 * on Update), each from 0 to 24, as day0 … day6.
 */
export function sendWeekdays(prefix: string, all: boolean): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		const given = prefix
			? (this.getNodeParameter(prefix.slice(0, -1), {}) as IDataObject)
			: undefined;
		const body = bodyOf(options);
		for (const { name, label, key } of WEEKDAYS) {
			if (!all && !(given && name in given)) continue;
			const raw = this.getNodeParameter(`${prefix}${name}`, null) as unknown;
			const hours =
				typeof raw === 'number'
					? raw
					: raw === null || String(raw).trim() === ''
						? NaN
						: Number(String(raw).trim());
			if (!Number.isFinite(hours) || hours < 0 || hours > 24) {
				throw inputError(
					this.getNode(),
					`'${label}' must be a number of hours from 0 to 24: ${JSON.stringify(raw)}`,
					`Enter the hours available on ${label}s, e.g. 8 or 4.5; 0 means not available that day.`,
					this.getItemIndex(),
				);
			}
			body[key] = hours;
		}
		return options;
	};
}

const DATES = [
	{ name: 'starts_at', label: 'Start Date' },
	{ name: 'ends_at', label: 'End Date' },
];

/**
 * preSend: the dates added to `collection` as YYYY-MM-DD, the end not before the start. With
 * `emptyClears` (Update) a date added but left empty is sent as null: the block becomes
 * open-ended on that side.
 */
export function sendAvailabilityDates(collection: string, emptyClears: boolean): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		const given = this.getNodeParameter(collection, {}) as IDataObject;
		const body = bodyOf(options);
		for (const { name, label } of DATES) {
			if (!(name in given)) continue;
			const value = dateParameter(this, `${collection}.${name}`, label);
			if (value !== undefined) body[name] = value;
			else if (emptyClears) body[name] = null;
		}
		assertDateOrder(
			this,
			body.starts_at as string | undefined,
			body.ends_at as string | undefined,
			'Start Date',
			'End Date',
		);
		return options;
	};
}
