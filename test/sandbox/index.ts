/**
 * Local fake APIs for tests and the demo. One loopback server hosts both services:
 * smenso under /skyisland/api, Resource Management under /api/v1.
 */
import { rmRoutes } from './rm';
import { RM_TOKEN, seedRmState, type RmState } from './rm/state';
import { startServer, type Sandbox, type ServerOptions } from './server';
import { smensoRoutes } from './smenso';
import { seedState, SMENSO_TOKENS, type SmensoState } from './smenso/state';

export interface ResourcePlanningSandbox extends Sandbox {
	smenso: SmensoState;
	/** Base URL to put into the smenso credential's "Base URL" field. */
	smensoBaseUrl: string;
	rm: RmState;
	/** Base URL to put into the RM credential's custom "Base URL" field. */
	rmBaseUrl: string;
}

export async function startSandbox(options: ServerOptions = {}): Promise<ResourcePlanningSandbox> {
	const smenso = seedState();
	const rm = seedRmState();
	const server = await startServer([...smensoRoutes(smenso), ...rmRoutes(rm)], options);
	return Object.assign(server, {
		smenso,
		smensoBaseUrl: `${server.url}/skyisland`,
		rm,
		rmBaseUrl: server.url,
	});
}

export { RM_TOKEN, SMENSO_TOKENS };
