import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { collectionDates } from '../../../shared/dates';
import { requireUpdateFields } from '../../../shared/inputChecks';
import { smensoWrite } from '../../shared/envelope';
import {
	bulkWriteOptionsField,
	externalIdFields,
	extraFieldsField,
} from '../../shared/writeFields';
import {
	endDateField,
	externalIdField,
	startDateField,
	WORKING_TIME_ID,
	WORKING_TIME_URL,
	weekdayCapacities,
	weekdayHoursFields,
	workingTimeIdField,
} from './fields';

export const updateWorkingTime: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a working time',
		description:
			"Change the dates or weekday hours of a working-time period; fields you leave out stay as they are. Needs an administrator token; the node waits for smenso's result.",
		routing: {
			request: { method: 'PUT', url: WORKING_TIME_URL },
			send: {
				preSend: [
					requireUpdateFields,
					weekdayCapacities('updateFields'),
					smensoWrite({
						entity: 'memberWorkingTime',
						recordId: WORKING_TIME_ID,
						dates: collectionDates('updateFields', {
							startDate: 'Start Date',
							endDate: 'End Date',
						}),
						dateOrder: ['startDate', 'endDate'],
					}),
				],
			},
		},
	},
	fields: [
		...externalIdFields('working-time period', workingTimeIdField),
		updateFieldsCollection([
			startDateField,
			{
				...endDateField,
				description: `${String(endDateField.description)} To remove an end date, send {"endDate": null} in Extra Fields (JSON).`,
			},
			externalIdField,
			extraFieldsField('working time'),
			...weekdayHoursFields(),
		]),
		bulkWriteOptionsField,
	],
};
