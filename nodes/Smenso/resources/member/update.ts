import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { smensoWrite } from '../../shared/envelope';
import { bulkWriteOptionsField, customFieldsField } from '../../shared/writeFields';
import { memberLocator } from '../../shared/locators';

/** smenso takes the member as user GUID or e-mail address; the locator offers both. */
const memberField: INodeProperties = {
	...memberLocator('memberId', 'Member', 'The member whose custom fields change'),
	routing: { send: { type: 'body', property: 'id' } },
};

/** preSend: at least one custom field, before anything is sent. */
async function checkMemberUpdate(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const fields = (
		this.getNodeParameter('customFields.flavor', []) as Array<{ target?: string }>
	).filter((f) => f.target);
	if (!fields.length) {
		throw inputError(
			this.getNode(),
			'No custom field to change',
			"Add at least one entry under 'Custom Fields' and choose its field.",
			this.getItemIndex(),
		);
	}
	return options;
}

export const updateMember: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a member',
		description:
			"Set values of a member's custom fields (smenso applies it in the background; the node waits for the result)",
		routing: {
			request: { method: 'PUT', url: '/api/integration/settings/member/json' },
			send: {
				preSend: [
					checkMemberUpdate,
					smensoWrite({
						entity: 'member',
						ids: [{ name: 'memberId', label: 'Member', kind: 'guidOrEmail' }],
					}),
				],
			},
		},
	},
	fields: [memberField, customFieldsField, bulkWriteOptionsField],
};
