/**
 * Local fake APIs for tests and the demo. One loopback server hosts both services:
 * smenso under /skyisland/api, Resource Management under /api/v1.
 */
import { startServer, type Sandbox } from './server';
import { smensoRoutes } from './smenso';
import { seedState, SMENSO_TOKENS, type SmensoState } from './smenso/state';

export interface ResourcePlanningSandbox extends Sandbox {
	smenso: SmensoState;
	/** Base URL to put into the smenso credential's "Base URL" field. */
	smensoBaseUrl: string;
}

export async function startSandbox(options: { port?: number } = {}): Promise<ResourcePlanningSandbox> {
	const smenso = seedState();
	const server = await startServer([...smensoRoutes(smenso)], options);
	return Object.assign(server, { smenso, smensoBaseUrl: `${server.url}/skyisland` });
}

export { SMENSO_TOKENS };
