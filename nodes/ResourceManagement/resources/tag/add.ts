import type { OperationDef } from '../../../shared/descriptions';
import { ownerUrl, requireOwner } from '../../shared/owner';
import { tagOwnerFields } from './fields';

export const addTag: OperationDef = {
	option: {
		name: 'Add',
		value: 'add',
		action: 'Add a tag',
		description:
			'Attach a tag to a project or user; a tag the account does not have yet is created, and adding it twice keeps one',
		routing: {
			request: { method: 'POST', url: ownerUrl('/tags') },
			send: { preSend: [requireOwner] },
		},
	},
	fields: [
		...tagOwnerFields('to tag'),
		{
			displayName: 'Tag',
			name: 'value',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. JavaScript',
			description: 'Text of the tag',
			routing: { send: { type: 'body', property: 'value' } },
		},
	],
};
