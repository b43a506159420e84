import type { OperationDef } from '../../../shared/descriptions';
import { userLocator } from '../../shared/locators';
import { AVAILABILITY_IDS, availabilityIdField, availabilityUrl } from './fields';

export const getUserAvailability: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a user availability',
		description: 'Retrieve one availability block of a user by ID',
		routing: {
			request: { method: 'GET', url: availabilityUrl },
			send: { preSend: [AVAILABILITY_IDS] },
		},
	},
	fields: [userLocator('The user the availability belongs to'), availabilityIdField],
};
