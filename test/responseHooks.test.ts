/**
 * n8n calls every `routing.send.preSend` and `routing.output.postReceive` entry of a declarative
 * node. Each of ours is a function: a misspelt import or a hook left `undefined` by a circular
 * import would otherwise only show when n8n runs that one operation.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

const ROOT = join(__dirname, '..');

/** Every `*.node.ts` below nodes/, so renamed or added nodes and triggers are walked too. */
function nodeFiles(dir = join(ROOT, 'nodes')): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return nodeFiles(path);
		return entry.name.endsWith('.node.ts') ? [path] : [];
	});
}

/** The node types a file exports: classes whose instances carry a description. */
function nodeTypesOf(file: string): Array<[string, INodeTypeDescription]> {
	const exported = jest.requireActual<Record<string, unknown>>(file);
	return Object.entries(exported).flatMap(([name, value]) => {
		if (typeof value !== 'function') return [];
		const instance = new (value as new () => Partial<INodeType>)();
		return instance.description
			? [
					[`${relative(ROOT, file)} ${name}`, instance.description] as [
						string,
						INodeTypeDescription,
					],
				]
			: [];
	});
}

interface Hook {
	/** Where it sits: property names and option values down to the routing block. */
	at: string;
	kind: 'preSend' | 'postReceive';
	value: unknown;
}

/** The preSend and postReceive entries of every routing block anywhere in the description. */
function hooksOf(value: unknown, at = ''): Hook[] {
	if (Array.isArray(value)) return value.flatMap((entry) => hooksOf(entry, at));
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	const label =
		typeof record.name === 'string'
			? `${at}/${record.name}`
			: typeof record.value === 'string'
				? `${at}=${record.value}`
				: at;
	const own: Hook[] = [];
	const routing = record.routing as
		| { send?: { preSend?: unknown }; output?: { postReceive?: unknown } }
		| undefined;
	if (routing && typeof routing === 'object') {
		for (const [kind, list] of [
			['preSend', routing.send?.preSend],
			['postReceive', routing.output?.postReceive],
		] as const) {
			if (list === undefined) continue;
			// n8n iterates the list: a lone function is as wrong as a missing one.
			if (!Array.isArray(list))
				own.push({ at: `${label} ${kind} (not a list)`, kind, value: 'not a list' });
			else
				list.forEach((entry, index) =>
					own.push({ at: `${label} ${kind}[${index}]`, kind, value: entry }),
				);
		}
	}
	const nested = Object.entries(record)
		.filter(([key]) => key !== 'routing')
		.flatMap(([key, child]) =>
			hooksOf(
				child,
				key === 'properties' || key === 'options' || key === 'values' ? label : `${label}.${key}`,
			),
		);
	return [...own, ...nested];
}

const nodes = nodeFiles().flatMap(nodeTypesOf);

test('the walk finds the declarative nodes and their hooks', () => {
	const names = nodes.map(([, description]) => description.name);
	expect(names).toEqual(expect.arrayContaining(['smenso', 'resourceManagement']));
	for (const name of ['smenso', 'resourceManagement']) {
		const hooks = hooksOf(nodes.find(([, description]) => description.name === name)![1]);
		expect({
			name,
			preSend: hooks.some((h) => h.kind === 'preSend'),
			postReceive: hooks.some((h) => h.kind === 'postReceive'),
		}).toEqual({
			name,
			preSend: true,
			postReceive: true,
		});
	}
});

test('the walk reports a hook that is not a function, by where it sits', () => {
	const broken = {
		properties: [
			{
				name: 'operation',
				options: [
					{
						value: 'get',
						routing: {
							send: { preSend: [undefined] },
							output: { postReceive: [() => [], { type: 'rootProperty' }] },
						},
					},
				],
			},
			{
				name: 'filters',
				options: [{ name: 'from', routing: { send: { preSend: () => undefined } } }],
			},
		],
	};
	expect(
		hooksOf(broken)
			.filter((hook) => typeof hook.value !== 'function')
			.map((hook) => hook.at),
	).toEqual([
		'/operation=get preSend[0]',
		'/operation=get postReceive[1]',
		'/filters/from preSend (not a list)',
	]);
});

test.each(nodes)('%s: every preSend and postReceive entry is a function', (_name, description) => {
	const hooks = hooksOf(description);
	expect(
		hooks
			.filter((hook) => typeof hook.value !== 'function')
			.map((hook) => `${hook.at}: ${typeof hook.value}`),
	).toEqual([]);
});
