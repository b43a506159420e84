/**
 * A small loopback HTTP server that the fake APIs plug routes into. It records every request
 * (so tests can assert the exact method, path, query, headers and body and count requests)
 * and lets a test inject faults into the next matching requests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SandboxRequest {
	method: string;
	/** Path without the query string. */
	path: string;
	/** Query parameters; repeated keys become arrays. */
	query: Record<string, string | string[]>;
	headers: http.IncomingHttpHeaders;
	/** Parsed JSON body, raw text for other bodies, undefined when empty. */
	body: unknown;
	rawBody: string;
	/** Date.now() when the request arrived. */
	receivedAt: number;
}

export interface SandboxResponse {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** Send `body` as is (a string) instead of JSON. */
	raw?: boolean;
}

export type Handler = (
	req: SandboxRequest,
	params: Record<string, string>,
) => SandboxResponse | Promise<SandboxResponse>;

export interface Route {
	method: string;
	/** Path pattern with `:name` segments, matched case-insensitively. */
	pattern: string;
	handler: Handler;
}

/** A fault for the next requests that match `method`/`path` (a substring or RegExp). */
export interface Fault {
	method?: string;
	path?: string | RegExp;
	/** How many matching requests it affects (default 1). */
	times?: number;
	/** Skip this many matching requests first (default 0). */
	after?: number;
	/** Only requests for which this returns true match. */
	when?: (req: SandboxRequest) => boolean;
	/** Reply with this instead of the route's answer. */
	response?: SandboxResponse;
	/** Reply with what this returns (for answers that depend on the request). */
	respond?: (req: SandboxRequest) => SandboxResponse;
	/** Wait this long before answering. */
	delayMs?: number;
	/** Destroy the socket without answering. */
	drop?: boolean;
	/** Send only the first half of the JSON body. */
	truncate?: boolean;
	/** Extra headers on the route's normal answer (e.g. X-RateLimit-Remaining). */
	headers?: Record<string, string>;
}

export interface Sandbox {
	url: string;
	port: number;
	/** Every request received so far, in order. */
	requests: SandboxRequest[];
	/** Requests whose path contains `fragment` (or matches it). */
	requestsTo(fragment: string | RegExp, method?: string): SandboxRequest[];
	clearRequests(): void;
	inject(fault: Fault): void;
	clearFaults(): void;
	close(): Promise<void>;
}

function compile(pattern: string): { regex: RegExp; names: string[] } {
	const names: string[] = [];
	const source = pattern
		.split('/')
		.map((segment) => {
			if (segment.startsWith(':')) {
				names.push(segment.slice(1));
				return '([^/]+)';
			}
			return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('/');
	return { regex: new RegExp(`^${source}/?$`, 'i'), names };
}

function matches(fault: Fault, req: SandboxRequest): boolean {
	if (fault.when && !fault.when(req)) return false;
	if (fault.method && fault.method.toUpperCase() !== req.method) return false;
	if (fault.path instanceof RegExp) return fault.path.test(req.path);
	if (typeof fault.path === 'string') return req.path.includes(fault.path);
	return true;
}

export interface ServerOptions {
	port?: number;
	/**
	 * A service's response time, for benchmarks: every answer leaves no sooner than this many ms
	 * after its request arrived (the sandbox's own work counts toward it). Default 0: answer at once.
	 */
	latencyMs?: number;
}

export async function startServer(routes: Route[], options: ServerOptions = {}): Promise<Sandbox> {
	const compiled = routes.map((route) => ({ ...route, ...compile(route.pattern) }));
	const requests: SandboxRequest[] = [];
	let faults: Array<Fault & { seen: number; used: number }> = [];

	const server = http.createServer((incoming, outgoing) => {
		const chunks: Buffer[] = [];
		incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
		incoming.on('end', () => {
			void (async () => {
				const rawBody = Buffer.concat(chunks).toString('utf8');
				const url = new URL(incoming.url ?? '/', 'http://sandbox.local');
				const query: Record<string, string | string[]> = {};
				for (const [key, value] of url.searchParams) {
					const existing = query[key];
					if (existing === undefined) query[key] = value;
					else query[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
				}
				let body: unknown;
				if (rawBody) {
					try {
						body = JSON.parse(rawBody);
					} catch {
						body = rawBody;
					}
				}
				const req: SandboxRequest = {
					method: (incoming.method ?? 'GET').toUpperCase(),
					path: decodeURIComponent(url.pathname),
					query,
					headers: incoming.headers,
					body,
					rawBody,
					receivedAt: Date.now(),
				};
				requests.push(req);

				const fault = faults.find(
					(candidate) => matches(candidate, req) && candidate.seen++ >= (candidate.after ?? 0),
				);
				if (fault) {
					fault.used++;
					if (fault.used >= (fault.times ?? 1)) faults = faults.filter((f) => f !== fault);
					if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
					if (fault.drop) {
						incoming.socket.destroy();
						return;
					}
				}

				let response: SandboxResponse;
				if (fault?.respond) {
					response = fault.respond(req);
				} else if (fault?.response) {
					response = fault.response;
				} else {
					response = { status: 404, body: 'Not Found', raw: true };
					for (const route of compiled) {
						if (route.method !== req.method) continue;
						const match = route.regex.exec(req.path);
						if (!match) continue;
						const params: Record<string, string> = {};
						route.names.forEach((name, index) => (params[name] = match[index + 1]));
						try {
							response = await route.handler(req, params);
						} catch (error) {
							response = {
								status: 500,
								body: { message: `sandbox handler failed: ${(error as Error).message}` },
							};
						}
						break;
					}
				}
				const isText =
					response.raw || typeof response.body === 'string' || Buffer.isBuffer(response.body);
				let payload =
					response.body === undefined
						? ''
						: isText
							? (response.body as string | Buffer)
							: JSON.stringify(response.body);
				if (fault?.truncate && payload.length > 1)
					payload = payload.slice(0, Math.floor(payload.length / 2));
				const wait = (options.latencyMs ?? 0) - (Date.now() - req.receivedAt);
				if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
				const headers: Record<string, string> = {
					...(payload !== '' && !isText
						? { 'Content-Type': 'application/json; charset=utf-8' }
						: {}),
					...(payload !== '' && isText && !response.headers?.['Content-Type']
						? { 'Content-Type': 'text/plain; charset=utf-8' }
						: {}),
					...response.headers,
					...fault?.headers,
				};
				outgoing.writeHead(response.status, headers);
				outgoing.end(payload);
			})();
		});
	});

	await new Promise<void>((resolve) =>
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve()),
	);
	const port = (server.address() as AddressInfo).port;
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		requests,
		requestsTo: (fragment, method) =>
			requests.filter(
				(r) =>
					(fragment instanceof RegExp ? fragment.test(r.path) : r.path.includes(fragment)) &&
					(!method || r.method === method.toUpperCase()),
			),
		clearRequests: () => {
			requests.length = 0;
		},
		inject: (fault) => {
			faults.push({ ...fault, seen: 0, used: 0 });
		},
		clearFaults: () => {
			faults = [];
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
