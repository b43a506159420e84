/**
 * The live kit proven against our sandbox: every check holds in every smenso write mode, a
 * flipped assumption fails its check with what it saw, read-only runs write nothing, what a run
 * creates is removed (also after a failure and after an interrupted run), reports carry no token,
 * and every README assumption names a check that exists.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetSandbox, useSandbox } from '../harness/sandbox';
import { setRmClock } from '../sandbox/rm/state';
import { SEED, type SyncShape, type WriteMode } from '../sandbox/smenso/state';
import { LIVE_PREFIX, liveConfigFromEnv, type LiveConfig } from './config';
import type { CheckResult } from './kit';
import { rmKit } from './rm';
import { redact, reportTable, runKit, writeReports, type LiveReport } from './run';
import { sandboxLiveEnv } from '../sandbox/liveEnv';
import { smensoKit } from './smenso';

const sandbox = useSandbox({
	// RM stamps with the current time here, as the real service does (rm.project.lifecycle).
	seed: () => setRmClock('wall'),
	reset: (box) => resetSandbox(box, 'async'),
});
afterAll(() => setRmClock());

const config = (overrides: Record<string, string | undefined> = {}): LiveConfig =>
	liveConfigFromEnv({ ...sandboxLiveEnv(sandbox), ...overrides });
const results = (report: LiveReport): CheckResult[] =>
	report.services.flatMap((service) => service.results);
const outcome = (report: LiveReport, id: string) => results(report).find((r) => r.id === id);
const notHeld = (report: LiveReport) =>
	results(report)
		.filter((r) => r.outcome !== 'held')
		.map((r) => `${r.id}: ${r.outcome}: ${r.seen}`);

/** Records anywhere in the sandbox that carry the kit's prefix (none may survive a run). */
function kitRecords(): string[] {
	const named = (record: Record<string, unknown>) =>
		[record.title, record.name, record.description, record.notes, record.url].some(
			(v) =>
				String(v ?? '').startsWith(LIVE_PREFIX) ||
				String(v ?? '').includes('n8n-live-check.invalid'),
		);
	const stores = {
		'smenso project': sandbox.smenso.projects,
		'smenso task': sandbox.smenso.tasks,
		'smenso time record': sandbox.smenso.timeRecords,
		'smenso status report': sandbox.smenso.statusReports,
		'rm project': sandbox.rm.projects,
		'rm time entry': sandbox.rm.timeEntries,
	} as Record<string, Map<unknown, Record<string, unknown>>>;
	const left = Object.entries(stores).flatMap(([what, store]) =>
		[...store.values()].filter(named).map((r) => `${what} ${String(r.id)}`),
	);
	return left;
}

async function webhookUrls(): Promise<string[]> {
	const answer = await fetch(`${sandbox.rmBaseUrl}/api/v1/webhooks?per_page=1000`, {
		headers: { auth: config().rm!.credential.apiToken },
	});
	return ((await answer.json()) as { data: Array<{ url: string }> }).data.map((hook) => hook.url);
}

