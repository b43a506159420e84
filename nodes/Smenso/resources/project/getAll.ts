import {
	limitField,
	returnAllField,
	simplifyField,
	type OperationDef,
} from '../../../shared/descriptions';
import { simplify } from '../../../shared/results';
import { PROJECT_SIMPLE_KEYS } from './fields';
import { listViewIdField, readOptionsField } from '../../shared/listFields';

export const getAllProjects: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many projects',
		description: 'List the projects the token can see (smenso returns the whole list at once)',
		routing: {
			request: { method: 'GET', url: '/api/integration/project/json' },
			output: { postReceive: [simplify(PROJECT_SIMPLE_KEYS)] },
		},
	},
	fields: [
		returnAllField,
		limitField,
		simplifyField,
		readOptionsField(
			[
				{
					displayName: 'Include Tags of Archived Projects',
					name: 'includeTagsInArchived',
					type: 'boolean',
					default: false,
					description: 'Whether archived projects come with their tags',
					routing: { send: { type: 'query', property: 'includeTagsInArchived' } },
				},
				{
					displayName: 'Project IDs',
					name: 'projectIds',
					type: 'string',
					default: '',
					placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301,…',
					description: 'Only these projects: comma-separated GUIDs',
					routing: {
						send: {
							type: 'query',
							property: 'projectIds',
							value: '={{ $value.split(",").map(id => id.trim()).filter(id => id).join(",") }}',
						},
					},
				},
				listViewIdField,
			],
			'filters',
			'Filters',
		),
	],
};
