import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { isIsoDate } from '../src/article.js';
import { InputError } from '../src/errors.js';
import { buildDemoCorpus, PROVENANCE_FILE, RE3D_FILE, UCDP_FILE } from '../scripts/demo-corpus/build.js';
import { selectRe3dArticles } from '../scripts/demo-corpus/re3d.js';
import { articleLine } from '../scripts/demo-corpus/jsonl.js';
import { selectUcdpArticles, UCDP_FULL_YEAR, UCDP_SAMPLE_PER_YEAR } from '../scripts/demo-corpus/ucdp.js';
import { dateFromUrl } from '../scripts/demo-corpus/url-date.js';
import { REPO_ROOT, SHARED, SHARED_DATA } from './paths.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const GENERATED = [UCDP_FILE, RE3D_FILE, PROVENANCE_FILE];
const ARTICLE_KEYS = new Set(['id', 'date', 'text', 'title', 'source', 'url']);
const NO_DATA = existsSync(SHARED_DATA) ? false : `reference data not found at ${SHARED_DATA}`;

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-demo-'));
}

function committedJsonl(): string[] {
  return readdirSync(EXAMPLES).filter((name) => name.endsWith('.jsonl')).sort();
}

test('the committed demo corpus is well-formed JSONL articles with unique ids', () => {
  const files = committedJsonl();
  assert.ok(files.includes(UCDP_FILE), `examples/${UCDP_FILE} is missing`);
  const ids = new Set<string>();
  for (const name of files) {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    assert.ok(text.endsWith('\n'), `${name} does not end with a newline`);
    const lines = text.slice(0, -1).split('\n');
    assert.ok(lines.length > 0, `${name} is empty`);
    lines.forEach((line, i) => {
      const where = `${name}:${i + 1}`;
      const article = JSON.parse(line) as Record<string, unknown>;
      for (const key of Object.keys(article)) assert.ok(ARTICLE_KEYS.has(key), `${where}: unexpected key ${key}`);
      for (const key of ['id', 'date', 'text']) assert.equal(typeof article[key], 'string', `${where}: no string ${key}`);
      const date = article.date as string;
      assert.ok(isIsoDate(date) || (/^\d{4}-\d{2}$/.test(date) && isIsoDate(date + '-01')), `${where}: date ${date} is neither YYYY-MM-DD nor YYYY-MM`);
      assert.ok((article.text as string).trim().length > 0, `${where}: empty text`);
      assert.ok(!ids.has(article.id as string), `${where}: id ${String(article.id)} repeats`);
      ids.add(article.id as string);
    });
  }
  assert.ok(ids.size > 500, `only ${ids.size} articles in the demo corpus`);
});

test('the demo corpus has no mojibake', () => {
  for (const name of readdirSync(EXAMPLES)) {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    assert.ok(!text.includes('\uFFFD'), `${name} holds U+FFFD`);
    assert.ok(!text.includes('â€'), `${name} holds UTF-8 read as Windows-1252`);
  }
});

test('the Kherson report in examples/ is the reference copy, byte for byte', (t) => {
  const reference = join(SHARED, 'examples', 'kherson-2022-11-11.txt');
  if (!existsSync(reference)) return t.skip(`reference report not found at ${reference}`);
  assert.deepEqual(readFileSync(join(EXAMPLES, 'kherson-2022-11-11.txt')), readFileSync(reference));
});

