import { byDisplayName, urlId, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import { extraFieldsField, writeOptionsField } from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';
import { TEMPLATE_ID, templateIdField } from '../../shared/templates';
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
				url: `=/api/integration/template/statusreport/create/json/${urlId('templateId')}`,
			},
			send: {
				preSend: [
					smensoWrite({
						entity: 'statusReport',
						plain: true,
						ids: [TEMPLATE_ID, { name: 'projectId', label: 'Project', kind: 'guid' }],
					}),
				],
			},
		},
	},
	fields: [
		templateIdField('status report template'),
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
