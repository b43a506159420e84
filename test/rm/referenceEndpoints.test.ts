/**
 * The package against the API reference: every method + path of §5 (referenceEndpoints.json,
 * written by hand from shared/api/resource-management.md) is either reached by a real run of the
 * node (or of its Trigger) through n8n-core against the sandbox, or left out with a reason.
 * An endpoint with neither is an unexplained gap and fails the test by name.
 */
import type { IDataObject } from 'n8n-workflow';
import { ResourceManagementTrigger } from '../../nodes/ResourceManagement/ResourceManagementTrigger.node';
import { jsonOf, rmCredential, runRm } from '../harness/rm';
import { TriggerRun } from '../harness/run-trigger';
import { useSandbox } from '../harness/sandbox';
import { RM_TOKEN } from '../sandbox';
import type { SandboxRequest } from '../sandbox/server';
import { endpointCalls, type EndpointCall } from './endpointCalls';
import reference from './referenceEndpoints.json';

interface ReferenceEndpoint {
	group: string;
	method: string;
	path: string;
	confidence?: string;
	alsoIn?: string;
	leftOut?: string;
	category?: string;
	coveredBy?: string;
}

const endpoints: ReferenceEndpoint[] = reference.endpoints;
const API_PREFIX = '/api/v1';
/** Why an endpoint is left out; each leftOut names one. */
const CATEGORIES = [
	'security',
	'deprecated',
	'refused',
	'bulk-duplicate',
	'user-side-duplicate',
	'alternative-route',
	'unconfirmed',
	'not-offered',
];
const CONFIDENCES = ['DOC', 'DOC-new', 'DOC-2016', 'OBS', 'INF', 'PR', 'implied'];

const keyOf = (endpoint: { method: string; path: string }) => `${endpoint.method} ${endpoint.path}`;

