import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * The API root for an RM credential: the region's host, or the custom base URL (with or
 * without a trailing /api/v1), followed by /api/v1. Kept as an n8n expression (requestDefaults,
 * credential test) and as a function (list searches); a test checks that both agree.
 */
export const RM_BASE_URL_EXPRESSION =
	'={{ ($credentials.region === "custom" ? $credentials.baseUrl.trim().replace(/\\/+$/, "").replace(/\\/api\\/v1$/i, "") : $credentials.region) + "/api/v1" }}';

export function rmBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const region = String(credentials.region ?? '');
	const host =
		region === 'custom'
			? String(credentials.baseUrl ?? '')
					.trim()
					.replace(/\/+$/, '')
					.replace(/\/api\/v1$/i, '')
			: region;
	return `${host}/api/v1`;
}
