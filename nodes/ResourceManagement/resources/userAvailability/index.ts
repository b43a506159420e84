import { resourceOperations } from '../../../shared/descriptions';
import { createUserAvailability } from './create';
import { deleteUserAvailability } from './delete';
import { getUserAvailability } from './get';
import { getAllUserAvailabilities } from './getAll';
import { updateUserAvailability } from './update';

export const userAvailabilityDescription = resourceOperations(
	'userAvailability',
	[
		createUserAvailability,
		deleteUserAvailability,
		getUserAvailability,
		getAllUserAvailabilities,
		updateUserAvailability,
	],
	'getAll',
);
