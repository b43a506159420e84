import { customFieldListOperation } from '../../shared/customFieldDefinitions';
import { OWNER_DESCRIPTION } from './fields';

/** The same read as Custom Field → Get Many, kept here where the values are set. */
export const getCustomFields = customFieldListOperation(
	{
		name: 'Get Fields',
		value: 'getFields',
		action: 'Get custom field definitions',
		description: 'List the custom fields of projects or of users, with their type and options',
	},
	OWNER_DESCRIPTION,
);
