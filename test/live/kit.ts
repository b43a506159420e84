/**
 * The live contract kit: one named check per assumption the nodes make where the API references
 * say "unknown" (README: "What the sandbox assumes"). A check runs through the real nodes
 * (n8n-core's RoutingNode, as the unit tests do) or, where the question is about the wire, as a
 * raw HTTP request, and ends as held, failed or skipped with what it saw.
 *
 * The kit runs against a real account (`npm run test:live`) and, in CI, against our sandbox in
 * every mode it has (test/live/kit.test.ts), so it is known to work before anyone trusts it.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INodeParameters,
	INodeType,
} from 'n8n-workflow';
import { runNode, type RunNodeResult } from '../../dev/runNode';

export type Outcome = 'held' | 'failed' | 'skipped';

export interface CheckResult {
	id: string;
	service: string;
	title: string;
	outcome: Outcome;
	/** What the check saw (held, failed) or why it did not run (skipped). */
	seen: string;
	ms: number;
}

/** Thrown by a check that cannot run here (a missing optional variable, nothing to test on). */
export class Skip extends Error {}

/** Fails the check with `message` unless `condition` holds. */
export function expectThat(condition: unknown, message: string): asserts condition {
	if (!condition) throw new Error(message);
}

export interface Check<C> {
	/** Stable name, e.g. `smenso.task.dueDate`; README assumption lines name checks by it. */
	id: string;
	title: string;
	/** Creates, changes or deletes records: runs only with LIVE_WRITES=1. */
	writes?: boolean;
	run(ctx: C): Promise<string>;
}

export interface WireAnswer {
	status: number;
	headers: Record<string, string>;
	/** Parsed JSON when the answer is JSON, otherwise the text. */
	body: unknown;
	text: string;
}

/** What every service context has: raw requests, node runs and the records to remove afterwards. */
export class LiveContext {
	/** Records created by this run, removed in reverse order after the checks, even when checks fail. */
	private readonly created: Array<{ what: string; remove: () => Promise<unknown> }> = [];
	/** Values checks hand to later checks (e.g. the task one check created and the next reads). */
	readonly shared = new Map<string, unknown>();

	constructor(
		readonly baseUrl: string,
		private readonly authHeader: (token: string) => Record<string, string>,
		readonly token: string,
		private readonly node: {
			type: INodeType;
			credentialType: ICredentialType;
			credential: ICredentialDataDecryptedObject;
		},
		readonly writes: boolean,
		/** Name prefix of everything the kit creates; a later run finds leftovers by it. */
		readonly prefix: string,
	) {}

	/** A raw request: the check is about the wire (status, headers, body shape). */
	async raw(
		method: string,
		path: string,
		options: { query?: Record<string, string | number>; body?: unknown; token?: string } = {},
	): Promise<WireAnswer> {
		const url = new URL(this.baseUrl.replace(/\/$/, '') + path);
		for (const [key, value] of Object.entries(options.query ?? {}))
			url.searchParams.set(key, String(value));
		const response = await fetch(url, {
			method,
			headers: {
				Accept: 'application/json',
				...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
				...this.authHeader(options.token ?? this.token),
			},
			body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
		});
		const text = await response.text();
		let body: unknown = text;
		if (text && /json/i.test(response.headers.get('content-type') ?? '')) {
			try {
				body = JSON.parse(text);
			} catch {
				body = text;
			}
		}
		const headers: Record<string, string> = {};
		response.headers.forEach((value, key) => (headers[key.toLowerCase()] = value));
		return { status: response.status, headers, body, text };
	}

	/** Runs the node once, as n8n does, with this account's credential. */
	async run(
		parameters: INodeParameters,
		options: { items?: IDataObject[]; continueOnFail?: boolean; token?: string } = {},
	): Promise<RunNodeResult> {
		const data = options.token
			? { ...this.node.credential, apiToken: options.token }
			: this.node.credential;
		return await runNode({
			nodeType: this.node.type,
			parameters,
			credential: { type: this.node.credentialType, data },
			items: options.items,
			continueOnFail: options.continueOnFail,
			timezone: 'Europe/Berlin',
		});
	}

	/** The JSON of each output item; a node error fails the check with its message. */
	async json(parameters: INodeParameters): Promise<IDataObject[]> {
		const result = await this.run(parameters);
		if (result.error) throw new Error(`the node failed: ${describeError(result.error)}`);
		return result.items.map((item) => item.json);
	}

	/** Remembers how to remove a record this run created. */
	track(what: string, remove: () => Promise<unknown>): void {
		this.created.push({ what, remove });
	}

	/** Removes what this run created, newest first; returns one line per record. */
	async removeCreated(): Promise<string[]> {
		const lines: string[] = [];
		while (this.created.length) {
			const { what, remove } = this.created.pop()!;
			try {
				await remove();
				lines.push(`removed ${what}`);
			} catch (error) {
				lines.push(`could not remove ${what}: ${(error as Error).message}`);
			}
		}
		return lines;
	}
}

export function describeError(
	error: Error & { description?: string | null; httpCode?: string | null },
): string {
	return [error.httpCode ? `HTTP ${error.httpCode}` : '', error.message, error.description ?? '']
		.filter(Boolean)
		.join(' | ');
}

/** Short, single-line rendering of a value for the report. */
export function brief(value: unknown, max = 160): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	const line = (text ?? String(value)).replace(/\s+/g, ' ');
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export interface ServiceKit<C extends LiveContext> {
	service: string;
	checks: Array<Check<C>>;
	/** Removes records an interrupted earlier run left behind (found by the name prefix). */
	cleanLeftovers(ctx: C): Promise<string[]>;
}

export interface ServiceRun {
	service: string;
	/** `ran`, or why the service was skipped. */
	status: string;
	cleanup: string[];
	results: CheckResult[];
}

/** Runs a service's checks in order; removes what they created whatever happens. */
export async function runService<C extends LiveContext>(
	kit: ServiceKit<C>,
	ctx: C,
): Promise<ServiceRun> {
	const results: CheckResult[] = [];
	const cleanup: string[] = [];
	try {
		if (ctx.writes)
			cleanup.push(...(await kit.cleanLeftovers(ctx)).map((line) => `leftover: ${line}`));
		for (const check of kit.checks) {
			const started = Date.now();
			const result = (outcome: Outcome, seen: string): CheckResult => ({
				id: check.id,
				service: kit.service,
				title: check.title,
				outcome,
				seen,
				ms: Date.now() - started,
			});
			if (check.writes && !ctx.writes) {
				results.push(result('skipped', 'writes: run with LIVE_WRITES=1'));
				continue;
			}
			try {
				results.push(result('held', await check.run(ctx)));
			} catch (error) {
				results.push(
					result(error instanceof Skip ? 'skipped' : 'failed', (error as Error).message),
				);
			}
		}
	} finally {
		cleanup.push(...(await ctx.removeCreated()));
	}
	return { service: kit.service, status: 'ran', cleanup, results };
}

/** A service without credentials: every check skipped, saying so. */
export function skippedService<C extends LiveContext>(kit: ServiceKit<C>, why: string): ServiceRun {
	return {
		service: kit.service,
		status: `skipped: ${why}`,
		cleanup: [],
		results: kit.checks.map((check) => ({
			id: check.id,
			service: kit.service,
			title: check.title,
			outcome: 'skipped',
			seen: why,
			ms: 0,
		})),
	};
}
