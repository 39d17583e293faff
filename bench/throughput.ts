// Throughput of sitrep's extract() and ingest, against wink-nlp and compromise, on a fixed corpus of real
// news texts. Run by `npm run bench`; each workload runs in its own child process so each peak memory
// figure is its own. Usage: node --expose-gc dist/bench/throughput.js [DATA_DIR]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../src/package-root.js';
import { loadBenchCorpus, type BenchCorpus } from './corpus.js';
import { median, timePasses } from './measure.js';
import { formatReport, machine, ratios, type BenchReport, type WorkloadResult } from './report.js';
import { checksum, WORKLOAD_NAMES, WORKLOADS, type WorkloadName } from './workloads.js';

const CHILD_FLAG = '--workload';
const REFERENCES: WorkloadName[] = ['wink-nlp', 'compromise'];

// Children read the corpus from a JSON copy: parsing the XML sources would dominate their peak memory.
async function runWorkload(name: WorkloadName, corpusJson: string): Promise<WorkloadResult> {
  const corpus = JSON.parse(readFileSync(corpusJson, 'utf8')) as BenchCorpus;
  const workload = WORKLOADS[name];
  const pass = await workload.prepare(corpus.articles);
  const passes = workload.timed ? await timePasses(pass) : [];
  const result: WorkloadResult = {
    workload: name,
    label: workload.label,
    timed: workload.timed,
    passes,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
  if (passes.length) {
    const seconds = median(passes);
    Object.assign(result, { medianSeconds: seconds, articlesPerSecond: corpus.articles.length / seconds, wordsPerSecond: corpus.words / seconds });
  }
  const stages = workload.stageSeconds?.();
  if (stages && passes.length) {
    result.stages = Object.fromEntries(
      Object.entries(stages).map(([stage, total]) => {
        const perPass = total / passes.length;
        return [stage, { seconds: perPass, articlesPerSecond: corpus.articles.length / perPass }];
      }),
    );
  }
  return result;
}

function runChild(name: WorkloadName, corpusJson: string): WorkloadResult {
  const flags = process.execArgv.includes('--expose-gc') ? process.execArgv : [...process.execArgv, '--expose-gc'];
  const child = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), CHILD_FLAG, name, corpusJson], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status === 0 && last.startsWith('{')) return JSON.parse(last) as WorkloadResult;
  const problem = child.stderr.trim().split('\n').find((l) => /error/i.test(l)) ?? `exit code ${child.status}`;
  return { workload: name, label: WORKLOADS[name].label, timed: WORKLOADS[name].timed, passes: [], maxRssMB: 0, error: problem.trim() };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === CHILD_FLAG) {
    const result = await runWorkload(args[1] as WorkloadName, args[2]);
    process.stdout.write(`checksum ${checksum}\n${JSON.stringify(result)}\n`);
    return;
  }
  const root = packageRoot();
  const dataDir = resolve(args[0] ?? join(root, '..', 'shared', 'data'));
  if (!existsSync(dataDir)) {
    process.stderr.write(`bench: reference data not found at ${dataDir} (give its path as the first argument)\n`);
    process.exitCode = 1;
    return;
  }
  const { articles, ...corpus } = loadBenchCorpus(dataDir);
  const scratch = mkdtempSync(join(tmpdir(), 'sitrep-bench-corpus-'));
  const results: WorkloadResult[] = [];
  try {
    const corpusJson = join(scratch, 'corpus.json');
    writeFileSync(corpusJson, JSON.stringify({ ...corpus, articles }));
    for (const name of WORKLOAD_NAMES) {
      process.stderr.write(`bench: ${WORKLOADS[name].label}…\n`);
      results.push(runChild(name, corpusJson));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: machine(),
    corpus: { ...corpus, articles: articles.length },
    results,
    extractVs: ratios(results, REFERENCES),
  };
  process.stdout.write(formatReport(report));
  const out = join(root, '.bench', 'latest.json');
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(`\nwritten to ${out}\n`);
  if (results.some((r) => r.error)) process.exitCode = 1;
}

await main();
