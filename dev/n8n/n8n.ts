/**
 * Drives a real n8n (a runtime from dev/n8n/runtime.ts: 2.41.1 unless asked for another, e.g.
 * N8n.create({ version: '1.123.81' }) or N8N_E2E_VERSION) through its CLI:
 * one throwaway user folder per instance, the packed package installed as a community node,
 * credentials and workflows imported, workflows executed with `n8n execute --id` (one process per
 * run) or `n8n execute-batch` (many runs in one process).
 *
 * n8n's exit code says little (2.x exits 0 when it ran nothing), so every run is judged by the
 * run data it prints: `execute()` parses it and returns each node's items and errors.
 * What differs between n8n's lines (settings, owner set-up, webhook URL variable) comes from the
 * version's profile in versions.ts.
 */
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureRuntime, runtimeEnv, type N8nRuntime } from './runtime';
import { installPackage, installTarball } from './installPackage';
import { adaptWorkflow, e2eVersion, profileFor, type N8nProfile } from './versions';
import { freePort, killGroup, spawnGroup, stopGroup, tail, waitFor } from '../process';

export type Json = Record<string, unknown>;

/** Fixed so imported credentials stay readable by every command of an instance. */
export const E2E_ENCRYPTION_KEY = 'n8n-nodes-resource-planning-e2e';

/**
 * Settings that keep n8n quiet and offline on every line: no telemetry, no calls to n8n's servers
 * (version notes, templates, banners, license renewal, vetted-node registry). The MCP registry is
 * switched off by the 2.x profile (versions.ts): 1.x has no such module.
 */
const SHARED_OFFLINE_ENV: Record<string, string> = {
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_DYNAMIC_BANNERS_ENABLED: 'false',
	N8N_HIRING_BANNER_ENABLED: 'false',
	N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
	N8N_VERIFIED_PACKAGES_ENABLED: 'false',
	N8N_AI_ENABLED: 'false',
	// Community packages are loaded from <userFolder>/.n8n/nodes; never reinstall from npm.
	N8N_REINSTALL_MISSING_PACKAGES: 'false',
	// `execute` prints a failed run only through the logger, at level info.
	N8N_LOG_LEVEL: 'info',
	N8N_LOG_FORMAT: 'text',
	N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	// The editor is served over plain http on localhost.
	N8N_SECURE_COOKIE: 'false',
};

export interface CredentialFixture {
	id: string;
	name: string;
	/** Credential type name, e.g. smensoIntegrationApi. */
	type: string;
	/** Plain field values; n8n encrypts them on import. */
	data: Json;
}

export interface RunError {
	message: string;
	description?: string;
	httpCode?: string;
	/** Name of the node that failed. */
	node?: string;
}

export interface NodeRun {
	/** executionStatus of the node's last run (success, error, ...). */
	status: string;
	/** JSON of the items on the first output of the last run. */
	items: Json[];
	/** JSON of the items on every output of the last run. */
	outputs: Json[][];
	/** Binary properties of the items on the first output (undefined for items without any). */
	binaries: Array<Record<string, BinaryRef> | undefined>;
	/** How often the node ran. */
	runs: number;
	error?: RunError;
}

/** A binary property as n8n keeps it in run data (the bytes themselves are in its storage). */
export interface BinaryRef {
	mimeType: string;
	fileName?: string;
	fileExtension?: string;
	/** `filesystem-v2:<path under the storage folder>` in n8n's default binary mode. */
	id?: string;
	/** Base64 bytes, or the storage mode's name when `id` is set. */
	data: string;
	bytes?: number;
}

export interface Execution {
	/** The run's status as n8n stored it: success, error, canceled, ... ('missing' when no run data was printed). */
	status: string;
	finished: boolean;
	error?: RunError;
	nodes: Record<string, NodeRun>;
	exitCode: number | null;
	stdout: string;
	stderr: string;
	durationMs: number;
	/** The complete run data (IRun) n8n printed. */
	raw?: Json;
	/** When the run started and stopped (ms since the epoch), where n8n reported it. */
	startedAt?: number;
	stoppedAt?: number;
}

