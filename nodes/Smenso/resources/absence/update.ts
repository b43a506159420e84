import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { idValue } from '../../../shared/idChecks';
import { smensoWrite } from '../../shared/envelope';
import {
	bulkWriteOptionsField,
	externalIdFields,
	extraFieldsField,
} from '../../shared/writeFields';
import {
	absenceDates,
	absenceIdField,
	absenceOptionalFields,
	absenceTypeField,
	USER_ID,
	userField,
	endDateField,
	startDateField,
} from './fields';

export const updateAbsence: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update an absence',
		description: 'Change the fields you add; fields you leave out stay as they are',
		routing: {
			request: { method: 'PUT', url: '/api/integration/absence/json' },
			send: {
				preSend: [
					smensoWrite({
						entity: 'absence',
						recordId: { name: 'absenceId', label: 'Absence ID', kind: 'guid' },
						ids: (ctx) =>
							idValue(ctx, 'updateFields.userId')
								? [{ ...USER_ID, name: 'updateFields.userId' }]
								: [],
						dates: absenceDates('updateFields'),
						dateOrder: ['startDate', 'endDate'],
					}),
				],
			},
		},
	},
	fields: [
		...externalIdFields('absence', {
			...absenceIdField,
			description: 'GUID of the absence to change',
		}),
		updateFieldsCollection([
			extraFieldsField('absence'),
			absenceTypeField,
			startDateField,
			endDateField,
			{
				...userField('The member the absence moves to: from the list, by user GUID or by e-mail'),
				required: false,
			},
			...absenceOptionalFields,
		]),
		bulkWriteOptionsField,
	],
};
