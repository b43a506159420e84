import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { smensoWrite } from '../../shared/envelope';
import { bulkWriteOptionsField, extraFieldsField } from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';
import {
	checkPhaseId,
	phaseDates,
	phaseFields,
	phaseIdField,
	phaseItem,
	phaseNameField,
} from './fields';

/** preSend: the phase ID goes onto the item as `id`, trimmed and checked. */
async function phaseId(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const id = checkPhaseId(this);
	options.body = { ...((options.body as object) ?? {}), id: /^\d+$/.test(id) ? Number(id) : id };
	return options;
}

export const updatePhase: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a phase',
		description: 'Change the fields you add; fields you leave out stay as they are',
		routing: {
			request: { method: 'PUT', url: '/api/integration/folders/json' },
			send: {
				preSend: [
					phaseId,
					phaseItem('updateFields'),
					smensoWrite({
						entity: 'folder',
						ids: [{ name: 'projectId', label: 'Project', kind: 'guid' }],
						dates: phaseDates('updateFields'),
						dateOrder: ['startDate', 'endDate'],
						topLevel: ['projectId'],
					}),
				],
			},
		},
	},
	fields: [
		{
			...projectLocator('The project of the phase'),
			routing: { send: { type: 'body', property: 'projectId' } },
		},
		phaseIdField,
		updateFieldsCollection([
			extraFieldsField('phase (task folder)'),
			...phaseFields,
			phaseNameField,
		]),
		bulkWriteOptionsField,
	],
};
