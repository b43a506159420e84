import { limitField, returnAllField, type OperationDef } from '../../../shared/descriptions';
import { ownerUrl, requireOwner } from '../../shared/owner';
import { tagOwnerFields } from './fields';

export const getAllTags: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many tags',
		description: 'List the tags of a project or user',
		routing: {
			request: { method: 'GET', url: ownerUrl('/tags') },
			send: { preSend: [requireOwner] },
		},
	},
	fields: [...tagOwnerFields('whose tags to list'), returnAllField, limitField],
};
