import type { OperationDef } from '../../../shared/descriptions';
import { smensoWrite, writeOptionsField } from '../../shared/envelope';
import {
	ABSENCE_DATES,
	absenceOptionalFields,
	absenceTypeField,
	endDateField,
	requireUser,
	startDateField,
	userLocator,
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
					requireUser('userId', 'User'),
					smensoWrite({ entity: 'absence', dates: ABSENCE_DATES(''), dateOrder: ['startDate', 'endDate'] }),
				],
			},
		},
	},
	fields: [
		{
			...userLocator('The member who is absent: pick from the list, or give their e-mail address or user GUID'),
			routing: { send: { type: 'body', property: 'userId' } },
		},
		{ ...absenceTypeField, required: true },
		{ ...startDateField, required: true },
		{ ...endDateField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: absenceOptionalFields,
		},
		writeOptionsField,
	],
};
