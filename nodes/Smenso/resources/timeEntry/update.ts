import type { INodeProperties } from 'n8n-workflow';
import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import {
	bulkWriteOptionsField,
	customFieldsField,
	externalIdFields,
	extraFieldsField,
} from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';
import {
	dateField,
	durationHoursField,
	timeEntryIdField,
	timeEntryOptionalFields,
	timeEntryTimes,
} from './fields';

const lockedField: INodeProperties = {
	displayName: 'Locked',
	name: 'locked',
	type: 'boolean',
	default: false,
	description: 'Whether the entry is locked against changes in smenso',
	routing: { send: { type: 'body', property: 'locked' } },
};

export const updateTimeEntry: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a time entry',
		description: 'Change the fields you add; fields you leave out stay as they are',
		routing: {
			request: { method: 'PUT', url: '/api/integration/timerecord/json' },
			send: {
				preSend: [
					timeEntryTimes(
						{
							date: 'updateFields.date',
							duration: 'updateFields.durationHours',
							start: 'updateFields.startTime',
							end: 'updateFields.endTime',
						},
						false,
					),
					smensoWrite({
						entity: 'timeRecord',
						ids: [{ name: 'projectId', label: 'Project', kind: 'guid' }],
						dates: [{ param: 'updateFields.date', label: 'Date' }],
						recordId: { name: 'timeEntryId', label: 'Time Entry ID', kind: 'guid' },
						topLevel: ['projectId'],
					}),
				],
			},
		},
	},
	fields: [
		{
			...projectLocator('The project the time entry belongs to'),
			routing: { send: { type: 'body', property: 'projectId' } },
		},
		...externalIdFields('time entry', {
			...timeEntryIdField,
			description: 'GUID of the time entry to change',
		}),
		updateFieldsCollection([
			extraFieldsField('time record'),
			dateField,
			{
				...durationHoursField,
				description:
					'New time worked in hours as a decimal number, e.g. 1.5; sent to smenso as whole minutes',
			},
			lockedField,
			...timeEntryOptionalFields,
		]),
		customFieldsField,
		bulkWriteOptionsField,
	],
};
