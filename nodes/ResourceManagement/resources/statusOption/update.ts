import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { requireIds } from '../../../shared/hooks';
import { checkLabel, statusOptionFields, statusOptionId, statusOptionLocator, statusOptionUrl } from './fields';

/** preSend: an update without fields would send an empty body and change nothing. */
async function requireChange(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	if (!Object.keys((options.body ?? {}) as object).length) {
		throw inputError(this.getNode(), 'No field to update', "Add at least one field under 'Update Fields'.", this.getItemIndex());
	}
	return options;
}

export const updateStatusOption: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a status option',
		description: 'Change the label, colour, stage or order of a status option',
		routing: {
			request: { method: 'PUT', url: statusOptionUrl },
			send: { preSend: [requireIds([statusOptionId]), requireChange, checkLabel] },
		},
	},
	fields: [
		statusOptionLocator('The status option to change'),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: statusOptionFields,
		},
	],
};
