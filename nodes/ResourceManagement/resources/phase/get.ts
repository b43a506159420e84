import { simplifyField, type OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { simplify } from '../../../shared/results';
import { phaseLocator, projectLocator } from '../../shared/locators';
import { PHASE_SIMPLE_KEYS, phaseId, phaseUrl, projectId } from './fields';

export const getPhase: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a phase',
		description: 'Retrieve one phase of a project',
		routing: {
			request: { method: 'GET', url: phaseUrl },
			send: { preSend: [requireIds([projectId, phaseId])] },
			output: { postReceive: [simplify(PHASE_SIMPLE_KEYS)] },
		},
	},
	fields: [
		projectLocator('The project the phase belongs to'),
		phaseLocator('The phase to retrieve'),
		simplifyField,
	],
};