export interface CliResult {
	exitCode: number | null;
	stdout: string;
	stderr: string;
	durationMs: number;
}

/**
 * Finds the run data n8n prints: pretty-printed JSON whose first line is `{` and last line `}`,
 * among log lines (on success it is printed as is; on failure through the logger).
 */
export function parseRunData(stdout: string): Json | undefined {
	const lines = stdout.split(/\r?\n/);
	for (let start = 0; start < lines.length; start++) {
		if (lines[start].trimEnd() !== '{') continue;
		for (let end = start + 1; end < lines.length; end++) {
			if (lines[end].trimEnd() !== '}') continue;
			try {
				const parsed = JSON.parse(lines.slice(start, end + 1).join('\n')) as Json;
				const data = parsed.data as Json | undefined;
				if (data && typeof data === 'object' && 'resultData' in data) return parsed;
			} catch {
				// not the end of this object yet
			}
		}
	}
	return undefined;
}

function runErrorOf(error: unknown): RunError | undefined {
	if (!error || typeof error !== 'object') return undefined;
	const e = error as Json;
	return {
		message: String(e.message ?? ''),
		description: typeof e.description === 'string' ? e.description : undefined,
		httpCode: e.httpCode === undefined || e.httpCode === null ? undefined : String(e.httpCode),
		node:
			typeof (e.node as Json | undefined)?.name === 'string'
				? String((e.node as Json).name)
				: undefined,
	};
}

/** Turns n8n's run data into per-node items, statuses and errors. */
export function summarizeRun(raw: Json | undefined, cli: CliResult): Execution {
	if (!raw) {
		return { status: 'missing', finished: false, nodes: {}, ...cli };
	}
	const resultData = ((raw.data as Json).resultData ?? {}) as Json;
	const runData = (resultData.runData ?? {}) as Record<string, Json[]>;
	const nodes: Record<string, NodeRun> = {};
	for (const [name, runs] of Object.entries(runData)) {
		const last = runs[runs.length - 1] ?? {};
		type Item = { json: Json; binary?: Record<string, BinaryRef> };
		const outputs = ((last.data as Json | undefined)?.main ?? []) as Array<Item[] | null>;
		const main = outputs.map((output) => (output ?? []).map((item) => item.json));
		nodes[name] = {
			status: String(last.executionStatus ?? (last.error ? 'error' : 'success')),
			items: main[0] ?? [],
			outputs: main,
			binaries: (outputs[0] ?? []).map((item) => item.binary),
			runs: runs.length,
			error: runErrorOf(last.error),
		};
	}
	const time = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : undefined);
	return {
		status: String(raw.status ?? (resultData.error ? 'error' : 'unknown')),
		finished: raw.finished === true,
		error: runErrorOf(resultData.error),
		nodes,
		raw,
		startedAt: time(raw.startedAt),
		stoppedAt: time(raw.stoppedAt),
		...cli,
	};
}

/** Reads workflow JSON files and replaces `__NAME__` placeholders (e.g. `__SANDBOX_URL__`). */
export function loadWorkflows(files: string[], placeholders: Record<string, string> = {}): Json[] {
	return files.map((file) => {
		let text = fs.readFileSync(file, 'utf8');
		for (const [name, value] of Object.entries(placeholders)) {
			// JSON-escape the value: it lands inside a JSON string.
			text = text.split(`__${name}__`).join(JSON.stringify(value).slice(1, -1));
		}
		const left = /__[A-Z][A-Z0-9_]*__/.exec(text);
		if (left) throw new Error(`${path.basename(file)}: no value for placeholder ${left[0]}`);
		return JSON.parse(text) as Json;
	});
}

/** Every `*.json` file in a folder, sorted. */
export function workflowFiles(dir: string): string[] {
	return fs
		.readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => path.join(dir, name));
}

