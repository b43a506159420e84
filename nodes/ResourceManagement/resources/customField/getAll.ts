import { customFieldListOperation } from '../../shared/customFieldDefinitions';
import { OWNER_DESCRIPTION } from './fields';

/** One operation with Custom Field Value → Get Fields (see customFieldListOperation). */
export const getAllCustomFields = customFieldListOperation(
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many custom fields',
		description:
			'List the custom field definitions of projects or of users, with type, options and default value',
	},
	OWNER_DESCRIPTION,
);
