import { performance } from 'node:perf_hooks';
import type { Article } from '../article.js';
import { InputError } from '../errors.js';
import type { Extraction } from '../extract/contract.js';
import { extract } from '../extract/index.js';
import { extractInBatches } from '../extract/batches.js';
import type { InputFile } from '../readers/types.js';
import type { Store } from './store.js';

export interface IngestProgress {
  files: number; // files finished
  articles: number; // articles read so far
  rate: number; // articles per second since the start
  file?: string; // the file being read
}

export interface IngestFailure {
  file: string;
  line?: number;
  problem: string;
}

export interface IngestSummary {
  files: number;
  read: number; // articles read from the files that were kept
  new: number;
  duplicates: number;
  failed: IngestFailure[];
  seconds: number;
}

export interface IngestOptions {
  /** Keep going past bad records and unreadable files (each file is then its own transaction). */
  skipBad?: boolean;
  /** Called at most about ten times a second, and once at the end. */
  onProgress?: (progress: IngestProgress) => void;
  /** The extraction pipeline; extract() unless given. */
  extractFn?: (article: Article) => Extraction;
}

const PROGRESS_INTERVAL_MS = 100;

interface FileCounts {
  read: number;
  new: number;
  duplicates: number;
  failed: IngestFailure[];
}

/**
 * Reads, extracts and stores every article of every input.
 *
 * Without skipBad the ingest is all or nothing: the first bad record or unreadable file rolls every
 * change back and is rethrown. With skipBad each file is committed on its own: bad records are
 * skipped and listed, a file that cannot be read is rolled back and listed, the others are kept.
 */
export async function ingest(store: Store, inputs: AsyncIterable<InputFile>, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const extractFn = options.extractFn ?? extract;
  const summary: IngestSummary = { files: 0, read: 0, new: 0, duplicates: 0, failed: [], seconds: 0 };
  let articlesSeen = 0;
  let lastReport = -Infinity;
  const report = (file: string | undefined, force = false) => {
    const now = performance.now();
    if (!options.onProgress || (!force && now - lastReport < PROGRESS_INTERVAL_MS)) return;
    lastReport = now;
    const seconds = (now - started) / 1000;
    options.onProgress({ files: summary.files, articles: articlesSeen, rate: seconds > 0 ? articlesSeen / seconds : 0, file });
  };
  const readFile = async (file: InputFile): Promise<FileCounts> => {
    const counts: FileCounts = { read: 0, new: 0, duplicates: 0, failed: [] };
    report(file.path);
    for await (const item of extractInBatches(file.items(), extractFn)) {
      if (item.error) {
        if (!options.skipBad) throw item.error;
        counts.failed.push(failure(item.error));
        continue;
      }
      counts.read++;
      articlesSeen++;
      const result = store.putArticle(item.article, item.extraction, item.origin);
      counts[result === 'new' ? 'new' : 'duplicates']++;
      report(file.path);
    }
    return counts;
  };
  const keep = (counts: FileCounts) => {
    summary.read += counts.read;
    summary.new += counts.new;
    summary.duplicates += counts.duplicates;
    summary.failed.push(...counts.failed);
  };

  if (options.skipBad) {
    try {
      for await (const file of inputs) {
        const unit = beginUnit(store, 'ingest_file');
        try {
          keep(await readFile(file));
          unit.commit();
        } catch (error) {
          unit.rollback();
          if (!(error instanceof InputError)) throw error;
          summary.failed.push(failure(error));
        }
        summary.files++;
      }
    } catch (error) {
      // The list of inputs itself failed (a path that cannot be opened): what was kept stays kept.
      if (!(error instanceof InputError)) throw error;
      summary.failed.push(failure(error));
    }
  } else {
    const unit = beginUnit(store, 'ingest_all');
    try {
      for await (const file of inputs) {
        keep(await readFile(file));
        summary.files++;
      }
      unit.commit();
    } catch (error) {
      unit.rollback();
      throw error;
    }
  }
  report(undefined, true);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function failure(error: InputError): IngestFailure {
  return error.line === undefined ? { file: error.file, problem: error.problem } : { file: error.file, line: error.line, problem: error.problem };
}

/** A transaction, or a savepoint when the caller already holds one. */
function beginUnit(store: Store, name: string): { commit(): void; rollback(): void } {
  if (store.inTransaction) {
    store.savepoint(name);
    return { commit: () => store.release(name), rollback: () => store.rollbackTo(name) };
  }
  store.begin();
  return { commit: () => store.commit(), rollback: () => store.rollback() };
}
