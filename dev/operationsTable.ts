/**
 * Writes the README's operations table from the node descriptions, so the table can never
 * drift from the code: `npm run docs` (scripts/operations-table.ts) rewrites it, and a test fails when it is stale.
 */
import { join } from 'node:path';
import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { ResourceManagement } from '../nodes/ResourceManagement/ResourceManagement.node';
import { Smenso } from '../nodes/Smenso/Smenso.node';
import smensoNode from './smensoNodeOperations.json';
import { SMENSO_NODE_PARITY, type OurOperation } from './smensoParity';

export const README = join(__dirname, '..', 'README.md');
const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';

function tableFor(node: INodeType): string {
	const properties = node.description.properties as INodeProperties[];
	const resources = (properties.find((p) => p.name === 'resource')?.options ??
		[]) as INodePropertyOptions[];
	const rows = resources.map((resource) => {
		const selector = properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value),
		);
		const operations = ((selector?.options ?? []) as INodePropertyOptions[])
			.map((o) => o.name)
			.join(', ');
		return `| ${resource.name} | ${operations || '—'} |`;
	});
	return [
		`**${node.description.displayName}** (\`${node.description.name}\`)`,
		'',
		'| Resource | Operations |',
		'| --- | --- |',
		...rows,
	].join('\n');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Display name of one of our operations, with the parameter value that selects a variant. */
export function ourOperationName(node: INodeType, ours: OurOperation): string | undefined {
	const properties = node.description.properties as INodeProperties[];
	const shows = (p: INodeProperties) =>
		p.displayOptions?.show?.resource?.includes(ours.resource) &&
		(!p.displayOptions?.show?.operation ||
			p.displayOptions.show.operation.includes(ours.operation));
	const resource = (
		(properties.find((p) => p.name === 'resource')?.options ?? []) as INodePropertyOptions[]
	).find((o) => o.value === ours.resource);
	const operation = (
		(properties.find((p) => p.name === 'operation' && shows(p))?.options ??
			[]) as INodePropertyOptions[]
	).find((o) => o.value === ours.operation);
	if (!resource || !operation) return undefined;
	const variants = Object.entries(ours.with ?? {}).map(([name, value]) => {
		const field = properties.find((p) => p.name === name && shows(p));
		const option = ((field?.options ?? []) as INodePropertyOptions[]).find(
			(o) => o.value === value,
		);
		return field && option ? `${field.displayName}: ${option.name}` : undefined;
	});
	if (variants.includes(undefined)) return undefined;
	return `${resource.name} › ${operation.name}${variants.length ? ` (${variants.join(', ')})` : ''}`;
}

/** Every operation of smenso's own node and where it is in ours. */
function parityTable(): string {
	const smenso = new Smenso();
	const rows = smensoNode.operations.map((theirs) => {
		const ours = SMENSO_NODE_PARITY[`${theirs.resource}.${theirs.operation}`];
		return `| ${capitalised(theirs.resource)} › ${theirs.name} | ${(ours && ourOperationName(smenso, ours)) ?? '**missing**'} |`;
	});
	return [
		'<details>',
		`<summary>Every operation of smenso's own n8n node (${smensoNode.operations.length}, revision ${smensoNode.revision.slice(0, 7)}) and where it is here</summary>`,
		'',
		"| smenso's node | This package |",
		'| --- | --- |',
		...rows,
		'',
		'</details>',
	].join('\n');
}

export function operationsMarkdown(): string {
	return [tableFor(new Smenso()), parityTable(), tableFor(new ResourceManagement())].join('\n\n');
}

export function withTable(readme: string): string {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) throw new Error(`README needs ${START} and ${END} markers`);
	return `${readme.slice(0, start + START.length)}\n${operationsMarkdown()}\n${readme.slice(end)}`;
}
