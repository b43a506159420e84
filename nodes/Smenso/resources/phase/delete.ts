import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { urlId, type OperationDef } from '../../../shared/descriptions';
import { checkId } from '../../../shared/idChecks';
import { deletedResult } from '../../../shared/results';
import { writeOptionsField } from '../../shared/writeFields';
import { projectLocator } from '../../shared/locators';
import { checkPhaseId, phaseIdField } from './fields';

async function checkIds(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	checkId(this, 'projectId', 'Project', 'guid');
	checkPhaseId(this);
	return options;
}

export const deletePhase: OperationDef = {
	option: {
		name: 'Delete',
		value: 'delete',
		action: 'Delete a phase',
		description: 'Delete a phase (task folder) of a project',
		routing: {
			request: {
				method: 'DELETE',
				url: `=/api/integration/folders/json/${urlId('projectId')}/${urlId('phaseId')}`,
			},
			send: { preSend: [checkIds] },
			output: { postReceive: [deletedResult] },
		},
	},
	fields: [projectLocator('The project of the phase'), phaseIdField, writeOptionsField],
};
