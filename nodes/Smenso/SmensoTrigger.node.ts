import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { runPoll } from '../shared/pollCursor';
import { retryRequestOptions } from '../shared/retry';
import { smensoPollProperties } from './triggers/pollFields';
import { smensoPollSource } from './triggers/pollSource';

export class SmensoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'smenso Trigger',
		name: 'smensoTrigger',
		icon: { light: 'file:smenso.svg', dark: 'file:smenso.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ ($parameter["event"] === "updated" ? "New or updated " : "New ") + $parameter["resource"] }}',
		description:
			'Starts the workflow when projects, tasks, absences or time records are created or changed in smenso (checks on a schedule)',
		defaults: { name: 'smenso Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'smensoIntegrationApi', required: true }],
		properties: [...smensoPollProperties, retryRequestOptions],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await runPoll(this, await smensoPollSource(this));
	}
}
