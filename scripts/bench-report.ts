/** What the benchmark scripts share when they write BENCHMARKS.md. */
import fs from 'node:fs';
import os from 'node:os';

/** "- Machine: …" as every section of the report describes it. */
export function machineLine(load: number[]): string {
	const cpus = os.cpus();
	return `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, ${os.type()} ${os.release()} (${os.arch()}); load average ${load.map((l) => l.toFixed(1)).join(' / ')} at the start / end of the run (other work on the machine makes the numbers noisier).`;
}

/**
 * The report file with one section replaced: the text between its `start` and `end` markers
 * (the section includes them), or the section added at the end; the rest stays as it was.
 */
export function withSection(file: string, section: string, start: string, end: string): string {
	const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
	const from = old.indexOf(start);
	const to = old.indexOf(end);
	if (from >= 0 && to > from) return `${old.slice(0, from)}${section}${old.slice(to + end.length)}`;
	return `${old ? `${old.replace(/\n*$/, '')}\n\n` : '# Benchmarks\n\n'}${section}\n`;
}
