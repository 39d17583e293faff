import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { InputError } from '../src/errors.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { ingest, type IngestProgress } from '../src/store/ingest.js';
import { storeStats } from '../src/query/stats.js';
import type { InputFile, ReadItem } from '../src/readers/types.js';
import { ALL_FIXTURES, bakhmutFixture, dumpDatabase, extractFrom, inputFile, inputsOf, khersonFixture, kyivFixture, scratchDir } from './store-fixtures.js';

const fixtures = ALL_FIXTURES();
const extractFn = extractFrom(fixtures);

function goodFiles(): InputFile[] {
  return [inputFile('a.jsonl', [khersonFixture().article, kyivFixture().article]), inputFile('b.jsonl', [bakhmutFixture().article])];
}

function withDb(run: (path: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const scratch = scratchDir();
    try {
      await run(join(scratch.dir, 'sitrep.db'));
    } finally {
      scratch.cleanup();
    }
  };
}

test('ingest stores every article once; a second ingest finds only duplicates', withDb(async (path) => {
  const store = openSqliteStore(path);
  try {
    const first = await ingest(store, inputsOf(goodFiles()), { extractFn });
    assert.deepEqual({ ...first, seconds: 0 }, { files: 2, read: 3, new: 3, duplicates: 0, failed: [], seconds: 0 });
    assert.ok(first.seconds >= 0);
    const stats = storeStats(store);
    const dump = dumpDatabase(path);
    const second = await ingest(store, inputsOf(goodFiles()), { extractFn });
    assert.deepEqual({ ...second, seconds: 0 }, { files: 2, read: 3, new: 0, duplicates: 3, failed: [], seconds: 0 });
    assert.deepEqual(storeStats(store), stats);
    assert.equal(dumpDatabase(path), dump);
    const origin = store.db.prepare("SELECT origin_file, origin_line FROM articles WHERE id = 'kyiv-2022-10-10'").get();
    assert.deepEqual(origin, { origin_file: 'a.jsonl', origin_line: 2 });
  } finally {
    store.close();
  }
}));

test('the same article twice in one ingest is stored once', withDb(async (path) => {
  const store = openSqliteStore(path);
  try {
    const summary = await ingest(store, inputsOf([inputFile('a.jsonl', [kyivFixture().article, kyivFixture().article])]), { extractFn });
    assert.equal(summary.new, 1);
    assert.equal(summary.duplicates, 1);
    assert.equal(store.counts().events, 1);
  } finally {
    store.close();
  }
}));

test('without skipBad a bad record anywhere rolls everything back and leaves the database as it was', withDb(async (path) => {
  const store = openSqliteStore(path);
  try {
    await ingest(store, inputsOf([inputFile('first.jsonl', [bakhmutFixture().article])]), { extractFn });
    const before = dumpDatabase(path);
    const bad = new InputError('c-bad.jsonl', 'not valid JSON', 2);
    const files = [...goodFiles(), inputFile('c-bad.jsonl', [kyivFixture('k-extra').article, bad, kyivFixture('k-after').article])];
    const extra = extractFrom([...fixtures, kyivFixture('k-extra'), kyivFixture('k-after')]);
    await assert.rejects(ingest(store, inputsOf(files), { extractFn: extra }), (e: unknown) => e === bad);
    assert.equal(store.inTransaction, false);
    assert.equal(dumpDatabase(path), before);
  } finally {
    store.close();
  }
}));

test('without skipBad an unreadable file rolls everything back too', withDb(async (path) => {
  const store = openSqliteStore(path);
  try {
    const before = dumpDatabase(path);
    const broken = new InputError('d-binary.bin', 'a binary file, not text');
    const files = [...goodFiles(), inputFile('d-binary.bin', [], broken)];
    await assert.rejects(ingest(store, inputsOf(files), { extractFn }), (e: unknown) => e === broken);
    assert.equal(dumpDatabase(path), before);
    assert.equal(store.counts().articles, 0);
  } finally {
    store.close();
  }
}));

test('an error from the extraction rolls back and is rethrown, with or without skipBad', withDb(async (path) => {
  const store = openSqliteStore(path);
  try {
    const before = dumpDatabase(path);
    const failing = () => {
      throw new Error('extractor bug');
    };
    for (const skipBad of [false, true]) {
      await assert.rejects(ingest(store, inputsOf(goodFiles()), { extractFn: failing, skipBad }), /extractor bug/);
      assert.equal(dumpDatabase(path), before);
    }
  } finally {
    store.close();
  }
}));

