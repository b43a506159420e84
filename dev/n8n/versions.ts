/**
 * Every difference between the n8n lines the e2e tests run on, in one place: n8n 2.41.1 (the
 * default runtime) and n8n 1.123.81 (the newest 1.x, which many self-hosted instances still run).
 * The harness (n8n.ts) and the tests read the profile of the version under test; no test asks
 * which version it runs on.
 *
 * Which version: N8N_E2E_VERSION (e.g. 1.123.81; default 2.41.1; any release dev/n8n/runtime.ts
 * can install). `npm run test:e2e:1x` sets it through jest.e2e-1x.config.js, which also sets
 * N8N_E2E_SUBSET=true: then tests declared with `fullSuiteOnly` are skipped (the subset keeps CI
 * short; the full suite runs on 2.41.1).
 */
import { N8N_VERSION } from './runtime';

type Json = Record<string, unknown>;

export interface N8nProfile {
	/** The n8n release (a key of RUNTIMES in dev/n8n/runtime.ts). */
	version: string;
	/** Environment every n8n command of this line gets, on top of the shared offline settings. */
	env: Record<string, string>;
	/**
	 * How `n8n start` gets its owner account: from N8N_INSTANCE_OWNER_* variables (2.x), or by
	 * the editor's own first-run call POST /rest/owner/setup (1.x ignores the variables).
	 */
	ownerSetup: 'env' | 'rest';
	/** The variable naming the public base URL of webhooks (2.x renamed WEBHOOK_URL). */
	webhookUrlVariable: 'N8N_WEBHOOK_URL' | 'WEBHOOK_URL';
	/**
	 * Fields an imported workflow gets unless it has them: older 1.x releases (tried: 1.85.3)
	 * reject a workflow without `active` (NOT NULL constraint); 1.123.x and 2.x default it.
	 */
	importDefaults: Json;
	/**
	 * The Tool Executor's `query` for one tool call: 2.x wants the arguments under the tool's name
	 * ({"smenso_projects": {...}}), 1.x hands the query to the tool as it is.
	 */
	toolQuery(toolName: string, args: Json): string;
	/** Texts n8n's editor shows that differ between the lines. */
	texts: {
		/**
		 * The smenso entry of the node creator's search result: 2.x shows the node's (or its
		 * trigger's) description under the name; 1.x shows the name only.
		 */
		nodeCreatorEntry: RegExp;
		/**
		 * The credential Test button's answer when smenso rejects the token (401). 2.x shows the
		 * credential's own responseCode message; 1.x cannot (n8n-workflow 1.120's ExecutionBaseError
		 * drops the HTTP error its credential tester reads the status from) and shows n8n's text.
		 */
		smensoTokenRejected: string;
	};
}

/** Settings both lines share are in n8n.ts (SHARED_OFFLINE_ENV); these are the ones that differ. Per major line. */
const LINES: Record<string, Omit<N8nProfile, 'version'>> = {
	'2': {
		// The MCP registry module calls n8n's servers; 2.x lets it be switched off by name.
		env: { N8N_DISABLED_MODULES: 'mcp-registry' },
		ownerSetup: 'env',
		webhookUrlVariable: 'N8N_WEBHOOK_URL',
		importDefaults: {},
		toolQuery: (toolName, args) => JSON.stringify({ [toolName]: args }),
		texts: {
			nodeCreatorEntry: /Manage smenso projects|Starts the workflow when projects, tasks/,
			smensoTokenRejected: 'smenso did not accept the token',
		},
	},
	'1': {
		// 1.x has no mcp-registry module and exits 1 on an unknown name in N8N_DISABLED_MODULES.
		env: {},
		ownerSetup: 'rest',
		webhookUrlVariable: 'WEBHOOK_URL',
		importDefaults: { active: false },
		toolQuery: (_toolName, args) => JSON.stringify(args),
		texts: {
			nodeCreatorEntry: /^\s*smenso\s*$/,
			smensoTokenRejected: 'Authorization failed - please check your credentials',
		},
	},
};

/**
 * The profile of an n8n version: its line's (tried on 2.41.1 and 1.123.81; other releases of a
 * line, e.g. while bisecting, get the same).
 */
export function profileFor(version: string): N8nProfile {
	const line = LINES[version.split('.')[0]];
	if (!line)
		throw new Error(
			`no e2e profile for n8n ${version}: the tests know the lines ${Object.keys(LINES).join(', ')}.x`,
		);
	return { version, ...line };
}

const TOOL_EXECUTOR = '@n8n/n8n-nodes-langchain.toolExecutor';

/**
 * A workflow written for 2.x, as this line needs it: the line's import defaults, and Tool Executor
 * queries (`{"<tool>": args}`) rewritten with the profile's toolQuery. The harness applies it on
 * import (N8n.importWorkflows).
 */
export function adaptWorkflow(profile: N8nProfile, original: Json): Json {
	const workflow = { ...profile.importDefaults, ...original };
	const nodes = (workflow.nodes as Json[] | undefined)?.map((node) => {
		const query = (node.parameters as Json | undefined)?.query;
		if (node.type !== TOOL_EXECUTOR || typeof query !== 'string') return node;
		let parsed: unknown;
		try {
			parsed = JSON.parse(query);
		} catch {
			return node;
		}
		const entries =
			parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.entries(parsed) : [];
		if (entries.length !== 1) return node;
		const [[toolName, args]] = entries;
		return {
			...node,
			parameters: {
				...(node.parameters as Json),
				query: profile.toolQuery(toolName, args as Json),
			},
		};
	});
	return nodes ? { ...workflow, nodes } : workflow;
}

/** The n8n version this e2e run tests: N8N_E2E_VERSION, default the pinned 2.41.1. */
export function e2eVersion(): string {
	return process.env.N8N_E2E_VERSION || N8N_VERSION;
}

/** The profile of the version under test. */
export function e2eProfile(): N8nProfile {
	return profileFor(e2eVersion());
}

/** True in the subset run (jest.e2e-1x.config.js): tests declared with `fullSuiteOnly` are skipped. */
export function e2eSubset(): boolean {
	return process.env.N8N_E2E_SUBSET === 'true';
}

/**
 * `test` for what only the full run covers (the subset on other n8n versions keeps CI short):
 * skipped in the subset run. (Jest's `test` is looked up when called: n8n.ts, which imports this
 * module, also runs outside Jest in scripts.)
 */
export function fullSuiteOnly(name: string, fn: jest.ProvidesCallback, timeout?: number): void {
	(e2eSubset() ? test.skip : test)(name, fn, timeout);
}
