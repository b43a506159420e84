/**
 * Runs the live kit for every service that has credentials and writes the report: a table on
 * the console and test-results/live-report.json + .md, with every token redacted and the files
 * scanned for them afterwards.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { secretsOf, type LiveConfig } from './config';
import { runService, skippedService, type CheckResult, type ServiceRun } from './kit';
import { openRm, rmKit } from './rm';
import { openSmenso, smensoKit } from './smenso';

export interface LiveReport {
	startedAt: string;
	seconds: number;
	writes: boolean;
	services: ServiceRun[];
	counts: Record<CheckResult['outcome'], number>;
}

export async function runKit(config: LiveConfig): Promise<LiveReport> {
	const started = Date.now();
	const services = [
		config.smenso
			? await runService(smensoKit, openSmenso(config.smenso, config))
			: skippedService(smensoKit, 'no credentials (set SMENSO_WORKSPACE and SMENSO_TOKEN)'),
		config.rm
			? await runService(rmKit, openRm(config.rm, config))
			: skippedService(rmKit, 'no credentials (set RM_TOKEN)'),
	];
	const counts = { held: 0, failed: 0, skipped: 0 };
	for (const result of services.flatMap((service) => service.results)) counts[result.outcome]++;
	return {
		startedAt: new Date(started).toISOString(),
		seconds: Math.round((Date.now() - started) / 100) / 10,
		writes: config.writes,
		services,
		counts,
	};
}

/** Every check as one row: service, check, outcome, what was seen. */
export function reportTable(report: LiveReport): string {
	const rows = report.services.flatMap((service) =>
		service.results.map((r) => [r.id, r.outcome, r.seen]),
	);
	const width = [Math.max(5, ...rows.map((r) => r[0].length)), 7];
	const lines = [
		...report.services.map((service) => `${service.service}: ${service.status}`),
		'',
		`${'check'.padEnd(width[0])}  ${'outcome'.padEnd(width[1])}  seen`,
		...rows.map(
			([id, outcome, seen]) => `${id.padEnd(width[0])}  ${outcome.padEnd(width[1])}  ${seen}`,
		),
		'',
		`${report.counts.held} held, ${report.counts.failed} failed, ${report.counts.skipped} skipped in ${report.seconds} s${report.writes ? '' : ' (read-only: LIVE_WRITES=1 runs the write checks)'}`,
	];
	return lines.join('\n');
}

function markdown(report: LiveReport): string {
	const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
	const lines = [
		'# Live contract check report',
		'',
		`Started ${report.startedAt}, ${report.seconds} s, writes ${report.writes ? 'on' : 'off'}: ${report.counts.held} held, ${report.counts.failed} failed, ${report.counts.skipped} skipped.`,
		'',
	];
	for (const service of report.services) {
		lines.push(
			`## ${service.service}: ${service.status}`,
			'',
			'| Check | Title | Outcome | Seen |',
			'| --- | --- | --- | --- |',
		);
		for (const r of service.results)
			lines.push(`| \`${r.id}\` | ${cell(r.title)} | ${r.outcome} | ${cell(r.seen)} |`);
		if (service.cleanup.length)
			lines.push('', 'Clean-up:', '', ...service.cleanup.map((line) => `- ${cell(line)}`));
		lines.push('');
	}
	return lines.join('\n');
}

/** Replaces every secret (and its URL-encoded form) with a marker. */
export function redact(text: string, secrets: string[]): string {
	let out = text;
	for (const secret of secrets) {
		for (const form of new Set([
			secret,
			encodeURIComponent(secret),
			JSON.stringify(secret).slice(1, -1),
		]))
			out = out.split(form).join('[token]');
	}
	return out;
}

/** Writes live-report.json and live-report.md into `dir`; fails if a token survived redaction. */
export function writeReports(
	report: LiveReport,
	config: LiveConfig,
	dir = 'test-results',
): { json: string; md: string } {
	const secrets = secretsOf(config);
	mkdirSync(dir, { recursive: true });
	const files = { json: join(dir, 'live-report.json'), md: join(dir, 'live-report.md') };
	writeFileSync(files.json, redact(JSON.stringify(report, null, 2), secrets));
	writeFileSync(files.md, redact(markdown(report), secrets));
	for (const file of Object.values(files)) {
		const text = readFileSync(file, 'utf8');
		if (secrets.some((secret) => text.includes(secret)))
			throw new Error(`${file} contains a token`);
	}
	return files;
}
