import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SHARED } from './paths.js';

const CLI = join(REPO_ROOT, 'dist', 'src', 'cli', 'index.js');
const KHERSON = join(SHARED, 'examples', 'kherson-2022-11-11.txt');
const ACCEPTANCE = join(SHARED, 'acceptance', 'kherson-2022-11-11.json');
const UCDP = join(SHARED, 'data', 'events', 'ucdp-ged-ukraine.csv');
const UCDP_FIELDS = ['--field', 'text=source_headline', '--field', 'date=date_start', '--field', 'source=source_original', '--field', 'id=id'];

function sitrep(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, SITREP_DB: '', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
}

function stats(db: string) {
  const r = sitrep(['stats', '--json', '--db', db]);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out);
}

test('extract prints one valid extraction for the Kherson report', () => {
  const r = sitrep(['extract', KHERSON]);
  assert.equal(r.code, 0, r.err);
  const x = JSON.parse(r.out);
  assert.equal(x.schema, 'sitrep/extraction@1');
  assert.equal(x.article.date, '2022-11-11');
  assert.match(r.out, /^\{\n {2}"schema"/, 'a single report prints indented');
});

test('extract prints one JSON line per report for several, and reads JSON lines on stdin', () => {
  const dir = scratch();
  try {
    const jsonl = [
      { id: 'a1', date: '2022-11-09', text: 'Russian troops withdrew from the right bank.' },
      { id: 'a2', date: '2022-11-10', text: 'Ukrainian forces entered Snihurivka.' },
    ].map((o) => JSON.stringify(o)).join('\n') + '\n';
    writeFileSync(join(dir, 'two.jsonl'), jsonl);
    const fromFile = sitrep(['extract', join(dir, 'two.jsonl'), KHERSON]);
    assert.equal(fromFile.code, 0, fromFile.err);
    const lines = fromFile.out.trim().split('\n');
    assert.equal(lines.length, 3);
    assert.deepEqual(lines.map((l) => JSON.parse(l).article.id).slice(0, 2), ['a1', 'a2']);
    const fromStdin = sitrep(['extract'], { input: jsonl });
    assert.equal(fromStdin.code, 0, fromStdin.err);
    assert.deepEqual(fromStdin.out.trim().split('\n').map((l) => JSON.parse(l).article.date), ['2022-11-09', '2022-11-10']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a plain text report without --date is refused with one line naming the file', () => {
  const dir = scratch();
  try {
    const file = join(dir, 'undated.txt');
    writeFileSync(file, 'Shelling was reported in Nikopol overnight.\n');
    const r = sitrep(['extract', file]);
    assert.equal(r.code, 1);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.ok(r.err.includes(file), r.err);
    assert.match(r.err, /date/);
    const dated = sitrep(['extract', file, '--date', '2022-08-01']);
    assert.equal(dated.code, 0, dated.err);
    assert.equal(JSON.parse(dated.out).article.date, '2022-08-01');
    const bad = sitrep(['extract', file, '--date', '2022-13-01']);
    assert.equal(bad.code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest, search, stats and idempotency on the Kherson report and the UCDP export', () => {
  const dir = scratch();
  const db = join(dir, 'sitrep.db');
  try {
    const first = sitrep(['ingest', KHERSON, UCDP, ...UCDP_FIELDS, '--db', db]);
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /3884 read, 3884 new, 0 duplicates, 0 failed/);
    assert.equal(stats(db).articles, 3884);
    const again = sitrep(['ingest', KHERSON, '--db', db]);
    assert.equal(again.code, 0, again.err);
    assert.match(again.err, /1 read, 0 new, 1 duplicate/);
    assert.equal(stats(db).articles, 3884);
    const hits = sitrep(['search', 'Freedom Square', '--json', '--db', db]);
    assert.equal(hits.code, 0, hits.err);
    const parsed = JSON.parse(hits.out);
    assert.ok(parsed.length >= 1);
    assert.equal(parsed[0].date, '2022-11-11');
    const viaEnv = sitrep(['search', 'Mariupol', '--limit', '3'], { env: { SITREP_DB: db } });
    assert.equal(viaEnv.code, 0, viaEnv.err);
    assert.match(viaEnv.out, /Mariupol/i);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad file fails the whole ingest and leaves the database as it was; --skip-bad keeps the good ones', () => {
  const dir = scratch();
  const db = join(dir, 'sitrep.db');
  const inbox = join(dir, 'inbox');
  try {
    assert.equal(sitrep(['ingest', KHERSON, '--db', db]).code, 0);
    const before = stats(db);
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'a-good.jsonl'), JSON.stringify({ id: 'g1', date: '2022-10-10', text: 'Missiles struck Kyiv in the morning.' }) + '\n');
    writeFileSync(join(inbox, 'b-truncated.jsonl'), JSON.stringify({ id: 'g2', date: '2022-10-11', text: 'Drones hit Odesa.' }) + '\n{"id": "g3", "date": "2022-10-1');
    const failed = sitrep(['ingest', inbox, '--db', db]);
    assert.equal(failed.code, 1);
    assert.match(failed.err, /b-truncated\.jsonl:2: /);
    assert.deepEqual(stats(db), before);
    const skipping = sitrep(['ingest', inbox, '--skip-bad', '--db', db]);
    assert.equal(skipping.code, 0, skipping.err);
    assert.match(skipping.err, /failed: .*b-truncated\.jsonl:2/);
    assert.equal(stats(db).articles, before.articles + 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('binary and empty files are refused by name', () => {
  const dir = scratch();
  try {
    const png = join(dir, 'map.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    for (const file of [png, empty]) {
      const r = sitrep(['ingest', file, '--db', join(dir, 'x.db')]);
      assert.equal(r.code, 1);
      assert.ok(r.err.startsWith(`sitrep: ${file}: `), r.err);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('events and export work on an ingested database and write files only when complete', () => {
  const dir = scratch();
  const db = join(dir, 'sitrep.db');
  try {
    assert.equal(sitrep(['ingest', KHERSON, '--db', db]).code, 0);
    const events = sitrep(['events', '--json', '--from', '2022-11-01', '--db', db]);
    assert.equal(events.code, 0, events.err);
    assert.ok(Array.isArray(JSON.parse(events.out)));
    for (const format of ['csv', 'jsonl', 'geojson', 'acled']) {
      const out = join(dir, `events.${format}`);
      const r = sitrep(['export', '--format', format, '--out', out, '--db', db]);
      assert.equal(r.code, 0, r.err);
      assert.ok(existsSync(out));
    }
    const geojson = JSON.parse(readFileSync(join(dir, 'events.geojson'), 'utf8'));
    assert.equal(geojson.type, 'FeatureCollection');
    assert.equal(sitrep(['export', '--format', 'kml', '--db', db]).code, 2);
    assert.equal(sitrep(['events', '--near', '46.6,north,10', '--db', db]).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('eval acceptance prints every item as PASS or FAIL and a total', () => {
  const r = sitrep(['eval', 'acceptance', ACCEPTANCE, '--article', KHERSON]);
  assert.ok(r.code === 0 || r.code === 1, r.err);
  assert.match(r.out, /^PASS article: /m);
  assert.match(r.out, /^(PASS|FAIL) places: /m);
  const total = /(\d+) passed, (\d+) failed/.exec(r.out);
  assert.ok(total, r.out);
  const acceptance = JSON.parse(readFileSync(ACCEPTANCE, 'utf8'));
  const items = 1 + ['persons', 'organizations', 'places', 'quotes', 'events', 'times'].reduce((n, k) => n + acceptance[k].length, 0);
  assert.equal(Number(total[1]) + Number(total[2]), items);
  assert.equal(r.code, Number(total[2]) > 0 ? 1 : 0);
});

test('start builds the demo database when absent, then only reports on it', () => {
  const dir = scratch();
  const db = join(dir, 'demo.db');
  try {
    const first = sitrep(['start', '--db', db]);
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /building/);
    assert.match(first.out, /articles\s+\d+/);
    const articles = stats(db).articles;
    assert.ok(articles > 100);
    const second = sitrep(['start', '--db', db]);
    assert.equal(second.code, 0, second.err);
    assert.doesNotMatch(second.err, /building/);
    assert.equal(stats(db).articles, articles);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a database file that is not SQLite is refused by name', () => {
  const dir = scratch();
  try {
    const notDb = join(dir, 'notes.db');
    copyFileSync(KHERSON, notDb);
    const r = sitrep(['stats', '--db', notDb]);
    assert.equal(r.code, 1);
    assert.ok(r.err.includes(notDb), r.err);
    assert.equal(r.err.trim().split('\n').length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
