import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { requireDates } from '../../../shared/dates';
import { smensoWrite } from '../../shared/envelope';
import { bulkWriteOptionsField, extraFieldsField } from '../../shared/writeFields';
import {
	endDateField,
	externalIdField,
	memberField,
	startDateField,
	weekdayCapacities,
	weekdayHoursFields,
	WORKING_TIME_URL,
} from './fields';

export const createWorkingTime: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a working time',
		description:
			"Start a working-time period for a member: hours per weekday from a start date (smenso uses them for capacity and absence durations). Needs an administrator token; the node waits for smenso's result.",
		routing: {
			request: { method: 'POST', url: WORKING_TIME_URL },
			send: {
				preSend: [
					requireDates([{ param: 'startDate', label: 'Start Date' }]),
					weekdayCapacities(),
					smensoWrite({
						entity: 'memberWorkingTime',
						ids: [{ name: 'userId', label: 'Member', kind: 'guidOrEmail' }],
						dates: [
							{ param: 'startDate', label: 'Start Date' },
							{ param: 'additionalFields.endDate', label: 'End Date' },
						],
						dateOrder: ['startDate', 'endDate'],
					}),
				],
			},
		},
	},
	fields: [
		{
			...memberField(
				'The member whose working hours these are: pick from the list, or give the user GUID or e-mail address',
			),
			routing: { send: { type: 'body', property: 'userId' } },
		},
		{ ...startDateField, required: true },
		...weekdayHoursFields(),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([endDateField, externalIdField, extraFieldsField('working time')]),
		},
		bulkWriteOptionsField,
	],
};