test('with skipBad good records and files are kept; bad records and unreadable files are listed with their lines', withDb(async (path) => {
  const store = openSqliteStore(path);
  try {
    const extra = extractFrom([...fixtures, kyivFixture('k-extra'), kyivFixture('k-after'), kyivFixture('k-lost')]);
    const files = [
      inputFile('a.jsonl', [khersonFixture().article]),
      inputFile('b-mixed.jsonl', [kyivFixture('k-extra').article, new InputError('b-mixed.jsonl', 'missing "date"', 2), kyivFixture('k-after').article]),
      inputFile('c-truncated.jsonl', [kyivFixture('k-lost').article], new InputError('c-truncated.jsonl', 'ends inside a record', 2)),
      inputFile('d.jsonl', [bakhmutFixture().article]),
    ];
    const summary = await ingest(store, inputsOf(files), { extractFn: extra, skipBad: true });
    assert.deepEqual({ ...summary, seconds: 0 }, {
      files: 4,
      read: 4,
      new: 4,
      duplicates: 0,
      failed: [
        { file: 'b-mixed.jsonl', line: 2, problem: 'missing "date"' },
        { file: 'c-truncated.jsonl', line: 2, problem: 'ends inside a record' },
      ],
      seconds: 0,
    });
    const ids = store.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all();
    assert.deepEqual(ids, ['bakhmut-2022-08-08', 'k-after', 'k-extra', 'kherson-2022-11-11'], 'the truncated file is rolled back as a whole');
  } finally {
    store.close();
  }
}));

test('with skipBad a failing list of inputs keeps what was already stored', withDb(async (path) => {
  const store = openSqliteStore(path);
  try {
    async function* inputs(): AsyncIterable<InputFile> {
      yield inputFile('a.jsonl', [kyivFixture().article]);
      throw new InputError('missing-folder', 'no such file or folder');
    }
    const summary = await ingest(store, inputs(), { extractFn, skipBad: true });
    assert.equal(summary.new, 1);
    assert.deepEqual(summary.failed, [{ file: 'missing-folder', problem: 'no such file or folder' }]);
    assert.equal(store.counts().articles, 1);
  } finally {
    store.close();
  }
}));

test('ingest inside a transaction the caller holds uses a savepoint and leaves the transaction open', withDb(async (path) => {
  const store = openSqliteStore(path);
  try {
    store.begin();
    await ingest(store, inputsOf([inputFile('a.jsonl', [kyivFixture().article])]), { extractFn });
    await assert.rejects(ingest(store, inputsOf([inputFile('b.jsonl', [bakhmutFixture().article], new InputError('b.jsonl', 'broken'))]), { extractFn }));
    assert.equal(store.inTransaction, true);
    assert.equal(store.counts().articles, 1);
    store.rollback();
    assert.equal(store.counts().articles, 0);
  } finally {
    store.close();
  }
}));

test('a second connection reads the committed state while an ingest is writing (WAL)', withDb(async (path) => {
  const writer = openSqliteStore(path);
  await ingest(writer, inputsOf([inputFile('first.jsonl', [bakhmutFixture().article])]), { extractFn });
  let resume!: () => void;
  const paused = new Promise<void>((resolve) => (resume = resolve));
  let reachedPause!: () => void;
  const atPause = new Promise<void>((resolve) => (reachedPause = resolve));
  const slowFile: InputFile = {
    path: 'slow.jsonl',
    async *items(): AsyncIterable<ReadItem> {
      yield { article: khersonFixture().article, origin: { file: 'slow.jsonl', line: 1, format: 'jsonl' } };
      reachedPause();
      await paused;
      yield { article: kyivFixture().article, origin: { file: 'slow.jsonl', line: 2, format: 'jsonl' } };
    },
  };
  try {
    const running = ingest(writer, inputsOf([slowFile]), { extractFn });
    await atPause;
    assert.equal(writer.inTransaction, true);
    const reader = openSqliteStore(path, { readonly: true });
    try {
      assert.equal(reader.counts().articles, 1, 'the reader sees only what was committed');
      assert.deepEqual(storeStats(reader).latestEvents.map((e) => e.key), ['bakhmut-2022-08-08#ev1']);
      resume();
      const summary = await running;
      assert.equal(summary.new, 2);
      assert.equal(reader.counts().articles, 3, 'and the new articles once the ingest commits');
    } finally {
      reader.close();
    }
  } finally {
    resume();
    writer.close();
  }
}));

test('progress is reported at most about ten times a second, and at the end', withDb(async (path) => {
  const store = openSqliteStore(path);
  try {
    const articles = Array.from({ length: 300 }, (_, i) => kyivFixture(`k${i}`));
    const files = Array.from({ length: 3 }, (_, f) => inputFile(`f${f}.jsonl`, articles.slice(f * 100, f * 100 + 100).map((a) => a.article)));
    const reports: (IngestProgress & { at: number })[] = [];
    const slowExtract = (article: Parameters<typeof extractFn>[0]) => {
      const until = Date.now() + 1;
      while (Date.now() < until); // about 1 ms an article, so the ingest lasts a few tenths of a second
      return articles.find((a) => a.article.id === article.id)!.extraction;
    };
    await ingest(store, inputsOf(files), { extractFn: slowExtract, onProgress: (p) => reports.push({ ...p, at: Date.now() }) });
    assert.ok(reports.length >= 3, `${reports.length} reports`);
    const last = reports[reports.length - 1];
    assert.equal(last.files, 3);
    assert.equal(last.articles, 300);
    assert.ok(last.rate > 0);
    for (let i = 1; i < reports.length - 1; i++) assert.ok(reports[i].at - reports[i - 1].at >= 90, 'throttled');
    assert.ok(reports.slice(0, -1).every((r) => typeof r.file === 'string' && /^f\d\.jsonl$/.test(r.file)));
    for (let i = 1; i < reports.length; i++) assert.ok(reports[i].articles >= reports[i - 1].articles);
  } finally {
    store.close();
  }
}));
