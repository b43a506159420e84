import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { userLocator } from '../../shared/locators';
import {
	availabilitiesUrl,
	sendAvailabilityDates,
	sendWeekdays,
	userId,
	weekdayFields,
} from './fields';

export const createUserAvailability: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a user availability',
		description:
			'Give a user custom working hours per weekday (e.g. part time) between optional dates; blocks of one user should not overlap',
		routing: {
			request: { method: 'POST', url: availabilitiesUrl },
			send: {
				preSend: [
					requireIds([userId]),
					sendWeekdays('', true),
					sendAvailabilityDates('additionalFields', false),
				],
			},
		},
	},
	fields: [
		userLocator('The person whose availability this is (placeholders have none)'),
		...weekdayFields(
			(day) => `Hours the person is available on ${day}s (0 to 24; 0 means not available)`,
		),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'End Date',
					name: 'ends_at',
					type: 'dateTime',
					default: '',
					description:
						'Last day the hours apply (sent as YYYY-MM-DD in the workflow time zone); without it they apply from the start on, with no end',
				},
				{
					displayName: 'Start Date',
					name: 'starts_at',
					type: 'dateTime',
					default: '',
					description:
						'First day the hours apply (sent as YYYY-MM-DD in the workflow time zone); without it they apply to every day before the end',
				},
			],
		},
	],
};
