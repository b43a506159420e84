import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * The API root for a smenso credential: the Base URL override when set, else
 * https://<workspace>.smenso.cloud/skyisland. The workspace field accepts "acme",
 * "acme.smenso.cloud" or a pasted URL. Paths then start with /api/...
 * Kept as an n8n expression (for requestDefaults and the credential test) and as a function
 * (for list searches); a test checks that both agree.
 */
export const SMENSO_BASE_URL_EXPRESSION =
	'={{ $credentials.baseUrl ? $credentials.baseUrl.trim().replace(/\\/+$/, "") : "https://" + $credentials.workspace.trim().replace(/^https?:\\/\\//i, "").split(/[./]/)[0].toLowerCase() + ".smenso.cloud/skyisland" }}';

export function smensoBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const override = String(credentials.baseUrl ?? '').trim();
	if (override) return override.replace(/\/+$/, '');
	const workspace = String(credentials.workspace ?? '')
		.trim()
		.replace(/^https?:\/\//i, '')
		.split(/[./]/)[0]
		.toLowerCase();
	return `https://${workspace}.smenso.cloud/skyisland`;
}
