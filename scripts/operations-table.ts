/** `npm run docs`: rewrites the README's operations table (dev/operationsTable.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { README, withTable } from '../dev/operationsTable';

writeFileSync(README, withTable(readFileSync(README, 'utf8')));
