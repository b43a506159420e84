import { resourceOperations } from '../../../shared/descriptions';
import { getAllCustomFieldValues } from './getAll';
import { getCustomFields } from './getFields';
import { setCustomFieldValue } from './set';
import { updateCustomFieldValue } from './update';

export const customFieldValueDescription = resourceOperations(
	'customFieldValue',
	[getAllCustomFieldValues, getCustomFields, setCustomFieldValue, updateCustomFieldValue],
	'getAll',
);
