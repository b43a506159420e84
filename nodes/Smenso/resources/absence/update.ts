import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { idValue } from '../../../shared/hooks';
import { externalIdFields, extraFieldsField, smensoWrite, bulkWriteOptionsField } from '../../shared/envelope';
import {
	ABSENCE_DATES,
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
						ids: (ctx) => (idValue(ctx, 'updateFields.userId') ? [{ ...USER_ID, name: 'updateFields.userId' }] : []),
						dates: ABSENCE_DATES('updateFields.'),
						dateOrder: ['startDate', 'endDate'],
					}),
				],
			},
		},
	},
	fields: [
		...externalIdFields('absence', { ...absenceIdField, description: 'GUID of the absence to change' }),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([
				extraFieldsField('absence'),
				absenceTypeField,
				startDateField,
				endDateField,
				{ ...userField('The member the absence moves to: from the list, by user GUID or by e-mail'), required: false },
				...absenceOptionalFields,
			]),
		},
		bulkWriteOptionsField,
	],
};
