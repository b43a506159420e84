/**
 * The README's docker-compose example (examples/queue-mode/docker-compose.yml) is documented as
 * the settings `npm run test:queue` runs with. It cannot run here (no Docker engine), so this
 * checks that it says the same as the harness: every shared setting with the same value, the
 * database and queue settings by name, the worker's concurrency and the three n8n roles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { QUEUE_ENV, WORKER_CONCURRENCY } from '../../dev/queue/cluster';
import { N8N_VERSION } from '../../dev/n8n/runtime';
import { postgresEnv } from '../../dev/queue/postgres';
import { redisEnv } from '../../dev/queue/redis';

const compose = fs.readFileSync(
	path.join(__dirname, '../../examples/queue-mode/docker-compose.yml'),
	'utf8',
);

/** The `environment:` entries of the n8n anchor (`x-n8n`), as name → value. */
function n8nEnvironment(): Record<string, string> {
	const block = /^x-n8n:[\s\S]*?^ {2}environment:.*\n((?: {4}.*\n| *#.*\n)+)/m.exec(compose);
	if (!block) throw new Error('no environment block under x-n8n');
	const entries = block[1]
		.split('\n')
		.filter((line) => /^ {4}[A-Z0-9_]+:/.test(line))
		.map((line) => {
			const [, name, value] = /^ {4}([A-Z0-9_]+):\s*(.*)$/.exec(line)!;
			return [name, value.replace(/^'(.*)'$/, '$1')];
		});
	return Object.fromEntries(entries);
}

test('the example gives every n8n process the harness settings', () => {
	const env = n8nEnvironment();
	for (const [name, value] of Object.entries(QUEUE_ENV))
		expect({ name, value: env[name] }).toEqual({ name, value });
	const named = [
		...Object.keys(postgresEnv('h', 1, 'u', 'd', 'p')),
		...Object.keys(redisEnv('h', 1)),
		'N8N_ENCRYPTION_KEY',
		'N8N_WEBHOOK_URL',
	];
	for (const name of named) expect(Object.keys(env)).toContain(name);
	expect(env.DB_TYPE).toBe('postgresdb');
});

test('the example runs main, two workers at the harness concurrency and a webhook processor', () => {
	expect(compose).toContain(`command: ['worker', '--concurrency=${WORKER_CONCURRENCY}']`);
	// Inside the worker's block: its lines are indented deeper than the next service's name.
	expect(compose).toMatch(/^ {2}worker:\n(?: {4,}.*\n)*? {6}replicas: 2$/m);
	expect(compose).toContain("command: ['webhook']");
	expect(compose).toMatch(/^ {2}main:$/m);
	expect(compose).toContain(`image: docker.n8n.io/n8nio/n8n:${N8N_VERSION}`);
	expect(compose).toContain('image: postgres:17');
});
