/**
 * The end-to-end subset on n8n 1.x (1.123.81, the newest 1.x release): the same test files as
 * jest.e2e.config.js, on the runtime N8N_E2E_VERSION names (dev/n8n/runtime.ts installs it
 * next to 2.41.1 on the first run: about 4 minutes, 2 GB). What differs on 1.x is in
 * dev/n8n/versions.ts. `npm run test:e2e:1x`; results in test-results/e2e-1x.json.
 *
 * The subset: both nodes (read and write workflows, a Return All, every resource in one batch,
 * the AI tool variants), their credentials, the three triggers (both polls, the webhook), and the
 * editor's node panel in chromium. Tests declared with `fullSuiteOnly` (slow editor walks already
 * covered on 2.41.1) are skipped here.
 */
process.env.N8N_E2E_VERSION = process.env.N8N_E2E_VERSION || '1.123.81';
process.env.N8N_E2E_SUBSET = 'true';

const base = require('./jest.e2e.config.js');

module.exports = {
	...base,
	testMatch: [
		'**/smenso.e2e.test.ts',
		'**/resourceManagement.e2e.test.ts',
		'**/resources.e2e.test.ts',
		'**/tools.e2e.test.ts',
		'**/pollingTriggers.e2e.test.ts',
		'**/rmTrigger.e2e.test.ts',
		'**/editor.e2e.test.ts',
	],
};
