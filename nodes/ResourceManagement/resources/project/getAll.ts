import {
	limitField,
	returnAllField,
	simplifyField,
	type OperationDef,
} from '../../../shared/descriptions';
import { simplify } from '../../../shared/results';
import { CREATED_OR_UPDATED, sendDateWindow, sortField } from '../../shared/listFields';
import { PROJECT_SIMPLE_KEYS, projectEmbedField } from './fields';

export const getAllProjects: OperationDef = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many projects',
		description: 'List projects, optionally filtered by dates, state, code or phase name',
		routing: {
			request: { method: 'GET', url: '/projects' },
			send: {
				preSend: [sendDateWindow('Active From', 'Active To')],
			},
			output: { postReceive: [simplify(PROJECT_SIMPLE_KEYS)] },
		},
	},
	fields: [
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
					displayName: 'Active From',
					name: 'from',
					type: 'dateTime',
					default: '',
					description: 'Only projects that end on or after this date',
				},
				{
					displayName: 'Active To',
					name: 'to',
					type: 'dateTime',
					default: '',
					description: 'Only projects that start on or before this date',
				},
				{
					displayName: 'Include Archived',
					name: 'with_archived',
					type: 'boolean',
					default: false,
					description: 'Whether archived projects are listed too',
					routing: { send: { type: 'query', property: 'with_archived' } },
				},
				{
					displayName: 'Include Phases',
					name: 'with_phases',
					type: 'boolean',
					default: false,
					description: 'Whether phases are listed as well (they have a parent_id)',
					routing: { send: { type: 'query', property: 'with_phases' } },
				},
				{
					displayName: 'Phase Name',
					name: 'phase_name',
					type: 'string',
					default: '',
					description: 'Only phases with exactly this name',
					routing: { send: { type: 'query', property: 'phase_name' } },
				},
				{
					displayName: 'Project Code',
					name: 'project_code',
					type: 'string',
					default: '',
					description: 'Only the project with exactly this code',
					routing: { send: { type: 'query', property: 'project_code' } },
				},
				{
					displayName: 'Project States',
					name: 'project_state',
					type: 'multiOptions',
					default: [],
					description: 'Only projects in these states',
					options: [
						{ name: 'Confirmed', value: 'Confirmed' },
						{ name: 'Internal', value: 'Internal' },
						{ name: 'Tentative', value: 'Tentative' },
					],
					routing: {
						send: {
							type: 'query',
							property: 'filter_list',
							value: '={{ $value.length ? $value.join(",") : undefined }}',
						},
						request: { qs: { filter_field: '={{ $value.length ? "project_state" : undefined }}' } },
					},
				},
				{
					displayName: 'Strictly Inside Dates',
					name: 'strict',
					type: 'boolean',
					default: false,
					description:
						'Whether only projects entirely between Active From and Active To are listed',
					routing: { send: { type: 'query', property: 'strict' } },
				},
			],
		},
		sortField(CREATED_OR_UPDATED),
		projectEmbedField,
	],
};
