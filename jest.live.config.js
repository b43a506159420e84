/**
 * The live contract kit (`npm run test:live`): one named check per API assumption, against the
 * account in SMENSO_* / RM_* environment variables (README: "Check the assumptions against your
 * account"). Never part of `npm test`'s unit run; CI runs it against the sandbox
 * (`npm run test:live:sandbox`, both smenso write modes).
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/live'],
	testMatch: ['**/*.live.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	setupFiles: ['<rootDir>/dev/coreEnv.ts'],
	// A real account answers in seconds per check; tickets may take a while.
	testTimeout: 900000,
	maxWorkers: 1,
};
