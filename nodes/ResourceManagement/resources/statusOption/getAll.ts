import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';

export const getAllStatusOptions: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many status options',
		description: 'List the work statuses that assignments can carry',
		routing: { request: { method: 'GET', url: '/status_options' } },
	},
	fields: [
		returnAllField,
		limitField,
		{
			displayName: 'Include Deleted',
			name: 'withDeleted',
			type: 'boolean',
			default: false,
			description: 'Whether deleted status options are listed too (they stay on old assignments)',
			routing: {
				send: { type: 'query', property: 'with_deleted', value: '={{ $value || undefined }}' },
			},
		},
	],
};