describe('live kit against the sandbox, writes on', () => {
	const modes: Array<[WriteMode, SyncShape]> = [
		['async', 'envelope'],
		['sync', 'envelope'],
		['sync', 'item'],
		['sync', 'array'],
	];
	test.each(modes)(
		'every check holds with smenso writes %s (%s), and everything created is removed',
		async (mode, shape) => {
			sandbox.smenso.writeMode = mode;
			sandbox.smenso.syncShape = shape;
			const report = await runKit(config());
			expect(notHeld(report)).toEqual([]);
			expect(report.counts).toEqual({
				held: smensoKit.checks.length + rmKit.checks.length,
				failed: 0,
				skipped: 0,
			});
			expect(outcome(report, 'smenso.write.taskCreate')?.seen).toMatch(
				mode === 'async' ? /^202 \+ ticket/ : /^200 \(synchronous\)/,
			);
			expect(kitRecords()).toEqual([]);
			expect((await webhookUrls()).filter((url) => url.includes('n8n-live-check'))).toEqual([]);
		},
	);

	test('a flipped assumption (task answers name the due date endDate) fails smenso.task.dueDate with what it saw', async () => {
		sandbox.smenso.taskDueField = 'endDate';
		const report = await runKit(config());
		const failed = results(report).filter((r) => r.outcome === 'failed');
		expect(failed.map((r) => r.id)).toEqual(['smenso.task.dueDate']);
		expect(failed[0].seen).toMatch(
			/^sent dueDate \d{4}-\d{2}-\d{2}; read back dueDate=missing; date fields: startDate=\d\d\.\d\d\.\d{4}, endDate=\d\d\.\d\d\.\d{4}$/,
		);
		expect(reportTable(report)).toMatch(/smenso\.task\.dueDate\s+failed\s+sent dueDate/);
		// The failure did not stop the clean-up.
		expect(kitRecords()).toEqual([]);
	});

	test('a check that throws unexpectedly fails alone; the run goes on and still cleans up', async () => {
		sandbox.inject({
			method: 'GET',
			path: '/skyisland/api/integration/flavor/json',
			response: { status: 500, body: { message: 'boom' } },
		});
		const report = await runKit(config());
		expect(outcome(report, 'smenso.flavor.fields')).toMatchObject({
			outcome: 'failed',
			seen: expect.stringContaining('answered 500'),
		});
		expect(outcome(report, 'smenso.absenceType.ids')?.outcome).toBe('held');
		expect(kitRecords()).toEqual([]);
	});

	test('leftovers of an interrupted run (found by the name prefix) are removed first', async () => {
		const stale = `${LIVE_PREFIX} 2026-01-01 00:00:00 task`;
		sandbox.smenso.tasks.set('7e1c0f6e-0000-4000-8000-000000000001', {
			id: '7e1c0f6e-0000-4000-8000-000000000001',
			projectId: SEED.mainProjectId,
			parentId: null,
			title: stale,
			statusId: 1,
			priority: 2,
			dependencies: [],
		});
		const hook = await fetch(`${sandbox.rmBaseUrl}/api/v1/webhooks`, {
			method: 'POST',
			headers: { auth: config().rm!.credential.apiToken, 'Content-Type': 'application/json' },
			body: JSON.stringify({
				event_type: 'user.created',
				url: 'https://n8n-live-check.invalid/hook?run=stale',
			}),
		});
		expect(hook.status).toBe(200);
		const report = await runKit(config());
		expect(report.services.find((s) => s.service === 'smenso')!.cleanup).toContain(
			`leftover: task ${stale}`,
		);
		expect(
			report.services
				.find((s) => s.service === 'rm')!
				.cleanup.some((line) => line.startsWith('leftover: webhook')),
		).toBe(true);
		expect(notHeld(report)).toEqual([]);
		expect(kitRecords()).toEqual([]);
	});
});

