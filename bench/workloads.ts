import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../src/article.js';
import type { Extraction } from '../src/extract/contract.js';
import type { InputFile } from '../src/readers/types.js';
import { collectGarbage, DEFAULT_BUDGET, type Pass } from './measure.js';

export const WORKLOAD_NAMES = ['corpus', 'gazetteer', 'extract', 'stages', 'ingest', 'store', 'wink-nlp', 'compromise'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

export interface Workload {
  label: string;
  /** Whether it is timed; an untimed workload only loads the corpus, for the memory baseline. */
  timed: boolean;
  /** Loads what the workload needs (imported here, so each child process holds only its own code). */
  prepare(articles: readonly Article[]): Promise<Pass>;
  /** Seconds per stage over all timed passes, for a workload that times the pipeline's stages one by one. */
  stageSeconds?(): Record<string, number>;
}

// Per-stage time of the 'stages' workload, summed over its passes (warm-ups excluded by the caller's reset).
const stageTotals = new Map<string, number>();

// Results are summed into here so that no work can be optimised away.
export let checksum = 0;

function asInput(articles: readonly Article[]): InputFile {
  return {
    path: 'bench-corpus',
    async *items() {
      for (let i = 0; i < articles.length; i++) yield { article: articles[i], origin: { file: 'bench-corpus', line: i + 1, format: 'bench' } };
    },
  };
}

/** Ingest into a fresh SQLite file per pass, with the given extraction function. */
async function ingestPass(articles: readonly Article[], extractFn: (article: Article) => Extraction): Promise<Pass> {
  const { ingest } = await import('../src/store/ingest.js');
  const { openSqliteStore } = await import('../src/store/sqlite.js');
  let dir = '';
  return {
    async run() {
      dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
      const store = openSqliteStore(join(dir, 'bench.db'));
      try {
        const summary = await ingest(store, (async function* () { yield asInput(articles); })(), { extractFn });
        checksum += summary.new;
      } finally {
        store.close();
      }
    },
    after() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const WORKLOADS: Record<WorkloadName, Workload> = {
  corpus: { label: 'corpus loaded, nothing run', timed: false, prepare: async () => ({ run() {} }) },
  extract: {
    label: 'sitrep extract()',
    timed: true,
    async prepare(articles) {
      const { extract } = await import('../src/extract/index.js');
      return {
        run() {
          for (const article of articles) checksum += extract(article).events.length;
        },
      };
    },
  },
  gazetteer: {
    label: 'gazetteer index load',
    timed: true,
    async prepare() {
      const { readIndexFile } = await import('../src/gazetteer/index-file.js');
      const { gazetteerIndexPath } = await import('../src/gazetteer/data-files.js');
      const { loadGazetteer, Gazetteer } = await import('../src/gazetteer/index.js');
      loadGazetteer(); // builds the index first if it is missing or stale
      return {
        run() {
          const gazetteer = new Gazetteer(readIndexFile(gazetteerIndexPath()));
          checksum += gazetteer.size;
        },
        // The peak is that of one index, as in a process that loads it once: the last pass's copy is garbage.
        after: collectGarbage,
      };
    },
  },
  stages: {
    label: 'sitrep extract(), stage by stage',
    timed: true,
    async prepare(articles) {
      const { PIPELINE } = await import('../src/extract/index.js');
      const { Doc } = await import('../src/extract/document.js');
      const { performance } = await import('node:perf_hooks');
      let passes = 0;
      return {
        run() {
          if (passes++ === DEFAULT_BUDGET.warmups) stageTotals.clear(); // warm-up passes are not counted
          for (const article of articles) {
            const doc = new Doc(article);
            for (const stage of PIPELINE) {
              const start = performance.now();
              stage.run(doc);
              stageTotals.set(stage.name, (stageTotals.get(stage.name) ?? 0) + performance.now() - start);
            }
            checksum += doc.events.length;
          }
        },
      };
    },
    stageSeconds() {
      return Object.fromEntries([...stageTotals].map(([name, ms]) => [name, ms / 1000]));
    },
  },
  ingest: {
    label: 'sitrep ingest (extract + SQLite)',
    timed: true,
    async prepare(articles) {
      const { extract } = await import('../src/extract/index.js');
      return ingestPass(articles, extract);
    },
  },
  store: {
    label: 'sitrep ingest, SQLite only',
    timed: true,
    async prepare(articles) {
      const { extract } = await import('../src/extract/index.js');
      // By id: a source's reports come back with their learned home, as copies.
      const extractions = new Map(articles.map((a) => [a.id, extract(a)]));
      return ingestPass(articles, (a) => extractions.get(a.id)!);
    },
  },
  'wink-nlp': {
    label: 'wink-nlp readDoc (lite web model)',
    timed: true,
    async prepare(articles) {
      const { default: winkNLP } = await import('wink-nlp');
      const { default: model } = await import('wink-eng-lite-web-model');
      const wink = winkNLP(model);
      const its = wink.its;
      return {
        run() {
          for (const { text } of articles) {
            const doc = wink.readDoc(text);
            checksum += doc.tokens().out(its.pos).length + doc.entities().out().length + doc.sentences().length();
          }
        },
      };
    },
  },
  compromise: {
    label: 'compromise nlp().json()',
    timed: true,
    async prepare(articles) {
      const { default: nlp } = await import('compromise');
      return {
        run() {
          for (const { text } of articles) checksum += nlp(text).json().length;
        },
      };
    },
  },
};
