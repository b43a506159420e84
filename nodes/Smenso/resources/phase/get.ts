import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { urlId, type OperationDef } from '../../../shared/descriptions';
import { checkId } from '../../../shared/idChecks';
import { projectLocator } from '../../shared/locators';
import { checkPhaseId, phaseIdField, pickPhase } from './fields';

async function checkIds(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	checkId(this, 'projectId', 'Project', 'guid');
	checkPhaseId(this);
	return options;
}

export const getPhase: OperationDef = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a phase',
		description: "Retrieve one phase of a project (read from the project's phase list)",
		routing: {
			request: {
				method: 'GET',
				url: `=/api/integration/folders/json/${urlId('projectId')}`,
			},
			send: { preSend: [checkIds] },
			output: { postReceive: [pickPhase] },
		},
	},
	fields: [projectLocator('The project of the phase'), phaseIdField],
};
