/**
 * The environment that points the live kit at our sandbox, writes on: used by the kit's own
 * tests (test/live/kit.test.ts) and by `npm run test:live:sandbox`.
 */
import type { ResourcePlanningSandbox } from '.';
import { RM_TOKEN, SMENSO_TOKENS } from '.';
import { SEED } from './smenso/state';

export function sandboxLiveEnv(sandbox: ResourcePlanningSandbox): Record<string, string> {
	return {
		SMENSO_WORKSPACE: 'sandbox',
		SMENSO_TOKEN: SMENSO_TOKENS.admin,
		SMENSO_BASE_URL: sandbox.smensoBaseUrl,
		SMENSO_TEST_PROJECT: SEED.mainProjectId,
		SMENSO_TEST_TEMPLATE: SEED.projectTemplateId,
		SMENSO_TEST_STATUS_REPORT_TEMPLATE: SEED.statusReportTemplateId,
		SMENSO_TEST_MEMBER: String(sandbox.smenso.members[0].email),
		RM_TOKEN,
		RM_BASE_URL: sandbox.rmBaseUrl,
		LIVE_WRITES: '1',
		// The sandbox's tickets finish after three polls: no need to wait a second for each.
		LIVE_POLL_SECONDS: '0.01',
	};
}
