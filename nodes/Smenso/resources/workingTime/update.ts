import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import {
	byDisplayName,
	updateFieldsCollection,
	type OperationDef,
} from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
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

/** preSend: an update without a field to change would send only the ID; say so instead. */
async function requireUpdateFields(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	if (!Object.keys(this.getNodeParameter('updateFields', {}) as object).length) {
		throw inputError(
			this.getNode(),
			'No fields to update',
			"Add at least one field under 'Update Fields'.",
			this.getItemIndex(),
		);
	}
	return options;
}

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
						dates: [
							{ param: 'updateFields.startDate', label: 'Start Date' },
							{ param: 'updateFields.endDate', label: 'End Date' },
						],
						dateOrder: ['startDate', 'endDate'],
					}),
				],
			},
		},
	},
	fields: [
		...externalIdFields('working-time period', workingTimeIdField),
		updateFieldsCollection(
			byDisplayName([
				startDateField,
				{
					...endDateField,
					description: `${String(endDateField.description)} To remove an end date, send {"endDate": null} in Extra Fields (JSON).`,
				},
				externalIdField,
				extraFieldsField('working time'),
				...weekdayHoursFields(),
			]),
		),
		bulkWriteOptionsField,
	],
};
