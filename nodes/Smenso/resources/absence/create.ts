import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import { bulkWriteOptionsField, extraFieldsField } from '../../shared/writeFields';
import {
	absenceDates,
	absenceOptionalFields,
	absenceTypeField,
	endDateField,
	startDateField,
	userField,
	USER_ID,
} from './fields';

export const createAbsence: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create an absence',
		description:
			'Record an absence of a member; smenso checks it in the background (no overlaps, end not before start) and the node waits for the result',
		routing: {
			request: { method: 'POST', url: '/api/integration/absence/json' },
			send: {
				preSend: [
					smensoWrite({
						entity: 'absence',
						ids: [USER_ID],
						dates: absenceDates(''),
						dateOrder: ['startDate', 'endDate'],
					}),
				],
			},
		},
	},
	fields: [
		userField(
			'The member who is absent: pick from the list, or give their e-mail address or user GUID',
		),
		{ ...absenceTypeField, required: true },
		{ ...startDateField, required: true },
		{ ...endDateField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([extraFieldsField('absence'), ...absenceOptionalFields]),
		},
		bulkWriteOptionsField,
	],
};
