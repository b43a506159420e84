import { resourceOperations } from '../../../shared/descriptions';
import { archiveUser } from './archive';
import { createUser } from './create';
import { getUser } from './get';
import { getAllUsers } from './getAll';
import { unarchiveUser } from './unarchive';
import { updateUser } from './update';

export const userDescription = resourceOperations(
	'user',
	[archiveUser, createUser, getUser, getAllUsers, unarchiveUser, updateUser],
	'getAll',
);
