import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { extraFieldsField, smensoWrite, writeOptionsField } from '../../shared/envelope';
import { projectLocator } from '../../shared/locators';
import { progressField, titleField } from './fields';

export const createStatusReportFromTemplate: OperationDef = {
	option: {
		name: 'Create From Template',
		value: 'createFromTemplate',
		action: 'Create a status report from a template',
		description: 'Create a draft status report for a project from a status report template',
		routing: {
			request: {
				method: 'POST',
				url: '=/api/integration/template/statusreport/create/json/{{ encodeURIComponent(String($parameter.templateId).trim()) }}',
			},
			send: {
				preSend: [
					smensoWrite({
						entity: 'statusReport',
						plain: true,
						ids: [
							{ name: 'templateId', label: 'Template ID', kind: 'guid' },
							{ name: 'projectId', label: 'Project', kind: 'guid' },
						],
					}),
				],
			},
		},
	},
	fields: [
		{
			displayName: 'Template ID',
			name: 'templateId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
			description: 'GUID of the status report template',
		},
		{
			...projectLocator('The project the new report is about'),
			routing: { send: { type: 'body', property: 'projectId' } },
		},
		{ ...titleField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([extraFieldsField('status report'), progressField]),
		},
		writeOptionsField,
	],
};
