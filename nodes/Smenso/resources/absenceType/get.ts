import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { idValue } from '../../../shared/hooks';

/** smenso does not say whether absence-type IDs are GUIDs or numbers, so only emptiness is checked. */
async function requireAbsenceType(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	if (!idValue(this, 'absenceTypeId')) {
		throw inputError(
			this.getNode(),
			"'Absence Type' is empty",
			"Choose the absence type from the list, or map the 'id' field of an earlier node.",
			this.getItemIndex(),
		);
	}
	return options;
}

export const getAbsenceType: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get an absence type',
		description: 'Retrieve one absence type by ID',
		routing: {
			request: {
				method: 'GET',
				url: '=/api/integration/settings/absencetype/json/{{ encodeURIComponent(String($parameter.absenceTypeId).trim()) }}',
			},
			send: { preSend: [requireAbsenceType] },
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
