import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { inputError } from '../../../shared/errors';
import { memberLocator } from '../../shared/locators';

export const WORKING_TIME_URL = '/api/integration/settings/member/workingtime/json';

export const WORKING_TIME_ID = {
	name: 'workingTimeId',
	label: 'Working Time ID',
	kind: 'guid',
} as const;

export const workingTimeIdField: INodeProperties = {
	displayName: 'Working Time ID',
	name: 'workingTimeId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
	description:
		"GUID of the working-time period (smenso's daily capacity record): the ID from Working Time → Get Many or from the Create output",
};

export const startDateField: INodeProperties = {
	displayName: 'Start Date',
	name: 'startDate',
	type: 'dateTime',
	default: '',
	description:
		'First day the working hours apply (only the date is sent, as yyyy-MM-dd in the workflow time zone)',
};

export const endDateField: INodeProperties = {
	displayName: 'End Date',
	name: 'endDate',
	type: 'dateTime',
	default: '',
	description:
		'Last day the working hours apply, the start day or later (only the date is sent). Leave out for a period without end.',
};

export const externalIdField: INodeProperties = {
	displayName: 'External ID',
	name: 'externalId',
	type: 'string',
	default: '',
	description:
		'The ID of this period in another system (e.g. the HR tool), for Use External ID in later updates',
	routing: { send: { type: 'body', property: 'externalId' } },
};

/** The member a period belongs to: from the list, by user GUID or by e-mail, sent as `userId`. */
export function memberField(description: string): INodeProperties {
	return memberLocator('userId', 'Member', description);
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `mondayHours` → `mondayCapacity` and so on. */
const parameterOf = (day: string) => `${day.toLowerCase()}Hours`;
const capacityOf = (day: string) => `${day.toLowerCase()}Capacity`;

/**
 * One hours field per weekday. smenso stores the capacity as minutes per day; the node takes
 * hours, as the task's Planned Effort does, and sends whole minutes.
 */
export function weekdayHoursFields(): INodeProperties[] {
	return WEEKDAYS.map((day, index) => {
		const hours = index < 5 ? 8 : 0;
		return {
			displayName: `${day} Hours`,
			name: parameterOf(day),
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 24, numberPrecision: 2 },
			default: hours,
			description: `Working hours on each ${day} of the period, e.g. 8 or 7.5; 0 for a day off. smenso counts minutes: the node sends hours × 60 as ${capacityOf(day)} (8 → 480).`,
		};
	});
}

/**
 * preSend: the weekday hours set in `collection` (or at the top level when it is empty), checked
 * and converted to whole minutes per day in the item.
 */
export function weekdayCapacities(collection?: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const body = { ...((options.body as IDataObject) ?? {}) };
		const values = collection ? (this.getNodeParameter(collection, {}) as IDataObject) : undefined;
		for (const day of WEEKDAYS) {
			const name = parameterOf(day);
			if (values && !(name in values)) continue;
			const raw = values ? values[name] : this.getNodeParameter(name, null);
			const hours = typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : raw;
			if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > 24) {
				throw inputError(
					this.getNode(),
					`'${day} Hours' is not a number of hours from 0 to 24: ${JSON.stringify(raw)}`,
					`Enter the working hours per ${day}, e.g. 8 or 7.5, or 0 for a day off.`,
					this.getItemIndex(),
				);
			}
			body[capacityOf(day)] = Math.round(hours * 60);
		}
		options.body = body;
		return options;
	};
}
