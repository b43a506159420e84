/**
 * End-to-end tests: the packed package inside a real n8n (pinned in dev/n8n/runtime.ts),
 * run through n8n's CLI and editor against the sandbox. `npm run test:e2e` (part of `npm test`).
 * The first run on a machine installs n8n into ~/.cache/n8n-nodes-resource-planning/
 * (about 4 minutes, 2.9 GB; N8N_RUNTIME_DIR moves it) and, as root, Debian's chromium.
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	globalSetup: '<rootDir>/test/e2e/global-setup.ts',
	globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
	// Each n8n command takes seconds; a first run also installs n8n in the global setup.
	testTimeout: 180000,
	maxWorkers: 1,
};