/** The endpoint's path as a RegExp: `{x}` is one path segment, the rest literal. */
function patternOf(path: string): RegExp {
	const source = path
		.split('/')
		.map((segment) =>
			/^\{[^/{}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
		)
		.join('/');
	return new RegExp(`^${source}$`);
}

/** A request's path as the reference writes it: without /api/v1 (token management keeps /api/). */
const referencePath = (path: string) =>
	path.startsWith(`${API_PREFIX}/`) ? path.slice(API_PREFIX.length) : path;

const matches = (
	endpoint: { method: string; path: string },
	request: Pick<SandboxRequest, 'method' | 'path'>,
) =>
	request.method === endpoint.method && patternOf(endpoint.path).test(referencePath(request.path));

const byKey = new Map(endpoints.map((endpoint) => [keyOf(endpoint), endpoint]));
const callsByKey = new Map(endpointCalls.map((call) => [keyOf(call), call]));

describe('the checked-in list of the reference endpoints', () => {
	test('lists each method + path once, in the groups §5.1–§5.27, with the reference confidence', () => {
		const keys = endpoints.map(keyOf);
		expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
		const malformed = endpoints.filter(
			(e) =>
				!/^5\.([1-9]|1\d|2[0-7]) \S/.test(e.group) ||
				!['GET', 'POST', 'PUT', 'DELETE'].includes(e.method) ||
				!/^(\/[a-z_]+|\/\{[a-z_]+\})+$/.test(e.path) ||
				e.path.startsWith('/api/') !== e.group.startsWith('5.1 ') ||
				!CONFIDENCES.includes(String(e.confidence)),
		);
		expect(malformed).toEqual([]);
		expect(new Set(endpoints.map((e) => e.group.split(' ')[0])).size).toBe(27);
	});

	test('every endpoint is reached by a node run, covered by the trigger or left out with a reason: no unexplained gap', () => {
		const gaps = endpoints
			.filter(
				(e) => e.leftOut === undefined && e.coveredBy === undefined && !callsByKey.has(keyOf(e)),
			)
			.map(keyOf);
		expect(gaps).toEqual([]);
	});

	test('every left-out endpoint has a non-empty reason and a known category, and no run', () => {
		const leftOut = endpoints.filter((e) => e.leftOut !== undefined || e.category !== undefined);
		const unexplained = leftOut.filter(
			(e) =>
				typeof e.leftOut !== 'string' ||
				e.leftOut.trim() === '' ||
				!CATEGORIES.includes(String(e.category)),
		);
		expect(unexplained.map(keyOf)).toEqual([]);
		expect(
			leftOut.filter((e) => e.coveredBy !== undefined || callsByKey.has(keyOf(e))).map(keyOf),
		).toEqual([]);
	});

	test('every run sends an endpoint of the list that must be reached; trigger runs exactly the coveredBy: trigger ones', () => {
		const keys = endpointCalls.map(keyOf);
		expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
		expect(keys.filter((key) => !byKey.has(key))).toEqual([]);
		expect(keys.filter((key) => byKey.get(key)?.leftOut !== undefined)).toEqual([]);
		expect(
			endpoints.filter((e) => e.coveredBy !== undefined && e.coveredBy !== 'trigger').map(keyOf),
		).toEqual([]);
		const triggerKeys = endpointCalls.filter((call) => call.runner === 'trigger').map(keyOf);
		expect(triggerKeys).toEqual(endpoints.filter((e) => e.coveredBy === 'trigger').map(keyOf));
	});
});

describe('each endpoint the package must reach is sent by a real run', () => {
	const sandbox = useSandbox();
	const outputs = new Map<string, IDataObject>();
	/** Every request of every run, for the checks after the runs. */
	const sent: Array<Pick<SandboxRequest, 'method' | 'path'> & { call: string }> = [];
	const trigger = new ResourceManagementTrigger();

	async function runCall(call: EndpointCall): Promise<void> {
		const output = (endpoint: string) => {
			const item = outputs.get(endpoint);
			if (!item)
				throw new Error(`${keyOf(call)} needs the output of ${endpoint}, which has not run`);
			return item;
		};
		const parameters =
			typeof call.parameters === 'function'
				? call.parameters({ sandbox, output })
				: call.parameters;
		if (call.runner === 'trigger') {
			const run = new TriggerRun({
				nodeType: trigger,
				parameters,
				credential: rmCredential(sandbox),
			});
			const activated = await run.activate();
			expect({ call: call.via, error: activated.error?.message, active: activated.value }).toEqual({
				call: call.via,
				error: undefined,
				active: true,
			});
			const deactivated = await run.deactivate();
			expect({ call: call.via, error: deactivated.error?.message }).toEqual({
				call: call.via,
				error: undefined,
			});
			return;
		}
		const result = await runRm(sandbox, parameters);
		if (call.refusedWith) {
			expect({ call: call.via, status: result.error?.httpCode }).toEqual({
				call: call.via,
				status: call.refusedWith,
			});
		} else {
			expect({ call: call.via, error: result.error?.message }).toEqual({
				call: call.via,
				error: undefined,
			});
			outputs.set(keyOf(call), jsonOf(result)[0] ?? {});
		}
	}

	test.each(endpointCalls)('$method $path ← $via', async (call) => {
		await runCall(call);
		const requests = [...sandbox.requests];
		sent.push(...requests.map(({ method, path }) => ({ method, path, call: keyOf(call) })));
		expect({
			endpoint: keyOf(call),
			sent: requests.some((request) => matches(call, request)),
		}).toEqual({ endpoint: keyOf(call), sent: true });
		expect(
			requests
				.filter((request) => request.headers.auth !== RM_TOKEN)
				.map((r) => `${r.method} ${r.path}`),
		).toEqual([]);
	});

	test('no run sent a request outside the reference, nor one to an endpoint listed as left out', () => {
		expect(sent.length).toBeGreaterThanOrEqual(endpointCalls.length);
		const outside = sent.filter((request) => !endpoints.some((e) => matches(e, request)));
		expect(outside).toEqual([]);
		const toLeftOut = sent.filter((request) =>
			endpoints.some((e) => e.leftOut !== undefined && matches(e, request)),
		);
		expect(toLeftOut).toEqual([]);
	});
});