export interface N8nOptions {
	/** The n8n release to run (a runtime of dev/n8n/runtime.ts); default N8N_E2E_VERSION, else 2.41.1. */
	version?: string;
	/** Existing user folder; a temporary one (removed by dispose()) when omitted. */
	userFolder?: string;
	/** Packed package to install; default: N8N_E2E_TARBALL (set by the Jest global setup), else pack dist/ now. */
	tarball?: string;
	/** Extra environment for every command. */
	env?: Record<string, string>;
}

/** One n8n instance: a user folder (sqlite database + installed package) and its CLI. */
export class N8n {
	private constructor(
		readonly rt: N8nRuntime,
		/** What differs on this instance's n8n line (versions.ts). */
		readonly profile: N8nProfile,
		readonly userFolder: string,
		private readonly temporary: boolean,
		private readonly extraEnv: Record<string, string>,
	) {}

	static async create(options: N8nOptions = {}): Promise<N8n> {
		const version = options.version ?? e2eVersion();
		const rt = ensureRuntime({ quiet: true, version });
		const temporary = !options.userFolder;
		const userFolder = options.userFolder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-'));
		const instance = new N8n(rt, profileFor(version), userFolder, temporary, options.env ?? {});
		const tarball = options.tarball ?? process.env.N8N_E2E_TARBALL;
		if (tarball) installTarball(userFolder, tarball, rt);
		// Pack dist/ as it is now, with this runtime's Node and npm.
		else installPackage(userFolder, { rt });
		return instance;
	}

	/** The n8n release this instance runs. */
	get version(): string {
		return this.rt.n8nVersion;
	}

