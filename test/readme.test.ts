import { readFileSync } from 'node:fs';
import { README, withTable } from '../dev/operationsTable';

test('the README operations table matches the nodes (run `npm run docs` to refresh it)', () => {
	const readme = readFileSync(README, 'utf8');
	expect(readme).toBe(withTable(readme));
});
