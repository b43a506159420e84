import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { urlId, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import { writeOptionsField } from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';
import { TEMPLATE_ID, templateIdField } from '../../shared/templates';

const APPLY_OPTIONS = [
	['benefit', 'Benefit'],
	['budget', 'Budget'],
	['description', 'Description'],
	['endDate', 'End Date'],
	['flavors', 'Custom Fields'],
	['goal', 'Goal'],
	['labels', 'Labels'],
	['location', 'Location'],
	['manager', 'Manager'],
	['startDate', 'Start Date'],
].sort((a, b) => a[1].localeCompare(b[1]));

/** smenso wants one boolean per part at the top of the body, e.g. `{ projectId, startDate: true }`. */
async function flattenApply(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const { apply, ...rest } = options.body as IDataObject;
	options.body = { ...rest, ...(apply as IDataObject) };
	return options;
}

export const applyTemplateToProject: OperationDef = {
	option: {
		name: 'Apply Template',
		value: 'applyTemplate',
		action: 'Apply a template to a project',
		description:
			"Copy a template's master data (dates, budget, manager …) onto an existing project",
		routing: {
			request: {
				method: 'PUT',
				url: `=/api/integration/project/json/${urlId('templateId')}`,
			},
			send: {
				preSend: [
					smensoWrite({
						entity: 'project',
						plain: true,
						ids: [TEMPLATE_ID, { name: 'projectId', label: 'Project', kind: 'guid' }],
					}),
					flattenApply,
				],
			},
		},
	},
	fields: [
		{
			...projectLocator('The project that takes over the template values'),
			routing: { send: { type: 'body', property: 'projectId' } },
		},
		templateIdField('project template'),
		{
			displayName: 'Apply',
			name: 'apply',
			type: 'multiOptions',
			default: ['startDate', 'endDate'],
			description: 'Which template values to apply',
			options: APPLY_OPTIONS.map(([value, name]) => ({ name, value })),
			routing: {
				send: {
					type: 'body',
					property: 'apply',
					value: '={{ Object.fromEntries($value.map(key => [key, true])) }}',
				},
			},
		},
		{
			displayName: 'Overwrite Existing Values',
			name: 'overwriteValues',
			type: 'boolean',
			default: false,
			description: 'Whether template values replace values the project already has',
			routing: { send: { type: 'body', property: 'overwriteValues' } },
		},
		writeOptionsField,
	],
};
