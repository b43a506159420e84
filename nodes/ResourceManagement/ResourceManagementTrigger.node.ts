import {
	NodeConnectionTypes,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { retryRequestOptions } from '../shared/retry';
import { triggerProperties } from './triggers/webhookEvents';
import { receiveEvent } from './triggers/webhookDelivery';
import { registerWebhooks, removeWebhooks, webhooksExist } from './triggers/webhookLifecycle';

export class ResourceManagementTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Resource Management Trigger',
		name: 'resourceManagementTrigger',
		icon: { light: 'file:resourceManagement.svg', dark: 'file:resourceManagement.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ($parameter["events"] || []).join(", ") }}',
		description:
			'Starts the workflow when projects, assignments, time entries or users change in Resource Management by Smartsheet',
		defaults: { name: 'Resource Management Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'smartsheetResourceManagementApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [...triggerProperties, retryRequestOptions],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await webhooksExist.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await registerWebhooks.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await removeWebhooks.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveEvent.call(this);
	}
}
