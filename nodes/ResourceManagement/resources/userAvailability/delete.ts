import type { OperationDef } from '../../../shared/descriptions';
import { deletedResult } from '../../../shared/results';
import { userLocator } from '../../shared/locators';
import { AVAILABILITY_IDS, availabilityIdField, availabilityUrl } from './fields';

export const deleteUserAvailability: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a user availability',
		description:
			"Remove an availability block; the account's work week applies again for its dates",
		routing: {
			request: { method: 'DELETE', url: availabilityUrl },
			send: { preSend: [AVAILABILITY_IDS] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [userLocator('The user the availability belongs to'), availabilityIdField],
};
