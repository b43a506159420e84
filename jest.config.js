/**
 * Unit and routing tests: every test drives n8n-core's RoutingNode against the loopback sandbox.
 * Two projects: `unit` runs everything with smenso answering writes asynchronously (202 + ticket);
 * `smenso-sync` runs every test that writes to smenso again with single-item writes answered
 * synchronously (200 + result). The references allow both (README: "What the sandbox assumes").
 */
const base = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
};

module.exports = {
	testTimeout: 30000,
	projects: [
		{
			...base,
			displayName: 'unit',
			testMatch: ['**/*.test.ts'],
			testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
			setupFiles: ['<rootDir>/dev/coreEnv.ts'],
		},
		{
			...base,
			displayName: 'smenso-sync',
			testMatch: [
				'<rootDir>/test/smenso/**/*.test.ts',
				'<rootDir>/test/bad-input.test.ts',
				'<rootDir>/test/reliability.test.ts',
			],
			setupFiles: ['<rootDir>/dev/coreEnv.ts', '<rootDir>/test/harness/smenso-sync.ts'],
		},
	],
};
