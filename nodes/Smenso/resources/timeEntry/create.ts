import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import {
	bulkWriteOptionsField,
	customFieldsField,
	extraFieldsField,
} from '../../shared/writeFields';
import { projectLocator, taskLocator } from '../../shared/locators';
import { USER_ID, userField } from '../absence/fields';
import { dateField, durationHoursField, timeEntryOptionalFields, timeEntryTimes } from './fields';

export const createTimeEntry: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a time entry',
		description:
			'Book time on a task (smenso: time record). smenso refuses bookings on archived projects or where time recording is blocked; the node waits for its result.',
		routing: {
			request: { method: 'POST', url: '/api/integration/timerecord/json' },
			send: {
				preSend: [
					timeEntryTimes(
						{
							date: 'date',
							duration: 'durationHours',
							start: 'additionalFields.startTime',
							end: 'additionalFields.endTime',
						},
						true,
					),
					smensoWrite({
						entity: 'timeRecord',
						ids: [
							{ name: 'projectId', label: 'Project', kind: 'guid' },
							{ name: 'taskId', label: 'Task', kind: 'guid' },
							USER_ID,
						],
						dates: [{ param: 'date', label: 'Date' }],
						topLevel: ['projectId'],
					}),
				],
			},
		},
	},
	fields: [
		{
			...projectLocator('The project the time is booked on'),
			routing: { send: { type: 'body', property: 'projectId' } },
		},
		{
			...taskLocator(
				'The task the time is booked on (the list shows the tasks of the selected project)',
			),
			routing: { send: { type: 'body', property: 'taskId' } },
		},
		userField('Who worked: pick from the list, or give their e-mail address or user GUID'),
		{ ...dateField, required: true },
		{ ...durationHoursField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([extraFieldsField('time record'), ...timeEntryOptionalFields]),
		},
		customFieldsField,
		bulkWriteOptionsField,
	],
};
