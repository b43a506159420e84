import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { listOrIdLocator, urlId, type OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { checkId } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { waitOptionsField } from '../../shared/writeFields';

/**
 * preSend: a custom field goes with the values it holds everywhere, so the delete is only sent
 * when Confirm is on (checked first), and only for a well-formed GUID.
 */
async function confirmedDelete(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	if (this.getNodeParameter('confirmDelete', false) !== true) {
		throw inputError(
			this.getNode(),
			'Deleting a custom field is not confirmed',
			"Deleting a custom field also deletes the values it holds in every project (and on every task, time record, status report and member that has it), and smenso has no undo. Turn on 'Confirm Deleting Values in Every Project' to delete it.",
			this.getItemIndex(),
		);
	}
	checkId(this, 'flavorId', 'Custom Field', 'guid');
	return options;
}

export const deleteFlavor: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a custom field',
		description:
			'Delete a custom field (flavor) from the workspace, with its values in every project; needs an administrator token and the confirmation field',
		routing: {
			request: { method: 'DELETE', url: `=/api/integration/flavor/json/${urlId('flavorId')}` },
			send: { preSend: [confirmedDelete] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		listOrIdLocator({
			displayName: 'Custom Field',
			name: 'flavorId',
			searchListMethod: 'searchFlavors',
			description:
				'The custom field (flavor) to delete: pick from the list (formula fields included) or paste its GUID',
			idPlaceholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
			idRegex: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
			idError: 'Enter a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
		}),
		{
			displayName: 'Confirm Deleting Values in Every Project',
			name: 'confirmDelete',
			type: 'boolean',
			required: true,
			default: false,
			description:
				'Whether you accept that deleting the custom field also deletes its values in every project (and on tasks, time records, status reports and members). While off, the node stops before sending anything.',
		},
		waitOptionsField,
	],
};
