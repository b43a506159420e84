import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { requireUpdateFields } from '../../../shared/inputChecks';
import { smensoWrite } from '../../shared/envelope';
import { bulkWaitOptionsField, externalIdFields, extraFieldsField } from '../../shared/writeFields';
import {
	ABSENCE_TYPE_ID,
	absenceTypeIdField,
	absenceTypeItem,
	absenceTypeOptionalFields,
	budgetTypeField,
	titleField,
} from './fields';

export const updateAbsenceType: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update an absence type',
		description:
			"Change the fields you add; fields you leave out stay as they are. Needs an administrator token; the node waits for smenso's result.",
		routing: {
			request: { method: 'PUT', url: '/api/integration/settings/absencetype/json' },
			send: {
				preSend: [
					requireUpdateFields,
					absenceTypeItem('updateFields'),
					smensoWrite({ entity: 'absenceType', recordId: ABSENCE_TYPE_ID, noTimezone: true }),
				],
			},
		},
	},
	fields: [
		...externalIdFields('absence type', absenceTypeIdField('The absence type to change')),
		updateFieldsCollection([
			extraFieldsField('absence type'),
			titleField,
			budgetTypeField,
			...absenceTypeOptionalFields,
		]),
		bulkWaitOptionsField,
	],
};
