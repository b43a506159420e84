import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { requireIds } from '../../../shared/idChecks';
import { userLocator } from '../../shared/locators';
import { firstNameField, lastNameField, userDates, userFields, userId, userUrl } from './fields';

export const updateUser: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a user',
		description:
			'Change the fields you add; use Archive or Unarchive to deactivate or reactivate a user',
		routing: {
			request: { method: 'PUT', url: userUrl },
			send: {
				preSend: [
					requireIds([userId]),
					sendDates({ body: userDates('updateFields'), order: ['hire_date', 'termination_date'] }),
				],
			},
		},
	},
	fields: [
		userLocator('The user to change'),
		updateFieldsCollection([...userFields, firstNameField, lastNameField]),
	],
};