	/** Environment for an n8n process of this instance (the runtime's Node first on PATH). */
	env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
		const env = runtimeEnv(this.rt, {
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: E2E_ENCRYPTION_KEY,
			...SHARED_OFFLINE_ENV,
			...this.profile.env,
			...this.extraEnv,
			...extra,
		});
		// Jest sets NODE_ENV=test, which switches n8n into its own unit-test mode (commands do nothing).
		for (const name of Object.keys(env))
			if (name === 'NODE_ENV' || name.startsWith('JEST_')) delete env[name];
		return env;
	}

	/** Runs `n8n <args>` without blocking this process (the sandbox in it must keep answering). */
	async cli(
		args: string[],
		options: { timeoutMs?: number; env?: Record<string, string> } = {},
	): Promise<CliResult> {
		// Every command starts a task broker: a port of its own so runs never collide.
		const brokerPort = await freePort();
		const started = Date.now();
		// Own process group, so a timeout can stop n8n together with its task runners.
		const child = spawnGroup(this.rt.node, [this.rt.n8n, ...args], {
			cwd: this.userFolder,
			env: this.env({ N8N_RUNNERS_BROKER_PORT: String(brokerPort), ...options.env }),
		});
		const stdout: Buffer[] = [];
		const stderr: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
		const timeoutMs = options.timeoutMs ?? 120_000;
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child);
		}, timeoutMs);
		const exitCode = await new Promise<number | null>((resolve, reject) => {
			child.on('error', reject);
			child.on('close', (code) => resolve(code));
		}).finally(() => clearTimeout(timer));
		const result = {
			exitCode,
			stdout: Buffer.concat(stdout).toString('utf8'),
			stderr: Buffer.concat(stderr).toString('utf8'),
			durationMs: Date.now() - started,
		};
		if (timedOut) {
			throw new Error(
				`n8n ${args.join(' ')} did not finish within ${timeoutMs} ms\n${tail(result.stdout + result.stderr)}`,
			);
		}
		return result;
	}

	/** `n8n import:credentials` with plain data (n8n encrypts it with the instance's key). */
	async importCredentials(credentials: CredentialFixture[]): Promise<void> {
		const file = this.writeInput('credentials.json', credentials);
		const result = await this.cli(['import:credentials', `--input=${file}`]);
		expectImported(result, `Successfully imported ${credentials.length} credential`);
	}

	/**
	 * `n8n import:workflow` for workflow objects (each with id, name, nodes, connections), written
	 * for 2.x and adapted to this instance's line (versions.ts, adaptWorkflow).
	 */
	async importWorkflows(workflows: Json[]): Promise<void> {
		const file = this.writeInput(
			'workflows.json',
			workflows.map((workflow) => adaptWorkflow(this.profile, workflow)),
		);
		const result = await this.cli(['import:workflow', `--input=${file}`]);
		expectImported(result, `Successfully imported ${workflows.length} workflow`);
	}

	/** `n8n execute --id=<id> --rawOutput`, judged by the printed run data. */
	async execute(workflowId: string, options: { timeoutMs?: number } = {}): Promise<Execution> {
		const cli = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput'], options);
		return summarizeRun(parseRunData(cli.stdout), cli);
	}

	/**
	 * `n8n execute-batch`: runs many workflows in one n8n process (one start-up instead of one per
	 * workflow), one after the other. Each successful run's data comes from its snapshot file; a
	 * failed run has no snapshot, only the error n8n reports for it (status 'error' or 'warning').
	 */
	async executeBatch(
		workflowIds: string[],
		options: { timeoutMs?: number } = {},
	): Promise<Record<string, Execution>> {
		// execute-batch silently drops IDs without a digit (it looks for "numeric" ones).
		const ignored = workflowIds.filter((id) => !/\d/.test(id));
		if (ignored.length)
			throw new Error(
				`execute-batch would skip workflow IDs without a digit: ${ignored.join(', ')}`,
			);
		const dir = fs.mkdtempSync(path.join(this.userFolder, 'batch-'));
		const output = path.join(dir, 'results.json');
		const cli = await this.cli(
			[
				'execute-batch',
				`--ids=${workflowIds.join(',')}`,
				`--snapshot=${dir}`,
				`--output=${output}`,
				'--retries=0',
			],
			{ timeoutMs: options.timeoutMs ?? 300_000 },
		);
		if (!fs.existsSync(output)) {
			throw new Error(
				`n8n execute-batch wrote no results (exit ${cli.exitCode}):\n${tail(cli.stdout + cli.stderr)}`,
			);
		}
		const results = JSON.parse(fs.readFileSync(output, 'utf8')) as {
			executions: Array<{ workflowId: string; executionStatus: string; error?: string }>;
		};
		const runs: Record<string, Execution> = {};
		for (const result of results.executions) {
			const snapshot = path.join(dir, `${result.workflowId}-snapshot.json`);
			runs[result.workflowId] = fs.existsSync(snapshot)
				? summarizeRun(JSON.parse(fs.readFileSync(snapshot, 'utf8')) as Json, cli)
				: {
						status: result.executionStatus,
						finished: false,
						error: { message: result.error ?? `n8n reported ${result.executionStatus}` },
						nodes: {},
						...cli,
					};
		}
		return runs;
	}

	/** The bytes of a binary property from run data (kept in the user folder's storage by default). */
	readBinary(binary: BinaryRef): Buffer {
		if (binary.id?.startsWith('filesystem-v2:')) {
			return fs.readFileSync(
				path.join(this.userFolder, '.n8n', 'storage', binary.id.slice('filesystem-v2:'.length)),
			);
		}
		if (binary.id) throw new Error(`binary data in an unexpected storage: ${binary.id}`);
		return Buffer.from(binary.data, 'base64');
	}

	/**
	 * `n8n start`: the editor and REST API on `port` (a free one by default), with an owner
	 * account (n8n always asks for a login; there is no way around it): 2.x reads it from the
	 * environment, 1.x gets it through the first-run setup call once the editor is up.
	 */
	async start(options: StartOptions = {}): Promise<N8nServer> {
		const port = options.port ?? (await freePort());
		const owner = options.owner ?? DEMO_OWNER;
		const ownerEnv: Record<string, string> =
			this.profile.ownerSetup === 'env'
				? {
						N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
						N8N_INSTANCE_OWNER_EMAIL: owner.email,
						N8N_INSTANCE_OWNER_FIRST_NAME: owner.firstName,
						N8N_INSTANCE_OWNER_LAST_NAME: owner.lastName,
						N8N_INSTANCE_OWNER_PASSWORD_HASH: this.bcrypt(owner.password),
					}
				: {};
		const child = spawnGroup(this.rt.node, [this.rt.n8n, 'start'], {
			cwd: this.userFolder,
			env: this.env({
				N8N_PORT: String(port),
				N8N_LISTEN_ADDRESS: '127.0.0.1',
				N8N_HOST: 'localhost',
				N8N_EDITOR_BASE_URL: `http://localhost:${port}`,
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				...ownerEnv,
				...(options.webhookUrl ? { [this.profile.webhookUrlVariable]: options.webhookUrl } : {}),
				...options.env,
			}),
		});
		const server = new N8nServer(child, port, owner, this.rt);
		if (options.echo) {
			child.stdout?.pipe(process.stdout);
			child.stderr?.pipe(process.stderr);
		}
		await server.ready(120_000);
		if (this.profile.ownerSetup === 'rest') await server.setupOwner();
		return server;
	}

	/** A bcrypt hash (what N8N_INSTANCE_OWNER_PASSWORD_HASH wants), made with n8n's own bcryptjs. */
	private bcrypt(password: string): string {
		const requireFromN8n = createRequire(path.join(this.rt.dir, 'package.json'));
		const bcryptjs = requireFromN8n('bcryptjs') as {
			hashSync(text: string, rounds: number): string;
		};
		return bcryptjs.hashSync(password, 10);
	}

	async dispose(): Promise<void> {
		if (this.temporary) fs.rmSync(this.userFolder, { recursive: true, force: true });
	}

	private writeInput(name: string, content: unknown): string {
		const dir = path.join(this.userFolder, 'import');
		fs.mkdirSync(dir, { recursive: true });
		const file = path.join(dir, `${Date.now()}-${name}`);
		fs.writeFileSync(file, JSON.stringify(content, null, 2));
		return file;
	}
}

