import { resourceOperations } from '../../../shared/descriptions';
import { createCustomField } from './create';
import { deleteCustomField } from './delete';
import { getCustomField } from './get';
import { getAllCustomFields } from './getAll';
import { updateCustomField } from './update';

export const customFieldDescription = resourceOperations(
	'customField',
	[createCustomField, deleteCustomField, getCustomField, getAllCustomFields, updateCustomField],
	'getAll',
);
