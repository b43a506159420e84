import { resourceOperations } from '../../../shared/descriptions';
import { createStatusOption } from './create';
import { deleteStatusOption } from './delete';
import { getStatusOption } from './get';
import { getAllStatusOptions } from './getAll';
import { updateStatusOption } from './update';

export const statusOptionDescription = resourceOperations(
	'statusOption',
	[
		createStatusOption,
		deleteStatusOption,
		getStatusOption,
		getAllStatusOptions,
		updateStatusOption,
	],
	'getAll',
);