export interface Owner {
	email: string;
	password: string;
	firstName: string;
	lastName: string;
}

/** The login of editors started by the tests and `npm start` (a local demo, never a real account). */
export const DEMO_OWNER: Owner = {
	email: 'demo@example.com',
	password: 'Sandbox-Demo-2026',
	firstName: 'Demo',
	lastName: 'Owner',
};

export interface StartOptions {
	port?: number;
	/**
	 * The public base URL n8n gives webhooks (e.g. behind a TLS proxy), ending in `/`; set as the
	 * version's variable (N8N_WEBHOOK_URL on 2.x, WEBHOOK_URL on 1.x).
	 */
	webhookUrl?: string;
	owner?: Owner;
	env?: Record<string, string>;
	/** Copy n8n's output to this process's stdout/stderr. */
	echo?: boolean;
}

/** A running `n8n start`. */
export class N8nServer {
	readonly url: string;
	private output = '';
	private exited: Promise<number | null>;
	private exitCode: number | null | undefined;

	constructor(
		readonly process: ChildProcess,
		readonly port: number,
		readonly owner: Owner,
		/** The runtime it runs on (to read run data with n8n's own libraries). */
		readonly rt: N8nRuntime,
	) {
		this.url = `http://localhost:${port}`;
		const collect = (chunk: Buffer) => {
			this.output += chunk.toString('utf8');
		};
		process.stdout?.on('data', collect);
		process.stderr?.on('data', collect);
		this.exited = new Promise((resolve) =>
			process.on('exit', (code) => {
				this.exitCode = code;
				resolve(code);
			}),
		);
	}

	/** Everything n8n printed so far. */
	log(): string {
		return this.output;
	}

