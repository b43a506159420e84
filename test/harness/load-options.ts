/**
 * Runs a node's list searches and load-options methods the way the editor's backend does:
 * a Workflow holding the node with the parameters being edited, `currentNodeParameters` on the
 * additional data, and n8n-core's real `LoadOptionsContext` as `this`.
 */
import { LoadOptionsContext } from 'n8n-core';
import type {
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { makeAdditionalData, makeWorkflow, type RunNodeOptions } from '../../dev/runNode';

type LoadOptionsRun = Pick<RunNodeOptions, 'nodeType' | 'parameters' | 'credential'> & {
	/** Path of the parameter being edited, as the editor sends it (e.g. `parameters.taskId`). */
	path?: string;
};

function contextFor(options: LoadOptionsRun): LoadOptionsContext {
	const { workflow, node } = makeWorkflow(options);
	const additionalData = makeAdditionalData(options);
	additionalData.currentNodeParameters = options.parameters;
	return new LoadOptionsContext(workflow, node, additionalData, options.path ?? 'parameters');
}

type ListSearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) => Promise<INodeListSearchResult>;
type LoadOptionsMethod = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

export async function runListSearch(
	options: LoadOptionsRun & { method: string; filter?: string },
): Promise<INodeListSearchResult> {
	const method = options.nodeType.methods?.listSearch?.[options.method] as
		| ListSearchMethod
		| undefined;
	if (!method) throw new Error(`No list search ${options.method}`);
	return await method.call(contextFor(options), options.filter);
}

export async function runLoadOptions(
	options: LoadOptionsRun & { method: string },
): Promise<INodePropertyOptions[]> {
	const method = options.nodeType.methods?.loadOptions?.[options.method] as
		| LoadOptionsMethod
		| undefined;
	if (!method) throw new Error(`No load-options method ${options.method}`);
	return await method.call(contextFor(options));
}
