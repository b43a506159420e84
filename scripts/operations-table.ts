/**
 * Writes the README's operations table from the node descriptions, so the table can never
 * drift from the code: `npm run docs` rewrites it, and a test fails when it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { ResourceManagement } from '../nodes/ResourceManagement/ResourceManagement.node';
import { Smenso } from '../nodes/Smenso/Smenso.node';

export const README = join(__dirname, '..', 'README.md');
const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';

function tableFor(node: INodeType): string {
	const properties = node.description.properties as INodeProperties[];
	const resources = (properties.find((p) => p.name === 'resource')?.options ?? []) as INodePropertyOptions[];
	const rows = resources.map((resource) => {
		const selector = properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value),
		);
		const operations = ((selector?.options ?? []) as INodePropertyOptions[]).map((o) => o.name).join(', ');
		return `| ${resource.name} | ${operations || '—'} |`;
	});
	return [`**${node.description.displayName}** (\`${node.description.name}\`)`, '', '| Resource | Operations |', '| --- | --- |', ...rows].join('\n');
}

export function operationsMarkdown(): string {
	return [tableFor(new Smenso()), tableFor(new ResourceManagement())].join('\n\n');
}

export function withTable(readme: string): string {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) throw new Error(`README needs ${START} and ${END} markers`);
	return `${readme.slice(0, start + START.length)}\n${operationsMarkdown()}\n${readme.slice(end)}`;
}

if (require.main === module) {
	writeFileSync(README, withTable(readFileSync(README, 'utf8')));
}
