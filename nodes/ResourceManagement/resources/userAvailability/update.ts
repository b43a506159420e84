import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { requireChanges } from '../../../shared/inputChecks';
import { userLocator } from '../../shared/locators';
import {
	AVAILABILITY_IDS,
	availabilityIdField,
	availabilityUrl,
	sendAvailabilityDates,
	sendWeekdays,
	weekdayFields,
} from './fields';

export const updateUserAvailability: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a user availability',
		description: 'Change the dates or the hours of some weekdays of an availability block',
		routing: {
			request: { method: 'PUT', url: availabilityUrl },
			send: {
				preSend: [
					AVAILABILITY_IDS,
					sendWeekdays('updateFields.', false),
					sendAvailabilityDates('updateFields', true),
					requireChanges,
				],
			},
		},
	},
	fields: [
		userLocator('The user the availability belongs to'),
		availabilityIdField,
		updateFieldsCollection([
			...weekdayFields((day) => `New hours available on ${day}s (0 to 24; 0 means not available)`),
			{
				displayName: 'End Date',
				name: 'ends_at',
				type: 'dateTime',
				default: '',
				description:
					'New last day (sent as YYYY-MM-DD in the workflow time zone); leave it empty to remove the end date, so the hours apply with no end',
			},
			{
				displayName: 'Start Date',
				name: 'starts_at',
				type: 'dateTime',
				default: '',
				description:
					'New first day (sent as YYYY-MM-DD in the workflow time zone); leave it empty to remove the start date, so the hours apply to every day before the end',
			},
		]),
	],
};
