import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';

export const getAbsenceType: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an absence type',
		description: 'Retrieve one absence type by ID',
		routing: {
			request: {
				method: 'GET',
				url: `=/api/integration/settings/absencetype/json/${urlId('absenceTypeId')}`,
			},
			// smenso does not say whether absence-type IDs are GUIDs or numbers.
			send: {
				preSend: [requireIds([{ name: 'absenceTypeId', label: 'Absence Type', kind: 'text' }])],
			},
		},
	},
	fields: [
		{
			displayName: 'Absence Type Name or ID',
			name: 'absenceTypeId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAbsenceTypes' },
			required: true,
			default: '',
			description:
				'The absence type to retrieve. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
};
