import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';

export const getAllApprovals: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many approvals',
		description: 'List approval records (status, who submitted or approved, and when)',
		routing: { request: { method: 'GET', url: '/approvals' } },
	},
	fields: [
		returnAllField,
		limitField,
		{
			displayName: 'Include Records',
			name: 'includeApprovables',
			type: 'boolean',
			default: false,
			description: 'Whether each approval embeds the time entry or expense item it is about',
			routing: { send: { type: 'query', property: 'fields', value: '={{ $value ? "approvables" : undefined }}' } },
		},
	],
};
