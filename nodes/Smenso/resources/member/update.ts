import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import type { OperationDef } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { idValue } from '../../../shared/hooks';
import { customFieldsField, smensoWrite, writeOptionsField } from '../../shared/envelope';
import { memberLocator } from '../../shared/locators';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** smenso takes the member as user GUID or e-mail address; the locator offers both. */
const memberField: INodeProperties = (() => {
	const locator = memberLocator('memberId', 'Member', 'The member whose custom fields change');
	return {
		...locator,
		modes: [
			...(locator.modes ?? []),
			{
				displayName: 'By E-Mail',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. jane.doe@example.com',
				validation: [
					{ type: 'regex', properties: { regex: EMAIL.source, errorMessage: 'Enter an e-mail address' } },
				],
			},
		],
		routing: { send: { type: 'body', property: 'id', value: '={{ String($value).trim() }}' } },
	};
})();

/** preSend: a valid member reference and at least one custom field, before anything is sent. */
async function checkMemberUpdate(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const member = idValue(this, 'memberId');
	if (!GUID.test(member) && !EMAIL.test(member)) {
		throw inputError(
			this.getNode(),
			member ? `'Member' is neither a user GUID nor an e-mail address: ${JSON.stringify(member)}` : "'Member' is empty",
			'Pick the member from the list, or enter their user GUID or e-mail address.',
			this.getItemIndex(),
		);
	}
	const fields = (this.getNodeParameter('customFields.flavor', []) as Array<{ target?: string }>).filter((f) => f.target);
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
		description: "Set values of a member's custom fields (smenso applies it in the background; the node waits for the result)",
		routing: {
			request: { method: 'PUT', url: '/api/integration/settings/member/json' },
			send: { preSend: [checkMemberUpdate, smensoWrite({ entity: 'member' })] },
		},
	},
	fields: [memberField, customFieldsField, writeOptionsField],
};
