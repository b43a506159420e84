/**
 * `npm run test:live`: runs every live check once (test/live/run.ts), prints the table, writes
 * test-results/live-report.json + .md, then reports each check as a jest test. A held or skipped
 * check passes; a failed one fails with what it saw. No credentials: everything is skipped, exit 0.
 */
import { liveConfigFromEnv } from './config';
import { rmKit } from './rm';
import { reportTable, runKit, writeReports, type LiveReport } from './run';
import { smensoKit } from './smenso';

const config = liveConfigFromEnv();
let report: LiveReport;

beforeAll(async () => {
	report = await runKit(config);
	const files = writeReports(report, config);
	process.stdout.write(`\n${reportTable(report)}\n\nReport: ${files.md} and ${files.json}\n\n`);
});

for (const kit of [smensoKit, rmKit]) {
	describe(kit.service, () => {
		test.each(kit.checks.map((check) => [check.id, check.title]))('%s: %s', (id) => {
			const result = report.services
				.flatMap((service) => service.results)
				.find((r) => r.id === id)!;
			if (result.outcome === 'failed') throw new Error(`${id} failed: ${result.seen}`);
		});
	});
}
