import { updateFieldsCollection, type OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { requireIds } from '../../../shared/idChecks';
import { phaseLocator, projectLocator } from '../../shared/locators';
import { phaseDates, phaseId, phaseUpdateFields, phaseUrl, projectId } from './fields';

export const updatePhase: OperationDef = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a phase',
		description: 'Change the fields you add',
		routing: {
			request: { method: 'PUT', url: phaseUrl },
			send: {
				preSend: [
					requireIds([projectId, phaseId]),
					sendDates({ body: phaseDates('updateFields'), order: ['starts_at', 'ends_at'] }),
				],
			},
		},
	},
	fields: [
		projectLocator('The project the phase belongs to'),
		phaseLocator('The phase to change'),
		updateFieldsCollection(phaseUpdateFields),
	],
};
