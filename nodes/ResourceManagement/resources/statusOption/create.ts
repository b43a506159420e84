import type { OperationDef } from '../../../shared/descriptions';
import { checkLabel, statusOptionFields } from './fields';

export const createStatusOption: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a status option',
		description: 'Add a work status that assignments can carry',
		routing: {
			request: { method: 'POST', url: '/status_options' },
			send: { preSend: [checkLabel] },
		},
	},
	// Resource Management requires all four fields on create.
	fields: ['label', 'color', 'stage', 'order'].map((name) => ({
		...statusOptionFields.find((field) => field.name === name)!,
		required: true,
	})),
};
