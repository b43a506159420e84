/**
 * Workflows that call the nodes' AI-agent tool variants (smensoTool, resourceManagementTool) through
 * n8n's Tool Executor, which needs no chat model. Used by tools.e2e.test.ts (runs) and
 * editor.e2e.test.ts (the tool node in the editor).
 */
import type { Json } from '../../dev/n8n/n8n';
import { CREDENTIALS } from '../../dev/services';
import { PACKAGE_NAME } from '../../dev/n8n/runtime';

/** Manual Trigger → Tool Executor ← (ai_tool) the tool node; `args` are what an agent would send. */
export function toolWorkflow(id: string, tool: Json, args: Json): Json {
	const toolName = String(tool.name).replace(/ /g, '_');
	return {
		id,
		name: `e2e: ${String(tool.name)} as an AI tool`,
		nodes: [
			{
				id: `${id}-1`,
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: `${id}-2`,
				name: 'Call the tool',
				type: '@n8n/n8n-nodes-langchain.toolExecutor',
				typeVersion: 1,
				position: [220, 0],
				parameters: { query: JSON.stringify({ [toolName]: args }), toolName: '' },
			},
			{ id: `${id}-3`, position: [220, 200], typeVersion: 1, ...tool },
		],
		connections: {
			Start: { main: [[{ node: 'Call the tool', type: 'main', index: 0 }]] },
			[String(tool.name)]: { ai_tool: [[{ node: 'Call the tool', type: 'ai_tool', index: 0 }]] },
		},
		settings: { executionOrder: 'v1', timezone: 'Europe/Berlin' },
		pinData: {},
	};
}

export const SMENSO_TOOL = {
	name: 'smenso projects',
	type: `${PACKAGE_NAME}.smensoTool`,
	parameters: {
		resource: 'project',
		operation: 'getAll',
		limit: "={{ $fromAI('limit', 'How many projects to return', 'number') }}",
	},
	credentials: { smensoIntegrationApi: CREDENTIALS.smenso },
};

export const RM_TOOL = {
	name: 'RM user',
	type: `${PACKAGE_NAME}.resourceManagementTool`,
	parameters: {
		resource: 'user',
		operation: 'get',
		userId: {
			__rl: true,
			mode: 'id',
			value: "={{ $fromAI('userId', 'The Resource Management user ID', 'number') }}",
		},
	},
	credentials: { smartsheetResourceManagementApi: CREDENTIALS.resourceManagement },
};

/** The tool workflows the tests import: ID → workflow. */
export const TOOL_WORKFLOWS = {
	smenso: toolWorkflow('e2eToolSmenso1', SMENSO_TOOL, { limit: 2 }),
	resourceManagement: toolWorkflow('e2eToolRm1', RM_TOOL, { userId: 503 }),
};
