import type { INodeParameters } from 'n8n-workflow';
import { SmartsheetResourceManagementApi } from '../../credentials/SmartsheetResourceManagementApi.credentials';
import { ResourceManagement } from '../../nodes/ResourceManagement/ResourceManagement.node';
import { RM_TOKEN, type ResourcePlanningSandbox } from '../sandbox';
import { runNode, type RunNodeOptions, type RunNodeResult } from '../../dev/runNode';

export const rmNode = new ResourceManagement();
export const rmCredentialType = new SmartsheetResourceManagementApi();

export function rmCredential(sandbox: ResourcePlanningSandbox, token: string = RM_TOKEN) {
	return {
		type: rmCredentialType,
		data: { apiToken: token, region: 'custom', baseUrl: sandbox.rmBaseUrl },
	};
}

/** Runs the Resource Management node against the sandbox. */
export async function runRm(
	sandbox: ResourcePlanningSandbox,
	parameters: INodeParameters,
	options: Partial<RunNodeOptions> & { token?: string } = {},
): Promise<RunNodeResult> {
	return await runNode({
		nodeType: rmNode,
		parameters,
		credential: rmCredential(sandbox, options.token),
		...options,
	});
}

export { byId, jsonOf, shape } from './smenso';
