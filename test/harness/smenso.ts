import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { SmensoIntegrationApi } from '../../credentials/SmensoIntegrationApi.credentials';
import { Smenso } from '../../nodes/Smenso/Smenso.node';
import { SMENSO_TOKENS, type ResourcePlanningSandbox } from '../sandbox';
import type { SandboxRequest } from '../sandbox/server';
import { runNode, type RunNodeOptions, type RunNodeResult } from '../../dev/runNode';
import { WRITE_MODE } from './sandbox';

export const smensoNode = new Smenso();
export const smensoCredentialType = new SmensoIntegrationApi();

export { WRITE_MODE };

/** Status polls a single-item write makes: three for the sandbox's ticket, none when smenso answers at once. */
export const SINGLE_WRITE_POLLS = WRITE_MODE === 'async' ? 3 : 0;

/** The ticketId a single-item write reports: a ticket's ID, or null when smenso answered at once. */
export const SINGLE_WRITE_TICKET = WRITE_MODE === 'async' ? expect.any(String) : null;

/** The path fragment of smenso's ticket status polls. */
const STATUS_POLL_PATH = '/api/integration/status/json/';

/** The ticket status polls a test sent (their number depends on WRITE_MODE). */
export function statusPolls(sandbox: ResourcePlanningSandbox): SandboxRequest[] {
	return sandbox.requestsTo(STATUS_POLL_PATH);
}

/** The requests a test sent, without ticket status polls (their number depends on WRITE_MODE). */
export function callsBesidesPolls(sandbox: ResourcePlanningSandbox): SandboxRequest[] {
	return sandbox.requests.filter((request) => !request.path.includes(STATUS_POLL_PATH));
}

/** Ticket polls in tests: fast, so a three-poll ticket takes milliseconds. */
export const FAST_TICKETS = { pollIntervalSeconds: 0.01 };

export function smensoCredential(
	sandbox: ResourcePlanningSandbox,
	token: string = SMENSO_TOKENS.admin,
) {
	return {
		type: smensoCredentialType,
		data: { workspace: 'sandbox', apiToken: token, baseUrl: sandbox.smensoBaseUrl },
	};
}

/** Runs the smenso node against the sandbox with the admin token. */
export async function runSmenso(
	sandbox: ResourcePlanningSandbox,
	parameters: INodeParameters,
	options: Partial<RunNodeOptions> & { token?: string } = {},
): Promise<RunNodeResult> {
	return await runNode({
		nodeType: smensoNode,
		parameters,
		credential: smensoCredential(sandbox, options.token),
		...options,
	});
}

/** The JSON of each output item. */
export function jsonOf(result: RunNodeResult): IDataObject[] {
	if (result.error) throw result.error;
	return result.items.map((item) => item.json);
}

/** The request as tests compare it: method, path, query and body. */
export function shape(request: SandboxRequest) {
	return { method: request.method, path: request.path, query: request.query, body: request.body };
}

/** The `Authorization` header smenso must receive for the admin token. */
export const ADMIN_AUTH = `Basic ${SMENSO_TOKENS.admin}`;

/** Wraps a resource locator value the way the editor stores it. */
export function byId(value: string) {
	return { __rl: true, mode: 'id', value };
}