	/** Waits until the editor answers (n8n prints its URL and /healthz/readiness says ok). */
	async ready(timeoutMs: number): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (this.exitCode !== undefined) {
				throw new Error(`n8n start exited with ${this.exitCode}:\n${tail(this.output)}`);
			}
			if (this.output.includes('Editor is now accessible')) {
				const ok = await fetch(`${this.url}/healthz/readiness`)
					.then((response) => response.ok)
					.catch(() => false);
				if (ok) return;
			}
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		await this.stop();
		throw new Error(`n8n start was not ready within ${timeoutMs} ms:\n${tail(this.output)}`);
	}

	/**
	 * Creates the owner account the way the editor's first-run screen does (POST /rest/owner/setup,
	 * open until an owner exists): for n8n lines that do not read it from the environment. A user
	 * folder that already has this owner (a second start) is fine.
	 */
	async setupOwner(): Promise<void> {
		const { email, firstName, lastName, password } = this.owner;
		const response = await fetch(`${this.url}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ email, firstName, lastName, password }),
		});
		if (response.ok) return;
		const refused = `owner setup failed: ${response.status} ${await response.text()}`;
		await this.login().catch(() => {
			throw new Error(refused);
		});
	}

	/** Logs the owner in through the REST API; returns the session cookie (`n8n-auth=...`). */
	async login(): Promise<string> {
		const response = await fetch(`${this.url}/rest/login`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: this.owner.email, password: this.owner.password }),
		});
		const cookie = response.headers.get('set-cookie')?.split(';')[0];
		if (!response.ok || !cookie)
			throw new Error(`login failed: ${response.status} ${await response.text()}`);
		return cookie;
	}

	/** A REST call as the logged-in owner; returns the parsed body (n8n wraps results in `data`). */
	async rest(
		method: string,
		urlPath: string,
		body?: unknown,
		cookie?: string,
	): Promise<{ status: number; body: Json }> {
		const response = await fetch(`${this.url}/rest${urlPath}`, {
			method,
			headers: { 'Content-Type': 'application/json', Cookie: cookie ?? (await this.login()) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		let parsed: Json;
		try {
			parsed = JSON.parse(text) as Json;
		} catch {
			parsed = { text };
		}
		return { status: response.status, body: parsed };
	}

	/** Creates a workflow through the REST API (n8n assigns the id; one in `workflow` is dropped). */
	async createWorkflow(workflow: Json, cookie?: string): Promise<string> {
		const { id: _id, ...body } = workflow;
		const created = await this.rest('POST', '/workflows', body, cookie);
		const id = (created.body.data as Json | undefined)?.id;
		if (created.status !== 200 || typeof id !== 'string')
			throw new Error(
				`creating a workflow failed: ${created.status} ${JSON.stringify(created.body)}`,
			);
		return id;
	}

	/**
	 * Activates (publishes) a workflow the way the editor's toggle does: its current version. For
	 * trigger nodes this runs their activation in n8n (webhook registration: checkExists, create).
	 * Throws with n8n's message when the activation fails.
	 */
	async activate(workflowId: string, cookie?: string): Promise<Json> {
		const auth = cookie ?? (await this.login());
		const workflow = await this.rest('GET', `/workflows/${workflowId}`, undefined, auth);
		const versionId = (workflow.body.data as Json | undefined)?.versionId;
		if (workflow.status !== 200 || typeof versionId !== 'string') {
			throw new Error(
				`workflow ${workflowId} not found: ${workflow.status} ${JSON.stringify(workflow.body)}`,
			);
		}
		const result = await this.rest(
			'POST',
			`/workflows/${workflowId}/activate`,
			{ versionId },
			auth,
		);
		if (result.status !== 200)
			throw new Error(
				`activating ${workflowId} failed: ${result.status} ${JSON.stringify(result.body)}`,
			);
		return result.body.data as Json;
	}

	/** Deactivates (unpublishes) a workflow; trigger nodes run their deactivation (webhook delete). */
	async deactivate(workflowId: string, cookie?: string): Promise<Json> {
		const result = await this.rest('POST', `/workflows/${workflowId}/deactivate`, {}, cookie);
		if (result.status !== 200)
			throw new Error(
				`deactivating ${workflowId} failed: ${result.status} ${JSON.stringify(result.body)}`,
			);
		return result.body.data as Json;
	}

	/** The stored executions of a workflow (id, status, mode …), newest first. */
	async executions(workflowId: string, cookie?: string): Promise<Json[]> {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const result = await this.rest('GET', `/executions?filter=${filter}`, undefined, cookie);
		if (result.status !== 200)
			throw new Error(`listing executions failed: ${result.status} ${JSON.stringify(result.body)}`);
		return ((result.body.data as Json | undefined)?.results ?? []) as Json[];
	}

	/** One stored execution with its run data, summarized like a CLI run (nodes, items, errors). */
	async execution(executionId: string, cookie?: string): Promise<Execution> {
		const result = await this.rest('GET', `/executions/${executionId}`, undefined, cookie);
		const execution = result.body.data as Json | undefined;
		if (result.status !== 200 || !execution)
			throw new Error(`execution ${executionId}: ${result.status} ${JSON.stringify(result.body)}`);
		// n8n stores run data in the `flatted` format; read it with n8n's own copy.
		const flatted = createRequire(path.join(this.rt.dir, 'package.json'))('flatted') as {
			parse(text: string): unknown;
		};
		const data =
			typeof execution.data === 'string' ? flatted.parse(execution.data) : execution.data;
		const cli = { exitCode: 0, stdout: '', stderr: '', durationMs: 0 };
		return summarizeRun({ ...execution, data }, cli);
	}

	/** Waits until a workflow has at least `count` finished executions; returns them, oldest first. */
	async waitForExecutions(
		workflowId: string,
		count: number,
		timeoutMs = 30_000,
	): Promise<Execution[]> {
		const cookie = await this.login();
		const done = await waitFor({
			read: async () =>
				(await this.executions(workflowId, cookie)).filter(
					(execution) => !['new', 'running', 'waiting'].includes(String(execution.status)),
				),
			done: (finished) => finished.length >= count,
			what: `${count} finished executions of workflow ${workflowId}`,
			timeoutMs,
			intervalMs: 200,
			extra: (finished) => `${finished.length} so far\n${tail(this.output)}`,
		});
		const ids = done.map((execution) => String(execution.id)).sort((a, b) => Number(a) - Number(b));
		return await Promise.all(ids.map(async (id) => await this.execution(id, cookie)));
	}

	/** Stops n8n and its task runners (SIGTERM to its process group, SIGKILL after 15 s). */
	async stop(): Promise<void> {
		if (this.exitCode === undefined) await stopGroup(this.process, this.exited);
	}
}

function expectImported(result: CliResult, expected: string): void {
	if (result.exitCode !== 0 || !result.stdout.includes(expected)) {
		throw new Error(
			`n8n import failed (exit ${result.exitCode}), expected "${expected}":\n${tail(result.stdout + result.stderr)}`,
		);
	}
}

/** The sandbox requests that arrived while `execution` ran (for runs of one execute-batch). */
export function requestsDuring<R extends { receivedAt: number }>(
	requests: R[],
	execution: Execution,
): R[] {
	const { startedAt, stoppedAt } = execution;
	if (startedAt === undefined || stoppedAt === undefined) return [];
	return requests.filter(
		(request) => request.receivedAt >= startedAt && request.receivedAt <= stoppedAt,
	);
}

/** A one-line account of an execution for failing assertions. */
export function describeExecution(execution: Execution): string {
	const nodes = Object.entries(execution.nodes)
		.map(
			([name, run]) =>
				`${name}: ${run.status}, ${run.items.length} items${run.error ? `, ${run.error.message}` : ''}`,
		)
		.join('; ');
	return `status ${execution.status} (exit ${execution.exitCode}, ${execution.durationMs} ms) ${nodes}${
		execution.status === 'missing' ? `\n${tail(execution.stdout + execution.stderr)}` : ''
	}`;
}
