/**
 * `npm run bench`: how long Return All takes and how many requests it needs, measured through
 * n8n-core's real RoutingNode against the local sandbox (loopback, so the numbers show the
 * node's own cost and the request count, not a real service's latency). Prints a Markdown table
 * for the README.
 */
import '../test/harness/env';
import type { INodeParameters } from 'n8n-workflow';
import { runNode } from '../test/harness/run-node';
import { rmCredential, rmNode } from '../test/harness/rm';
import { smensoCredential, smensoNode } from '../test/harness/smenso';
import { startSandbox, type ResourcePlanningSandbox } from '../test/sandbox';
import { projectRecord, RM_SEED } from '../test/sandbox/rm/state';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Scenario {
	name: string;
	service: 'smenso' | 'rm';
	parameters: INodeParameters;
}

const scenarios: Scenario[] = [
	{ name: 'smenso projects, Return All (2,500)', service: 'smenso', parameters: { resource: 'project', operation: 'getAll', returnAll: true, simplify: false } },
	{ name: 'smenso projects, Limit 50, Simplify', service: 'smenso', parameters: { resource: 'project', operation: 'getAll', limit: 50 } },
	{ name: 'RM time entries, Return All (6,000)', service: 'rm', parameters: { resource: 'timeEntry', operation: 'getAll', returnAll: true } },
	{ name: 'RM projects, Return All (10,000)', service: 'rm', parameters: { resource: 'project', operation: 'getAll', returnAll: true, simplify: false, filters: { with_archived: true } } },
	{ name: 'RM projects, Limit 1,500', service: 'rm', parameters: { resource: 'project', operation: 'getAll', limit: 1500, simplify: false, filters: { with_archived: true } } },
];

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

async function measure(sandbox: ResourcePlanningSandbox, scenario: Scenario) {
	const times: number[] = [];
	let items = 0;
	let requests = 0;
	for (let run = 0; run < RUNS; run++) {
		sandbox.clearRequests();
		const started = process.hrtime.bigint();
		const result = await runNode({
			nodeType: scenario.service === 'smenso' ? smensoNode : rmNode,
			parameters: scenario.parameters,
			credential: scenario.service === 'smenso' ? smensoCredential(sandbox) : rmCredential(sandbox),
		});
		times.push(Number(process.hrtime.bigint() - started) / 1e6);
		if (result.error) throw result.error;
		items = result.items.length;
		requests = sandbox.requests.length;
	}
	const ms = median(times);
	return { items, requests, ms, perSecond: Math.round((items / ms) * 1000) };
}

async function main() {
	const sandbox = await startSandbox();
	// 10,000 top-level projects: the seeded ones plus bulk ones.
	for (let i = 0; i < 10_000 - RM_SEED.projectCount; i++) {
		const id = 200_000 + i;
		sandbox.rm.projects.set(id, projectRecord(id, { name: `Bulk ${i}` }));
	}
	const rows = ['| Scenario | Items | Requests | Median time (ms) | Items/s |', '| --- | ---: | ---: | ---: | ---: |'];
	for (const scenario of scenarios) {
		const r = await measure(sandbox, scenario);
		rows.push(`| ${scenario.name} | ${r.items} | ${r.requests} | ${r.ms.toFixed(0)} | ${r.perSecond} |`);
	}
	await sandbox.close();
	process.stdout.write(`${rows.join('\n')}\n\nMedian of ${RUNS} runs, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.\n`);
}

void main().catch((error: Error) => {
	process.stderr.write(`${error.message}\n`);
	process.exit(1);
});