describe('live kit: safety and reports', () => {
	test('without LIVE_WRITES nothing is written: write checks are skipped, reads hold', async () => {
		const report = await runKit(config({ LIVE_WRITES: undefined }));
		// RM's reports are read with a POST (rm.report.totals); nothing else but GET may be sent.
		expect(
			sandbox.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`),
		).toEqual(['POST /api/v1/reports/totals']);
		const writes = [...smensoKit.checks, ...rmKit.checks]
			.filter((check) => check.writes)
			.map((check) => check.id);
		for (const result of results(report)) {
			if (writes.includes(result.id))
				expect(result).toMatchObject({
					outcome: 'skipped',
					seen: 'writes: run with LIVE_WRITES=1',
				});
		}
		// Reads that need no record the kit creates still hold.
		expect(outcome(report, 'smenso.member.fields')?.outcome).toBe('held');
		expect(outcome(report, 'rm.paging.pastEnd')?.outcome).toBe('held');
		expect(report.counts.failed).toBe(0);
	});

	test('without credentials every check is skipped, saying so, and nothing is requested', async () => {
		const report = await runKit(liveConfigFromEnv({}));
		expect(report.services.map((s) => s.status)).toEqual([
			'skipped: no credentials (set SMENSO_WORKSPACE and SMENSO_TOKEN)',
			'skipped: no credentials (set RM_TOKEN)',
		]);
		expect(report.counts).toEqual({
			held: 0,
			failed: 0,
			skipped: smensoKit.checks.length + rmKit.checks.length,
		});
		expect(sandbox.requests).toEqual([]);
	});

	test('reports are written as JSON and Markdown without any token, even one a check echoed', async () => {
		const live = config();
		const report = await runKit(live);
		const token = live.smenso!.credential.apiToken;
		results(report)[0].seen =
			`echoed ${token} and ${encodeURIComponent(live.rm!.credential.apiToken)}`;
		const dir = mkdtempSync(join(tmpdir(), 'live-report-'));
		const files = writeReports(report, live, dir);
		for (const file of [files.json, files.md]) {
			const text = readFileSync(file, 'utf8');
			expect(text).toContain('echoed [token] and [token]');
			expect(text).not.toContain(token);
			expect(text).not.toContain(live.rm!.credential.apiToken);
		}
		expect(JSON.parse(readFileSync(files.json, 'utf8')).counts).toEqual(report.counts);
		expect(readFileSync(files.md, 'utf8')).toMatch(/\| `smenso\.task\.dueDate` \| .+ \| held \|/);
		expect(redact('a"b', ['a"b'])).toBe('[token]');
	});

	test('RM_REGION picks the API host; an unknown region is refused', () => {
		expect(liveConfigFromEnv({ RM_TOKEN: 't', RM_REGION: 'eu' }).rm?.credential).toEqual({
			apiToken: 't',
			region: 'https://api.rm.smartsheet.eu',
			baseUrl: '',
		});
		expect(liveConfigFromEnv({ RM_TOKEN: 't' }).rm?.credential.region).toBe(
			'https://api.rm.smartsheet.com',
		);
		expect(() => liveConfigFromEnv({ RM_TOKEN: 't', RM_REGION: 'mars' })).toThrow(
			'RM_REGION must be us or eu',
		);
	});
});

describe('README: every assumption names its live check', () => {
	const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
	const section = readme.slice(
		readme.indexOf('## What the sandbox assumes'),
		readme.indexOf('\n## ', readme.indexOf('## What the sandbox assumes') + 5),
	);
	// Each bullet (with its continuation lines) is one assumption; a bullet with nested bullets
	// only introduces them, and each nested one names its own checks.
	const items = section.split('\n').reduce<Array<{ indent: number; text: string }>>((all, line) => {
		const bullet = /^(\s*)- /.exec(line);
		if (bullet) all.push({ indent: bullet[1].length, text: line.trim() });
		else if (all.length && /^\s+\S/.test(line)) all[all.length - 1].text += ` ${line.trim()}`;
		return all;
	}, []);
	const bullets = items
		.filter((item, i) => !(items[i + 1]?.indent > item.indent))
		.map((item) => item.text);
	const ids = new Set([...smensoKit.checks, ...rmKit.checks].map((check) => check.id));
	const named = (bullet: string) =>
		[...bullet.matchAll(/\(live: ([^)]+)\)/g)].flatMap((m) =>
			m[1].split(',').map((id) => id.trim().replace(/`/g, '')),
		);

	test('the section has assumption lines', () => {
		expect(bullets.length).toBeGreaterThan(15);
	});

	test.each(bullets.map((bullet) => [bullet.slice(0, 70), bullet]))(
		'"%s…" names a live check that exists',
		(_short, bullet) => {
			const names = named(bullet);
			expect(names.length).toBeGreaterThan(0);
			expect(names.filter((id) => !ids.has(id))).toEqual([]);
		},
	);

	test('every check settles a line of the section', () => {
		const used = new Set(bullets.flatMap(named));
		expect([...ids].filter((id) => !used.has(id))).toEqual([]);
	});
});
