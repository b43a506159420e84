import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { SMENSO_BASE_URL_EXPRESSION } from './shared/baseUrl';
import { listSearch, loadOptions } from './shared/methods';
import { runSmensoRequest } from './shared/transport';
import { projectDescription } from './resources/project';

export class Smenso implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'smenso',
		name: 'smenso',
		icon: { light: 'file:smenso.svg', dark: 'file:smenso.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage smenso projects, tasks, absences, time records and reports',
		defaults: { name: 'smenso' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'smensoIntegrationApi', required: true }],
		requestDefaults: {
			baseURL: SMENSO_BASE_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		// Every request goes through runSmensoRequest: n8n calls it as the custom pagination
		// function of requests that set `paginate`, which the hidden property below does.
		requestOperations: { pagination: runSmensoRequest },
		properties: [
			{
				displayName: 'Request Runner',
				name: 'requestRunner',
				type: 'hidden',
				default: true,
				routing: { send: { paginate: true } },
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Project', value: 'project' }],
				default: 'project',
			},
			...projectDescription,
		],
	};

	methods = { listSearch, loadOptions };
}
