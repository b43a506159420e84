import {
	limitField,
	returnAllField,
	simplifyField,
	type OperationDef,
} from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { simplify } from '../../../shared/results';
import { projectLocator } from '../../shared/locators';
import { PHASE_SIMPLE_KEYS, phasesUrl, projectId } from './fields';

export const getAllPhases: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many phases',
		description: 'List the phases of a project',
		routing: {
			request: { method: 'GET', url: phasesUrl },
			send: { preSend: [requireIds([projectId])] },
			output: { postReceive: [simplify(PHASE_SIMPLE_KEYS)] },
		},
	},
	fields: [
		projectLocator('The project whose phases to list'),
		returnAllField,
		limitField,
		simplifyField,
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Include Archived',
					name: 'with_archived',
					type: 'boolean',
					default: false,
					description: 'Whether archived phases are listed too',
					routing: { send: { type: 'query', property: 'with_archived' } },
				},
			],
		},
		{
			displayName: 'Include',
			name: 'fields',
			type: 'multiOptions',
			default: [],
			description: 'Extra data to embed in each phase',
			options: [
				{ name: 'Budget Items', value: 'budget_items' },
				{ name: 'Custom Field Values', value: 'custom_field_values' },
				{ name: 'Tags', value: 'tags' },
			],
			routing: {
				send: {
					type: 'query',
					property: 'fields',
					value: '={{ $value.length ? $value.join(",") : undefined }}',
				},
			},
		},
	],
};
