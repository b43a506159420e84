import type { OperationDef } from '../../../shared/descriptions';
import { smensoWrite, writeOptionsField } from '../../shared/envelope';
import {
	ABSENCE_DATES,
	absenceIdField,
	absenceOptionalFields,
	absenceTypeField,
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
						ids: [{ name: 'absenceId', label: 'Absence ID', kind: 'guid' }],
						dates: ABSENCE_DATES('updateFields.'),
						dateOrder: ['startDate', 'endDate'],
					}),
				],
			},
		},
	},
	fields: [
		{
			...absenceIdField,
			description: 'GUID of the absence to change',
			routing: { send: { type: 'body', property: 'id' } },
		},
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [absenceTypeField, startDateField, endDateField, ...absenceOptionalFields].sort((a, b) =>
				a.displayName.localeCompare(b.displayName),
			),
		},
		writeOptionsField,
	],
};
