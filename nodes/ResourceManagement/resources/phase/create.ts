import type { OperationDef } from '../../../shared/descriptions';
import { sendDates } from '../../../shared/dates';
import { requireIds } from '../../../shared/idChecks';
import { projectLocator } from '../../shared/locators';
import { phaseDateFields, phaseDates, phaseNameField, phasesUrl, projectId } from './fields';

export const createPhase: OperationDef = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a phase',
		description:
			'Add a phase to a project; without dates Resource Management uses today and 60 days later',
		routing: {
			request: { method: 'POST', url: phasesUrl },
			send: {
				preSend: [
					requireIds([projectId]),
					sendDates({ body: phaseDates('additionalFields'), order: ['starts_at', 'ends_at'] }),
				],
			},
		},
	},
	fields: [
		projectLocator('The project that gets the phase'),
		{ ...phaseNameField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: phaseDateFields,
		},
	],
};
