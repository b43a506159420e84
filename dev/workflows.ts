/**
 * Workflows the e2e trigger tests, the queue-mode tests and the queue benchmark build besides the
 * demo and test workflow files (test/e2e/workflows): built here because they differ only in a node
 * or a schedule.
 */
import type { Json } from './n8n/n8n';
import { CREDENTIALS } from './services';
import { PACKAGE_NAME } from './n8n/runtime';

const RM_CREDENTIAL = { smartsheetResourceManagementApi: CREDENTIALS.resourceManagement };
const SMENSO_CREDENTIAL = { smensoIntegrationApi: CREDENTIALS.smenso };

/** A chain of nodes, each feeding the next, laid out left to right. */
export function chain(id: string, name: string, nodes: Json[]): Json {
	const placed: Json[] = nodes.map((node, index) => ({
		typeVersion: 1,
		parameters: {},
		...node,
		id: `${id}-${index + 1}`,
		position: [index * 240, 0],
	}));
	const connections: Json = {};
	for (let index = 0; index + 1 < placed.length; index++) {
		connections[String(placed[index].name)] = {
			main: [[{ node: String(placed[index + 1].name), type: 'main', index: 0 }]],
		};
	}
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: placed,
		connections,
	};
}

const manual = { name: 'Start', type: 'n8n-nodes-base.manualTrigger' };

/** Manual → Resource Management › Time Entry › Get Many with Return All (the seed has 6,000). */
export function rmReturnAllWorkflow(): Json {
	return chain('queueRmReturnAll', 'Queue: all RM time entries', [
		manual,
		{
			name: 'All time entries',
			type: `${PACKAGE_NAME}.resourceManagement`,
			parameters: { resource: 'timeEntry', operation: 'getAll', returnAll: true },
			credentials: RM_CREDENTIAL,
		},
	]);
}

/**
 * A polling trigger → No Operation, polled at the given seconds of every minute: n8n refuses
 * schedules of less than a minute, but several once-a-minute cron lines poll seconds apart.
 */
export function pollingWorkflow(id: string, name: string, trigger: Json, seconds: number[]): Json {
	const pollTimes = {
		item: seconds.map((second) => ({ mode: 'custom', cronExpression: `${second} * * * * *` })),
	};
	return chain(id, name, [
		{ ...trigger, name: 'Trigger', parameters: { ...(trigger.parameters as Json), pollTimes } },
		{ name: 'Next step', type: 'n8n-nodes-base.noOp' },
	]);
}

export const rmPollingTrigger = (): Json => ({
	type: `${PACKAGE_NAME}.resourceManagementPollingTrigger`,
	parameters: { resource: 'timeEntry', event: 'created' },
	credentials: RM_CREDENTIAL,
});

export const smensoPollingTrigger = (): Json => ({
	type: `${PACKAGE_NAME}.smensoTrigger`,
	parameters: { resource: 'task', event: 'created' },
	credentials: SMENSO_CREDENTIAL,
});

/** Resource Management Trigger (time entry created) → No Operation. */
export function rmTriggerWorkflow(id: string, webhookId: string): Json {
	return chain(id, 'Resource Management Trigger: new time entries', [
		{
			name: 'New time entry',
			type: `${PACKAGE_NAME}.resourceManagementTrigger`,
			webhookId,
			parameters: { events: ['time.entry.created'] },
			credentials: RM_CREDENTIAL,
		},
		{ name: 'Next step', type: 'n8n-nodes-base.noOp' },
	]);
}

/**
 * The benchmark's sync: a production webhook (answered at once) → one user's RM time entries of
 * one week → a smenso time record per entry, sent in bulk, its description naming the run and
 * the entry, so the sandbox's request log shows whether a write happened twice.
 */
export function weeklySyncWorkflow(
	id: string,
	webhookId: string,
	week: { userId: number; from: string; to: string },
	target: { projectId: string; taskId: string; userEmail: string },
): Json {
	return chain(id, 'Queue benchmark: a week of RM time entries to smenso', [
		{
			name: 'Sync request',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			webhookId,
			parameters: { path: 'weekly-sync', httpMethod: 'POST', responseMode: 'onReceived' },
		},
		{
			name: 'Week of time entries',
			type: `${PACKAGE_NAME}.resourceManagement`,
			parameters: {
				resource: 'timeEntry',
				operation: 'getAll',
				scope: 'user',
				userId: { __rl: true, mode: 'id', value: String(week.userId) },
				returnAll: true,
				filters: { from: week.from, to: week.to },
			},
			credentials: RM_CREDENTIAL,
		},
		{
			name: 'Time record in smenso',
			type: `${PACKAGE_NAME}.smenso`,
			parameters: {
				resource: 'timeEntry',
				operation: 'create',
				projectId: { __rl: true, mode: 'id', value: target.projectId },
				taskId: { __rl: true, mode: 'id', value: target.taskId },
				userId: { __rl: true, mode: 'email', value: target.userEmail },
				date: '={{ $json.date }}',
				durationHours: '={{ $json.hours }}',
				additionalFields: {
					description:
						"={{ 'run ' + $('Sync request').first().json.body.run + ' entry ' + $json.id }}",
				},
				options: { sendInBulk: true, batchSize: 100 },
			},
			credentials: SMENSO_CREDENTIAL,
		},
	]);
}
