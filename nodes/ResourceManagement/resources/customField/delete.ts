import type { IExecuteSingleFunctions, PreSendAction } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { FIELD_ID, customFieldLocator, customFieldUrl } from './fields';

/** preSend: deleting a field deletes every value of it, so it needs the explicit confirmation. */
const requireConfirmation: PreSendAction = async function (this: IExecuteSingleFunctions, options) {
	if (this.getNodeParameter('confirmDelete', false) !== true) {
		throw inputError(
			this.getNode(),
			'Deleting a custom field needs confirmation',
			"Deleting the field also deletes its value on every project or user, and cannot be undone. Turn on 'Confirm Deleting All Values' to go ahead.",
			this.getItemIndex(),
		);
	}
	return options;
};

export const deleteCustomField: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a custom field',
		description: 'Delete a custom field together with all of its values on every project or user',
		routing: {
			request: { method: 'DELETE', url: customFieldUrl },
			send: { preSend: [requireIds([FIELD_ID]), requireConfirmation] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		customFieldLocator('The custom field to delete'),
		{
			displayName: 'Confirm Deleting All Values',
			name: 'confirmDelete',
			type: 'boolean',
			required: true,
			default: false,
			description:
				'Whether you confirm that every value of this field, on all projects or users, is deleted with it (cannot be undone). Without it the node stops before sending anything.',
		},
	],
};
