import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import {
	byDisplayName,
	updateFieldsCollection,
	type OperationDef,
} from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
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
		updateFieldsCollection(
			byDisplayName([
				extraFieldsField('absence type'),
				titleField,
				budgetTypeField,
				...absenceTypeOptionalFields,
			]),
		),
		bulkWaitOptionsField,
	],
};
