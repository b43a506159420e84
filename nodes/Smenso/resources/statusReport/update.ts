import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import {
	bulkWriteOptionsField,
	customFieldsField,
	externalIdFields,
	extraFieldsField,
} from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';
import {
	overallStatusField,
	statusReportDates,
	statusDateField,
	statusReportIdField,
	statusReportOptionalFields,
	titleField,
} from './fields';

export const updateStatusReport: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a status report',
		description:
			'Change a draft status report, or publish it with Publish; published reports are frozen and smenso refuses changes',
		routing: {
			request: { method: 'PUT', url: '/api/integration/statusreport/json' },
			send: {
				preSend: [
					smensoWrite({
						entity: 'statusReport',
						ids: [{ name: 'projectId', label: 'Project', kind: 'guid' }],
						dates: statusReportDates('updateFields'),
						recordId: { name: 'statusReportId', label: 'Status Report ID', kind: 'guid' },
						topLevel: ['projectId'],
					}),
				],
			},
		},
	},
	fields: [
		{
			...projectLocator('The project the report belongs to'),
			routing: { send: { type: 'body', property: 'projectId' } },
		},
		...externalIdFields('status report', {
			...statusReportIdField,
			description: 'GUID of the status report to change: use the ID from the Create output',
		}),
		updateFieldsCollection([
			extraFieldsField('status report'),
			overallStatusField,
			statusDateField,
			titleField,
			...statusReportOptionalFields,
		]),
		customFieldsField,
		bulkWriteOptionsField,
	],
};
