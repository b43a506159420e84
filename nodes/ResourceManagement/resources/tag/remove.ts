import { urlId, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { ownerUrl, requireOwner } from '../../shared/owner';
import { tagOwnerFields } from './fields';

export const removeTag: OperationDef = {
	option: {
		name: 'Remove',
		value: 'remove',
		action: 'Remove a tag',
		description: 'Detach a tag from a project or user; the tag itself stays in the account',
		routing: {
			request: { method: 'DELETE', url: ownerUrl(`/tags/${urlId('tagId')}`) },
			send: {
				preSend: [requireOwner, requireIds([{ name: 'tagId', label: 'Tag', kind: 'integer' }])],
			},
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [
		...tagOwnerFields('to untag'),
		{
			displayName: 'Tag Name or ID',
			name: 'tagId',
			type: 'options',
			typeOptions: {
				loadOptionsMethod: 'getTags',
				loadOptionsDependsOn: ['owner', 'projectId.value', 'userId.value'],
			},
			required: true,
			default: '',
			description:
				'The tag to detach (the list shows the tags of the selected project or user). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
};
