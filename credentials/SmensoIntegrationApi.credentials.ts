import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';
import { SMENSO_BASE_URL_EXPRESSION } from '../nodes/Smenso/shared/baseUrl';

export class SmensoIntegrationApi implements ICredentialType {
	name = 'smensoIntegrationApi';

	displayName = 'Smenso Integration API';

	icon: Icon = { light: 'file:smenso.svg', dark: 'file:smenso.dark.svg' };

	documentationUrl = 'https://developers.smenso.de/docs/authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'Workspace',
			name: 'workspace',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. acme',
			description: 'The first part of your smenso address: acme for https://acme.smenso.cloud',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				"Token from smenso's Admin Center → API Token, pasted exactly as shown. Writes need a token of a workspace administrator.",
		},
		{
			displayName: 'Base URL Override',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://smenso.example.com/skyisland',
			description:
				'Only for on-premise hosts or a test server. Leave empty to use https://&lt;workspace&gt;.smenso.cloud/skyisland.',
		},
	];

	// smenso expects `Basic <token>` with the token as the Admin Center shows it (already encoded).
	// A pasted `id:secret` pair is encoded here, the one case where the raw value is not a token.
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization:
					'=Basic {{ $credentials.apiToken.trim().includes(":") ? $credentials.apiToken.trim().base64Encode() : $credentials.apiToken.trim() }}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: SMENSO_BASE_URL_EXPRESSION,
			url: '/api/integration/timezones/json',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'smenso did not accept the token: check the workspace and paste the token again from Admin Center → API Token',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The token is valid but may not use the Integration API: the workspace needs the smenso Integration API add-on',
				},
			},
		],
	};
}
