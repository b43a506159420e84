import type { OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { firstNameField, lastNameField, userDates, userFields } from './fields';

export const createUser: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a user',
		description: 'Add a person who can be scheduled; new users start active',
		routing: {
			request: { method: 'POST', url: '/users' },
			send: {
				preSend: [
					sendDates({
						body: userDates('additionalFields'),
						order: ['hire_date', 'termination_date'],
					}),
				],
			},
		},
	},
	fields: [
		{ ...firstNameField, required: true },
		{ ...lastNameField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: userFields,
		},
	],
};
