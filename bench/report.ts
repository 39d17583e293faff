import { cpus, totalmem } from 'node:os';
import type { BenchCorpus } from './corpus.js';

export interface WorkloadResult {
  workload: string;
  label: string;
  timed: boolean;
  passes: number[]; // seconds per timed pass
  medianSeconds?: number;
  articlesPerSecond?: number;
  wordsPerSecond?: number;
  maxRssMB: number; // peak resident memory of the process that ran only this workload
  /** Per pass, the time of each stage alone and the articles/s it alone would allow. */
  stages?: Record<string, { seconds: number; articlesPerSecond: number }>;
  error?: string;
}

/** How many times faster sitrep's extract() is than each reference tool, by words/s (below 1: slower). */
export type Ratios = Record<string, number>;

export interface BenchReport {
  date: string;
  machine: { cpu: string; cores: number; memoryGB: number; node: string; platform: string; arch: string };
  corpus: Omit<BenchCorpus, 'articles'> & { articles: number };
  results: WorkloadResult[];
  extractVs: Ratios;
}

export function machine(): BenchReport['machine'] {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: process.platform,
    arch: process.arch,
  };
}

export function ratios(results: readonly WorkloadResult[], references: readonly string[]): Ratios {
  const extract = results.find((r) => r.workload === 'extract')?.wordsPerSecond;
  const out: Ratios = {};
  for (const name of references) {
    const other = results.find((r) => r.workload === name)?.wordsPerSecond;
    if (extract && other) out[name] = extract / other;
  }
  return out;
}

const integer = (n: number | undefined) => (n === undefined ? '' : Math.round(n).toLocaleString('en-US'));

function pad(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

export function formatReport(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, node ${m.node} (${m.platform}/${m.arch})`,
    `corpus: ${report.corpus.articles} articles, ${integer(report.corpus.words)} words (` +
      report.corpus.parts.map((p) => `${p.name} ${p.articles}`).join(', ') +
      ')',
    '',
    pad([
      ['workload', 'median s', 'articles/s', 'words/s', 'peak RSS MB', 'passes'],
      ...report.results.map((r) =>
        r.error
          ? [r.label, 'failed', '', '', '', r.error]
          : [
              r.label,
              r.medianSeconds === undefined ? '' : r.medianSeconds.toFixed(3),
              integer(r.articlesPerSecond),
              integer(r.wordsPerSecond),
              integer(r.maxRssMB),
              r.timed ? String(r.passes.length) : '',
            ],
      ),
    ]),
    '',
  ];
  const staged = report.results.find((r) => r.stages);
  if (staged?.stages) {
    lines.push('extract() stage by stage (time of the stage alone, per pass):');
    lines.push(pad([['stage', 'seconds', 'articles/s'], ...Object.entries(staged.stages).map(([name, s]) => [name, s.seconds.toFixed(3), integer(s.articlesPerSecond)])]));
    lines.push('');
  }
  for (const [name, ratio] of Object.entries(report.extractVs)) {
    const label = report.results.find((r) => r.workload === name)?.label ?? name;
    lines.push(
      ratio >= 1
        ? `sitrep extract is ${ratio.toFixed(1)}× faster than ${label}`
        : `sitrep extract is ${(1 / ratio).toFixed(1)}× slower than ${label}`,
    );
  }
  return lines.join('\n') + '\n';
}
