/**
 * Runs a polling trigger the way n8n does: the node type prepared by n8n-core's own loader step
 * (it adds "Poll Times"), a real `Workflow` whose node static data keeps the cursor between
 * polls, and n8n-core's real `PollContext` (`getMode()`, `getWorkflowStaticData('node')`, the
 * HTTP helpers). Like an active workflow in n8n, one PollContext serves every poll of an
 * activation; "Fetch Test Event" gets a manual-mode context of its own.
 */
import { DirectoryLoader, PollContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	WorkflowActivateMode,
} from 'n8n-workflow';
import { makeAdditionalData, makeWorkflow } from '../../dev/runNode';

export interface PollerOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	credential: { type: ICredentialType; data: ICredentialDataDecryptedObject };
	/** Workflow timezone (n8n's workflow setting); default Europe/Berlin. */
	timezone?: string;
}

export interface PollResult {
	/** The emitted items' JSON; null when the poll emitted nothing. */
	items: IDataObject[] | null;
	/** Present when the poll threw. */
	error?: Error & { description?: string; httpCode?: string | null };
}

export interface Poller {
	/** One scheduled poll of the active workflow (mode 'trigger'). */
	poll(): Promise<PollResult>;
	/** The editor's "Fetch Test Event" (mode 'manual'). */
	fetchTestEvent(): Promise<PollResult>;
	/** The node's static data (where the trigger keeps its cursor). */
	staticData(): IDataObject;
	/** The node's live parameters: changing them is editing the workflow between polls. */
	parameters: INodeParameters;
}

type Loader = { applySpecialNodeParameters(nodeType: INodeType): void };

/** n8n's loader adds "Poll Times" to polling nodes; do the same, once per node type. */
const prepared = new WeakSet<INodeType>();
function asLoaded(nodeType: INodeType): INodeType {
	if (!prepared.has(nodeType)) {
		(DirectoryLoader.prototype as unknown as Loader).applySpecialNodeParameters(nodeType);
		prepared.add(nodeType);
	}
	return nodeType;
}

async function run(context: PollContext, nodeType: INodeType): Promise<PollResult> {
	try {
		const output = (await nodeType.poll!.call(context)) as INodeExecutionData[][] | null;
		return { items: output === null ? null : output[0].map((item) => item.json) };
	} catch (error) {
		return { items: null, error: error as PollResult['error'] };
	}
}

export function createPoller(
	options: PollerOptions,
	activation: WorkflowActivateMode = 'activate',
): Poller {
	const nodeType = asLoaded(options.nodeType);
	const { workflow, node } = makeWorkflow({ ...options, nodeType });
	const additionalData = makeAdditionalData({ ...options, nodeType });
	const active = new PollContext(workflow, node, additionalData, 'trigger', activation);
	return {
		poll: async () => await run(active, nodeType),
		fetchTestEvent: async () =>
			await run(new PollContext(workflow, node, additionalData, 'manual', 'manual'), nodeType),
		staticData: () => workflow.getStaticData('node', node),
		parameters: node.parameters,
	};
}
