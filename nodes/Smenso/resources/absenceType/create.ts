import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import { bulkWaitOptionsField, extraFieldsField } from '../../shared/writeFields';
import { absenceTypeItem, absenceTypeOptionalFields, budgetTypeField, titleField } from './fields';

export const createAbsenceType: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create an absence type',
		description:
			'Add an absence type (e.g. Parental Leave) to the workspace settings; needs an administrator token. smenso may apply it in the background; the node waits for the result.',
		routing: {
			request: { method: 'POST', url: '/api/integration/settings/absencetype/json' },
			// smenso's own node sends this envelope without a timezoneId: an absence type has no dates.
			send: {
				preSend: [
					absenceTypeItem('additionalFields'),
					smensoWrite({ entity: 'absenceType', noTimezone: true }),
				],
			},
		},
	},
	fields: [
		{ ...titleField, required: true },
		budgetTypeField,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([extraFieldsField('absence type'), ...absenceTypeOptionalFields]),
		},
		bulkWaitOptionsField,
	],
};
