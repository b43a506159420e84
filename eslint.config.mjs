// The lint set n8n's node CLI (0.48) and its verification scanner apply, plus type-aware
// basics for the tests and the package's size limits. Inline `eslint-disable` comments are
// ignored by the scanner, so none are used in nodes/ or credentials/.
import js from '@eslint/js';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import { globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const communityRecommended = n8nCommunityNodesPlugin.configs.recommended;

export default tseslint.config(
	globalIgnores(['dist', 'node_modules', '.n8n-runtime', 'coverage', '**/*.js', '**/*.mjs']),
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		extends: [
			js.configs.recommended,
			tseslint.configs.recommended,
			communityRecommended,
			importX.configs['flat/recommended'],
		],
		rules: { 'prefer-spread': 'off', 'no-console': 'error' },
	},
	{
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
	},
	{
		files: ['package.json'],
		extends: [communityRecommended],
		rules: { ...n8nNodesBase.configs.community.rules },
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	{
		// Size limits of the package's source: a file of at most 250 lines, a function (method,
		// accessor, arrow or IIFE, nested ones counting in their parent too) of at most 60, blank
		// lines and comments included. Generated files are exempt.
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		ignores: ['**/*.generated.ts'],
		rules: {
			'max-lines': ['error', { max: 250, skipBlankLines: false, skipComments: false }],
			'max-lines-per-function': [
				'error',
				{ max: 60, skipBlankLines: false, skipComments: false, IIFEs: true },
			],
		},
	},
	{
		// Tests, scripts and dev tooling run in Node, outside n8n: plain TypeScript rules only.
		files: ['test/**/*.ts', 'scripts/**/*.ts', 'dev/**/*.ts'],
		extends: [js.configs.recommended, tseslint.configs.recommended],
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
);
