import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { runPoll } from '../shared/pollCursor';
import { retryRequestOptions } from '../shared/retry';
import { pollProperties } from './triggers/pollFields';
import { rmPollSource } from './triggers/pollSource';

export class ResourceManagementPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Resource Management Polling Trigger',
		name: 'resourceManagementPollingTrigger',
		icon: { light: 'file:resourceManagement.svg', dark: 'file:resourceManagement.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ ($parameter["event"] === "updated" ? "New or updated " : "New ") + $parameter["resource"] }}',
		description:
			'Starts the workflow when time entries, projects, users or assignments are created or changed in Resource Management by Smartsheet (checks on a schedule)',
		defaults: { name: 'Resource Management Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'smartsheetResourceManagementApi', required: true }],
		properties: [...pollProperties, retryRequestOptions],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await runPoll(this, await rmPollSource(this));
	}
}
