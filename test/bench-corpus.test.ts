import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isIsoDate } from '../src/article.js';
import { InputError } from '../src/errors.js';
import { countWords, GEOWEBNEWS_ARTICLES, LGL_ARTICLES, loadBenchCorpus, loadGeoWebNews, loadPolnear } from '../bench/corpus.js';
import { median } from '../bench/measure.js';
import { SHARED_DATA } from './paths.js';

const NO_DATA = existsSync(SHARED_DATA) ? false : `reference data not found at ${SHARED_DATA}`;

test('the benchmark corpus is the fixed selection of GeoWebNews, LGL and PolNeAR dev articles', { skip: NO_DATA }, () => {
  const corpus = loadBenchCorpus(SHARED_DATA);
  assert.deepEqual(
    corpus.parts.map((p) => [p.name, p.articles]),
    [['GeoWebNews', GEOWEBNEWS_ARTICLES], ['LGL', LGL_ARTICLES], ['PolNeAR dev', 84]],
  );
  assert.equal(corpus.articles.length, GEOWEBNEWS_ARTICLES + LGL_ARTICLES + 84);
  assert.equal(new Set(corpus.articles.map((a) => a.id)).size, corpus.articles.length);
  for (const a of corpus.articles) {
    assert.ok(isIsoDate(a.date), `${a.id}: date ${a.date}`);
    assert.ok(countWords(a.text) > 0, `${a.id}: no text`);
  }
  assert.equal(corpus.words, corpus.articles.reduce((n, a) => n + countWords(a.text), 0));
  assert.ok(corpus.words > 100_000, `only ${corpus.words} words`);
  // XML entities are decoded and CDATA text is kept.
  assert.ok(!corpus.articles.some((a) => a.text.includes('&quot;')));
  assert.match(corpus.articles[GEOWEBNEWS_ARTICLES].text, /^Alexandria woman charged/);
  assert.deepEqual(loadBenchCorpus(SHARED_DATA), corpus);
});

test('benchmark sources that are not what they should be are refused by name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-corpus-'));
  try {
    const xml = join(dir, 'GWN.xml');
    writeFileSync(xml, '<?xml version="1.0"?>\n<corpus><doc/></corpus>\n');
    assert.throws(() => loadGeoWebNews(xml, 10), (e: unknown) => e instanceof InputError && e.file === xml);
    writeFileSync(join(dir, 'notes.txt'), 'text');
    assert.throws(() => loadPolnear(dir), (e: unknown) => e instanceof InputError && e.file === join(dir, 'notes.txt'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('word counts and medians', () => {
  assert.equal(countWords('  Russian forces\nwithdrew  from Kherson. '), 5);
  assert.equal(countWords(''), 0);
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});
