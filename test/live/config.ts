/**
 * What the live kit runs against, read from environment variables (README: "Check the
 * assumptions against your account"). A service whose variables are missing is skipped.
 */
export interface SmensoLiveConfig {
	/** The node's credential: workspace, token and, from SMENSO_BASE_URL, an optional base URL. */
	credential: { workspace: string; apiToken: string; baseUrl: string };
	/** The only project the kit writes in (SMENSO_TEST_PROJECT); read checks on tasks need it too. */
	testProject?: string;
	/** Optional: a project template; the kit then creates one project from it and deletes it. */
	projectTemplate?: string;
	/** Optional: a status report template; the kit then creates one report in the test project. */
	statusReportTemplate?: string;
	/** Optional: a member (GUID or e-mail) the kit may assign to its test task and book time for. */
	testMember?: string;
}

export interface RmLiveConfig {
	/** The node's credential: RM_BASE_URL as a custom base URL, else the region (RM_REGION `us` or `eu`, default `us`). */
	credential: { apiToken: string; region: string; baseUrl: string };
}

export interface LiveConfig {
	smenso?: SmensoLiveConfig;
	rm?: RmLiveConfig;
	writes: boolean;
	/** Name prefix of everything the kit creates. */
	prefix: string;
	/** First pause between smenso ticket polls (LIVE_POLL_SECONDS; the node's default is 1 s). */
	pollSeconds?: number;
}

export const LIVE_PREFIX = 'n8n-live-check';

const RM_REGIONS: Record<string, string> = {
	us: 'https://api.rm.smartsheet.com',
	eu: 'https://api.rm.smartsheet.eu',
};

export function liveConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LiveConfig {
	const value = (name: string) => env[name]?.trim() || undefined;
	const workspace = value('SMENSO_WORKSPACE');
	const smensoToken = value('SMENSO_TOKEN');
	const rmToken = value('RM_TOKEN');
	const region = (value('RM_REGION') ?? 'us').toLowerCase();
	if (!value('RM_BASE_URL') && !RM_REGIONS[region])
		throw new Error(`RM_REGION must be us or eu, not '${region}' (or set RM_BASE_URL)`);
	return {
		smenso:
			workspace && smensoToken
				? {
						credential: {
							workspace,
							apiToken: smensoToken,
							baseUrl: value('SMENSO_BASE_URL') ?? '',
						},
						testProject: value('SMENSO_TEST_PROJECT'),
						projectTemplate: value('SMENSO_TEST_TEMPLATE'),
						statusReportTemplate: value('SMENSO_TEST_STATUS_REPORT_TEMPLATE'),
						testMember: value('SMENSO_TEST_MEMBER'),
					}
				: undefined,
		rm: rmToken
			? {
					credential: value('RM_BASE_URL')
						? { apiToken: rmToken, region: 'custom', baseUrl: value('RM_BASE_URL')! }
						: { apiToken: rmToken, region: RM_REGIONS[region], baseUrl: '' },
				}
			: undefined,
		writes: value('LIVE_WRITES') === '1',
		pollSeconds: value('LIVE_POLL_SECONDS') ? Number(value('LIVE_POLL_SECONDS')) : undefined,
		prefix: `${LIVE_PREFIX} ${new Date().toISOString().slice(0, 19).replace('T', ' ')}`,
	};
}

/** The secrets of a run: they must never appear in a report. */
export function secretsOf(config: LiveConfig): string[] {
	return [config.smenso?.credential.apiToken, config.rm?.credential.apiToken].filter(
		(token): token is string => Boolean(token),
	);
}
