/**
 * Formatting as n8n formats its own code and the node starter: tabs, single quotes, trailing
 * commas, 100 columns. JSON and YAML keep two spaces, as npm and n8n's workflow export write them.
 * `npm run format` rewrites, `npm run format:check` (part of `npm test`) checks.
 */
module.exports = {
	useTabs: true,
	tabWidth: 2,
	printWidth: 100,
	singleQuote: true,
	semi: true,
	trailingComma: 'all',
	bracketSpacing: true,
	arrowParens: 'always',
	quoteProps: 'as-needed',
	endOfLine: 'lf',
	overrides: [{ files: ['*.json', '*.yml', '*.yaml'], options: { useTabs: false } }],
};
