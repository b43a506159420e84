import type { OperationDef } from '../../../shared/descriptions';
import { requireIds } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { phaseLocator, projectLocator } from '../../shared/locators';
import { phaseId, phaseUrl, projectId } from './fields';

export const deletePhase: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a phase',
		description:
			'Delete a phase; Resource Management refuses while the phase still has assignments',
		routing: {
			request: { method: 'DELETE', url: phaseUrl },
			send: { preSend: [requireIds([projectId, phaseId])] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [projectLocator('The project the phase belongs to'), phaseLocator('The phase to delete')],
};
