import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';
import { RM_BASE_URL_EXPRESSION } from '../nodes/ResourceManagement/shared/baseUrl';

export class SmartsheetResourceManagementApi implements ICredentialType {
	name = 'smartsheetResourceManagementApi';

	displayName = 'Resource Management by Smartsheet API';

	icon: Icon = { light: 'file:resourceManagement.svg', dark: 'file:resourceManagement.dark.svg' };

	documentationUrl =
		'https://developers.smartsheet.com/api/resource_management/getting-started/authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Token from Resource Management → Settings → Developer API (a Resourcing Administrator can copy it there)',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			default: 'https://api.rm.smartsheet.com',
			options: [
				{ name: 'US (api.rm.smartsheet.com)', value: 'https://api.rm.smartsheet.com' },
				{ name: 'EU (api.rm.smartsheet.eu)', value: 'https://api.rm.smartsheet.eu' },
				{ name: 'Custom Base URL', value: 'custom' },
			],
			description: 'Where your Resource Management account is hosted',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://rm-proxy.example.com',
			description:
				'Host of the API, with or without /api/v1 at the end (for proxies and test servers)',
			displayOptions: { show: { region: ['custom'] } },
		},
	];

	// RM reads the token from a header literally named `auth`, without any prefix.
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { auth: '={{ $credentials.apiToken.trim() }}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: RM_BASE_URL_EXPRESSION,
			url: '/users',
			method: 'GET',
			qs: { per_page: 1 },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Resource Management did not accept the token: copy it again from Settings → Developer API and check the region',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The token may not read users: use a token created by a Resourcing Administrator',
				},
			},
		],
	};
}
