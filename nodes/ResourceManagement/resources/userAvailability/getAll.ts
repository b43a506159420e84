import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { userLocator } from '../../shared/locators';
import { availabilitiesUrl, userId } from './fields';

export const getAllUserAvailabilities: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many user availabilities',
		description:
			'List the availability blocks of a user: hours per weekday in day0 (Sunday) to day6 (Saturday), between starts_at and ends_at (null: open-ended)',
		routing: {
			request: { method: 'GET', url: availabilitiesUrl },
			send: { preSend: [requireIds([userId])] },
		},
	},
	fields: [userLocator('The user whose availability blocks to list'), returnAllField, limitField],
};