test('rebuilding the demo corpus gives the committed files byte for byte', { skip: NO_DATA }, () => {
  const out = scratch();
  try {
    const summary = buildDemoCorpus(SHARED_DATA, out);
    assert.deepEqual(readdirSync(out).sort(), summary.written);
    for (const name of GENERATED) {
      const built = join(out, name);
      const committed = join(EXAMPLES, name);
      assert.equal(existsSync(committed), existsSync(built), `examples/${name} ${existsSync(built) ? 'is missing' : 'is stale'}`);
      if (existsSync(built)) assert.ok(readFileSync(built).equals(readFileSync(committed)), `examples/${name} differs from a rebuild`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the UCDP selection keeps every event of the full year and a bounded sample of the others', { skip: NO_DATA }, () => {
  const selection = selectUcdpArticles(join(SHARED_DATA, 'events', 'ucdp-ged-ukraine.csv'));
  for (const { year, rows, kept } of selection.byYear) {
    if (year === UCDP_FULL_YEAR) assert.equal(kept, rows);
    else assert.ok(kept > 0 && kept <= UCDP_SAMPLE_PER_YEAR, `${year}: kept ${kept} of ${rows}`);
    const ofYear = selection.articles.filter((a) => a.date.startsWith(`${year}-`));
    assert.equal(ofYear.length, kept, `${year}`);
  }
  const dates = selection.articles.map((a) => a.date);
  assert.deepEqual(dates, [...dates].sort());
});

test('UCDP rows are decoded from Windows-1252 and a bad date names the file and line', () => {
  const dir = scratch();
  try {
    const header = 'id,date_start,source_headline,source_original\n';
    const good = join(dir, 'good.csv');
    writeFileSync(good, iconv.encode(header + '7,3/5/2022 12:00:00 AM,Shelling of Kharkiv’s centre,Ukraine\n8,03/06/2022 00:00,,Ukraine\n', 'win1252'));
    const selection = selectUcdpArticles(good);
    assert.deepEqual(selection.articles, [{ id: 'ucdp:7', date: '2022-03-05', text: 'Shelling of Kharkiv’s centre', source: 'Ukraine' }]);
    assert.equal(selection.emptyHeadlines, 1);

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, header + '7,3/5/2022,A headline,Ukraine\n8,2022-03-06,Another,Ukraine\n');
    assert.throws(
      () => selectUcdpArticles(bad),
      (err: unknown) => err instanceof InputError && err.file === bad && err.line === 3 && /date_start "2022-03-06"/.test(err.message),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a URL gives a date only when it states year, month and day', () => {
  assert.equal(dateFromUrl('https://example.org/news/2017/03/05/strike-on-raqqa/'), '2017-03-05');
  assert.equal(dateFromUrl('https://example.org/news/strike-2017-03-05.html'), '2017-03-05');
  assert.equal(dateFromUrl('http://www.thetowntalk.com/article/20090320/NEWS01/90320003/-1/rss'), '2009-03-20');
  assert.equal(dateFromUrl('https://www.state.gov/r/pa/prs/ps/2016/10/263174.htm'), undefined);
  assert.equal(dateFromUrl('http://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/904608/centcom-reinforces/'), undefined);
  assert.equal(dateFromUrl('https://example.org/2017/02/30/not-a-day/'), undefined);
});

test('re3d documents become articles dated from their URL, to the day or the month; undated ones are counted, not guessed', () => {
  const dir = scratch();
  try {
    const doc = (id: string, url: string, text: string) => JSON.stringify({ _id: id, sourceName: 'x', sourceUrl: url, title: `Title ${id}\n`, text });
    mkdirSync(join(dir, 'CENTCOM'));
    mkdirSync(join(dir, 'US State Department'));
    writeFileSync(
      join(dir, 'CENTCOM', 'documents.json'),
      '\uFEFF' + doc('B', 'http://www.centcom.mil/MEDIA/Article/1/strikes/', 'Undated.') + '\n' + doc('A', 'http://www.centcom.mil/2017/01/09/strikes/', 'On Jan. 8, strikes.\n') + '\n',
    );
    writeFileSync(
      join(dir, 'US State Department', 'documents.json'),
      doc('C', 'https://www.defense.gov/news/2016-10-16/dabiq', 'Dabiq.') + '\n' + doc('D', 'https://www.state.gov/r/pa/prs/ps/2016/10/263174.htm', 'Today.') + '\n',
    );
    const selection = selectRe3dArticles(dir);
    assert.equal(selection.documents, 4);
    assert.deepEqual(selection.undated, [{ folder: 'CENTCOM', id: 'B', url: 'http://www.centcom.mil/MEDIA/Article/1/strikes/' }]);
    assert.deepEqual(selection.articles, [
      { id: 're3d:A', date: '2017-01-09', text: 'On Jan. 8, strikes.\n', title: 'Title A', source: 'U.S. Central Command', url: 'http://www.centcom.mil/2017/01/09/strikes/' },
      { id: 're3d:C', date: '2016-10-16', text: 'Dabiq.', title: 'Title C', source: 'U.S. Department of Defense', url: 'https://www.defense.gov/news/2016-10-16/dabiq' },
      { id: 're3d:D', date: '2016-10-01', datePrecision: 'month', text: 'Today.', title: 'Title D', source: 'U.S. Department of State', url: 'https://www.state.gov/r/pa/prs/ps/2016/10/263174.htm' },
    ]);
    assert.equal(articleLine(selection.articles[2]).slice(0, 38), '{"id":"re3d:D","date":"2016-10","text"');

    writeFileSync(join(dir, 'US State Department', 'documents.json'), doc('C', 'https://www.state.gov/2016/10/263174.htm', 'x') + '\n{ "_id": \n');
    assert.throws(
      () => selectRe3dArticles(dir),
      (err: unknown) => err instanceof InputError && err.line === 2 && err.file.endsWith('documents.json'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
