import { byDisplayName, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import {
	bulkWriteOptionsField,
	customFieldsField,
	extraFieldsField,
} from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';
import {
	overallStatusField,
	statusDateField,
	statusReportOptionalFields,
	titleField,
} from './fields';

export const createStatusReport: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a status report',
		description:
			'Create a status report for a project, as a draft or published (smenso applies it in the background; the node waits for the result)',
		routing: {
			request: { method: 'POST', url: '/api/integration/statusreport/json' },
			send: {
				preSend: [
					smensoWrite({
						entity: 'statusReport',
						ids: [{ name: 'projectId', label: 'Project', kind: 'guid' }],
						dates: [
							{ param: 'statusDate', label: 'Status Date' },
							{ param: 'additionalFields.targetDate', label: 'Target Date' },
						],
						topLevel: ['projectId'],
					}),
				],
			},
		},
	},
	fields: [
		{
			...projectLocator('The project the report is about'),
			routing: { send: { type: 'body', property: 'projectId' } },
		},
		{ ...titleField, required: true },
		{ ...statusDateField, required: true },
		{ ...overallStatusField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([extraFieldsField('status report'), ...statusReportOptionalFields]),
		},
		customFieldsField,
		bulkWriteOptionsField,
	],
};
