/**
 * The APIs of this package as the end-to-end tests and `npm start` see them: the credentials to
 * import (pointing at the sandbox) and the placeholder values for workflow files.
 * Adding an API (node + credential + sandbox module) is one entry in SERVICES.
 */
import type { ResourcePlanningSandbox } from '../test/sandbox';
import { RM_TOKEN, SMENSO_TOKENS } from '../test/sandbox';
import { SEED } from '../test/sandbox/smenso/state';
import type { CredentialFixture } from './n8n/n8n';

export interface Service {
	/** Node type name without the package prefix, e.g. `smenso`. */
	node: string;
	credentialType: string;
	/** Credentials to import; workflows refer to them by `id` and `name`. */
	credentials(sandbox: ResourcePlanningSandbox): CredentialFixture[];
	/** Values for `__NAME__` placeholders in workflow files. */
	placeholders?(sandbox: ResourcePlanningSandbox): Record<string, string>;
}

/** IDs and names of the imported credentials, as workflow files spell them. */
export const CREDENTIALS = {
	smenso: { id: 'smensoSandbox', name: 'smenso sandbox (admin token)' },
	smensoBadToken: { id: 'smensoBadToken', name: 'smenso sandbox (wrong token)' },
	resourceManagement: { id: 'rmSandbox', name: 'Resource Management sandbox' },
} as const;

export const SERVICES: Service[] = [
	{
		node: 'smenso',
		credentialType: 'smensoIntegrationApi',
		credentials: (sandbox) => [
			{
				...CREDENTIALS.smenso,
				type: 'smensoIntegrationApi',
				data: {
					workspace: 'sandbox',
					apiToken: SMENSO_TOKENS.admin,
					baseUrl: sandbox.smensoBaseUrl,
				},
			},
			{
				...CREDENTIALS.smensoBadToken,
				type: 'smensoIntegrationApi',
				data: {
					workspace: 'sandbox',
					apiToken: 'not-a-smenso-token',
					baseUrl: sandbox.smensoBaseUrl,
				},
			},
		],
		// The demo workflows write into the seeded project "Website Relaunch".
		placeholders: (sandbox) => ({
			SMENSO_BASE_URL: sandbox.smensoBaseUrl,
			SMENSO_DEMO_PROJECT_ID: SEED.mainProjectId,
		}),
	},
	{
		node: 'resourceManagement',
		credentialType: 'smartsheetResourceManagementApi',
		credentials: (sandbox) => [
			{
				...CREDENTIALS.resourceManagement,
				type: 'smartsheetResourceManagementApi',
				data: { apiToken: RM_TOKEN, region: 'custom', baseUrl: sandbox.rmBaseUrl },
			},
		],
		placeholders: (sandbox) => ({ RM_BASE_URL: sandbox.rmBaseUrl }),
	},
];

export function allCredentials(sandbox: ResourcePlanningSandbox): CredentialFixture[] {
	return SERVICES.flatMap((service) => service.credentials(sandbox));
}

/** The credentials the demo workflows use: one per API. The others (a wrong token …) are test fixtures. */
export const DEMO_CREDENTIAL_IDS: readonly string[] = [
	CREDENTIALS.smenso.id,
	CREDENTIALS.resourceManagement.id,
];

/** What `npm start` imports into the demo user folder: the demo credentials only. */
export function demoCredentials(sandbox: ResourcePlanningSandbox): CredentialFixture[] {
	return allCredentials(sandbox).filter((credential) =>
		DEMO_CREDENTIAL_IDS.includes(credential.id),
	);
}

/** IDs of the test fixtures among the credentials (imported by the e2e tests, never by `npm start`). */
export function fixtureCredentialIds(sandbox: ResourcePlanningSandbox): string[] {
	return allCredentials(sandbox)
		.map((credential) => credential.id)
		.filter((id) => !DEMO_CREDENTIAL_IDS.includes(id));
}

/** Placeholder values for workflow files: `__SANDBOX_URL__` plus each service's own. */
export function allPlaceholders(sandbox: ResourcePlanningSandbox): Record<string, string> {
	return Object.assign(
		{ SANDBOX_URL: sandbox.url },
		...SERVICES.map((service) => service.placeholders?.(sandbox) ?? {}),
	);
}
