import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { contentId, type Article, type Origin } from '../src/article.js';
import { InputError } from '../src/errors.js';
import { numericDateOrder, parseDate } from '../src/readers/dates.js';
import { detectEncoding } from '../src/readers/encoding.js';
import { detectFormat, openInputs, readBuffer, readFile, readStream } from '../src/readers/index.js';
import type { InputFile, ReadOptions } from '../src/readers/types.js';
import { FIXTURES, SHARED, SHARED_DATA } from './paths.js';

const DIR = join(FIXTURES, 'readers');
const fixture = (name: string) => join(DIR, name);
const KHERSON = join(SHARED, 'examples', 'kherson-2022-11-11.txt');
const UCDP = join(SHARED_DATA, 'events', 'ucdp-ged-ukraine.csv');
const UCDP_FIELDS = { text: 'source_headline', date: 'date_start', source: 'source_original', id: 'id' };

interface Collected {
  articles: Article[];
  origins: Origin[];
  errors: InputError[];
}

async function collect(file: InputFile): Promise<Collected> {
  const result: Collected = { articles: [], origins: [], errors: [] };
  for await (const item of file.items()) {
    if (item.error) result.errors.push(item.error);
    else {
      result.articles.push(item.article);
      result.origins.push(item.origin);
    }
  }
  return result;
}

const read = (path: string, options: ReadOptions = {}) => collect(readFile(path, options));

/** The InputError a file as a whole is refused with. */
async function fileError(path: string, options: ReadOptions = {}): Promise<InputError> {
  try {
    await read(path, options);
  } catch (err) {
    assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
    return err;
  }
  assert.fail(`${path} was read without error`);
}

function withTempDir(fn: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-readers-'));
    try {
      await fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test('dated text: the Kherson report, text starting right after " date YYYY-MM-DD "', async () => {
  const { articles, origins, errors } = await read(KHERSON);
  assert.equal(errors.length, 0);
  assert.equal(articles.length, 1);
  const [article] = articles;
  const raw = readFileSync(KHERSON, 'utf8');
  assert.equal(article.date, '2022-11-11');
  assert.ok(article.text.startsWith('The Ukrainian Army has once again raised the Ukrainian flag'));
  assert.equal(article.text, raw.slice(' date 2022-11-11 '.length));
  assert.equal(article.id, contentId(article.text, '2022-11-11'));
  assert.equal(article.title, undefined);
  assert.equal(origins[0].format, 'dated-text');
});

test('UCDP GED export: cp1252 CSV with quoted multi-line fields, mapped columns, mm/dd/yyyy dates', async () => {
  const { articles, origins, errors } = await read(UCDP, { fields: UCDP_FIELDS });
  assert.equal(errors.length, 0);
  assert.equal(articles.length, 3883);

  const second = articles.find((a) => a.id === '149221');
  assert.deepEqual(second, {
    id: '149221',
    date: '2014-01-27',
    text: "Dead man found hanging on Kiev's Independence Square - police",
    source: 'Ukrainian police',
  });

  // 05/02/2014 00:00 in a file whose other dates (1/22/2014 12:00:00 AM) show month first
  const may = articles.find((a) => a.date === '2014-05-02');
  assert.ok(may, 'dates such as 05/02/2014 are read month first like the rest of the file');

  const multiLine = articles.findIndex((a) => a.id === '300084');
  assert.ok(articles[multiLine].text.startsWith('Zelenskyy Says Plans to Discuss Situation in Donbas With Merkel, Macron Later on Wednesday\n'));
  assert.equal(articles[multiLine].date, '2019-08-06');
  assert.equal(origins[multiLine].line, 1041, 'the line a multi-line record starts on');

  const curly = articles.find((a) => a.id === '149250');
  assert.ok(curly?.text.includes('Ukraine\u2019s Lvov'), 'cp1252 0x92 decodes to a right single quotation mark');
  for (const a of articles) {
    const all = `${a.text} ${a.source ?? ''}`;
    assert.ok(!all.includes('\uFFFD') && !all.includes('â€'), `no mojibake in ${a.id}`);
  }
});

test('JSONL: fields read, text verbatim, missing id is a content hash, line numbers', async () => {
  const { articles, origins, errors } = await read(fixture('articles.jsonl'));
  assert.equal(errors.length, 0);
  assert.equal(articles.length, 3);
  assert.deepEqual(articles[0], {
    id: 'a1',
    date: '2022-11-11',
    text: '  Ukrainian troops entered Kherson on Friday.\n\nResidents gathered in Freedom Square.  ',
    title: 'Kherson liberated',
    source: 'Kyiv Independent',
    url: 'https://example.org/a1',
  });
  assert.equal(articles[1].id, contentId(articles[1].text, '2022-11-12'));
  assert.equal(articles[2].id, '42');
  assert.equal(articles[2].date, '2022-11-13', 'the calendar date as written, offset ignored');
  assert.deepEqual(origins.map((o) => o.line), [1, 2, 4]);
  assert.ok(origins.every((o) => o.format === 'jsonl'));
});

test('JSONL: bad records name the line and the problem, good records around them are kept', async () => {
  const { articles, errors } = await read(fixture('bad.jsonl'));
  assert.deepEqual(articles.map((a) => a.id), ['ok1', 'ok2']);
  assert.deepEqual(errors.map((e) => e.line), [2, 3, 4, 5]);
  assert.match(errors[0].message, /bad\.jsonl:2: invalid JSON: /);
  assert.match(errors[1].message, /bad\.jsonl:3: no text \(field "text"\)/);
  assert.match(errors[2].message, /bad\.jsonl:4: unparseable date "2022-13-45" \(field "date"\)/);
  assert.match(errors[3].message, /not a JSON object/);
});

test('JSONL: field names mapped with options.fields, and ACLED-style names found by default', async () => {
  const mapped = await read(fixture('mapped.jsonl'), { fields: { text: 'notes', date: 'event_date', id: 'event_id' } });
  assert.deepEqual(
    mapped.articles.map((a) => [a.id, a.date, a.text]),
    [
      ['UKR1', '2022-11-11', 'Ukrainian forces retook Kherson city.'],
      ['UKR2', '2022-11-12', 'Shelling of Kherson region continued.'],
    ],
  );
  const defaults = await read(fixture('mapped.jsonl'));
  assert.deepEqual(defaults.articles.map((a) => a.id), ['UKR1', 'UKR2']);
  const wrong = await read(fixture('mapped.jsonl'), { fields: { text: 'body_text' } });
  assert.equal(wrong.articles.length, 0);
  assert.match(wrong.errors[0].message, /mapped\.jsonl:1: no text \(field "body_text"\)/);
});

test('JSONL: a publication date known only to the month or the year is kept with its precision', withTempDir(async (dir) => {
  const path = join(dir, 'archive.jsonl');
  const lines = [
    { id: 'm', date: '2016-10', text: 'The United States condemns the attacks in Iraq today.' },
    { id: 'y', date: '2015', text: 'A statement issued this year.' },
    { id: 'd', date: '2016-10-28', text: 'A dated statement.' },
    { id: 'bad', date: '2016-13', text: 'No such month.' },
  ];
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const { articles, errors } = await read(path);
  assert.deepEqual(articles.map((a) => [a.id, a.date, a.datePrecision]), [
    ['m', '2016-10-01', 'month'],
    ['y', '2015-01-01', 'year'],
    ['d', '2016-10-28', undefined],
  ]);
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /archive\.jsonl:4: .*2016-13/);
}));

test('JSON: an array of articles and a single article object', async () => {
  const array = await read(fixture('articles.json'));
  assert.deepEqual(array.articles.map((a) => a.title ?? a.source), ['Flag over Kherson', 'Ukrinform']);
  assert.deepEqual(array.origins.map((o) => [o.format, o.line]), [['json', 1], ['json', 2]]);
  const single = await read(fixture('one-article.json'));
  assert.deepEqual(single.articles, [{ id: 'single', date: '2022-11-11', text: 'A single article object.', url: 'https://example.org/single' }]);
});

test('JSON: invalid JSON is refused naming the file and line', withTempDir(async (dir) => {
  const path = join(dir, 'broken.json');
  writeFileSync(path, '[\n  {"date": "2022-11-11", "text": "ok"},\n  {"date": "2022-11-11" "text": "missing comma"}\n]\n');
  const err = await fileError(path);
  assert.equal(err.line, 3);
  assert.match(err.message, /broken\.json:3: invalid JSON/);
}));

test('CSV: quoted multi-line fields, dd/mm/yyyy detected, record start lines', async () => {
  const { articles, origins, errors } = await read(fixture('events-dmy.csv'));
  assert.equal(errors.length, 0);
  assert.deepEqual(articles.map((a) => [a.id, a.date, a.source]), [
    ['UKR1001', '2022-11-11', 'Ukrinform'],
    ['UKR1002', '2022-11-25', 'Suspilne'],
    ['UKR1003', '2022-12-01', 'Telegram'],
  ]);
  assert.equal(articles[0].text, 'On 11 November 2022, Ukrainian forces entered Kherson city.\nResidents met them in Freedom Square, "Glory to Ukraine" was heard.');
  assert.deepEqual(origins.map((o) => o.line), [2, 4, 6]);
});

test('CSV: mm/dd/yyyy hh:mm detected; ambiguous dates need a date style', async () => {
  const mdy = await read(fixture('events-mdy.csv'));
  assert.deepEqual(mdy.articles.map((a) => a.date), ['2022-11-02', '2022-11-15']);

  const err = await fileError(fixture('ambiguous.csv'));
  assert.match(err.message, /ambiguous\.csv: dates such as "05\/02\/2014" .*--date-style dmy or mdy/);
  const dmy = await read(fixture('ambiguous.csv'), { dateStyle: 'dmy' });
  assert.deepEqual(dmy.articles.map((a) => a.date), ['2014-02-05', '2014-03-06']);
  const mdyStyle = await read(fixture('ambiguous.csv'), { dateStyle: 'mdy' });
  assert.deepEqual(mdyStyle.articles.map((a) => a.date), ['2014-05-02', '2014-06-03']);
});

test('CSV: a missing text column refuses the file; bad rows are bad records with their line', async () => {
  const err = await fileError(fixture('missing-column.csv'));
  assert.equal(err.message, `${fixture('missing-column.csv')}: no text column (columns: id, date, headline_only); map one with --field text=COLUMN`);
  const mappedMissing = await fileError(fixture('events-dmy.csv'), { fields: { text: 'description' } });
  assert.match(mappedMissing.message, /no column "description" for text/);

  const { articles, errors } = await read(fixture('bad-date.csv'));
  assert.deepEqual(articles.map((a) => a.id), ['1', '3']);
  assert.deepEqual(errors.map((e) => e.line), [3, 5]);
  assert.match(errors[0].message, /bad-date\.csv:3: unparseable date "yesterday" \(column "date"\)/);
  assert.match(errors[1].message, /2 fields where the header has 3/);
});

test('TSV with quotes inside fields', async () => {
  const { articles, origins } = await read(fixture('reports.tsv'));
  assert.deepEqual(articles.map((a) => a.id), ['t1', 't2']);
  assert.equal(articles[1].text, 'A quote: "we will return" said the mayor.');
  assert.equal(origins[0].format, 'tsv');
});

test('HTML: Readability main text, og:title, canonical url, article:published_time', async () => {
  const { articles, origins } = await read(fixture('page-meta.html'));
  const [a] = articles;
  assert.equal(a.date, '2022-11-11');
  assert.equal(a.title, 'Ukrainian flag raised in Kherson');
  assert.equal(a.url, 'https://news.example.org/kherson-flag');
  assert.ok(!a.text.includes('Home') && !a.text.includes('Copyright'), 'navigation and footer left out');
  const paragraphs = a.text.split('\n\n');
  assert.ok(paragraphs.includes('The Ukrainian flag was raised in the main square of Kherson after Russian forces announced their withdrawal from the city on the right bank of the Dnipro.'));
  assert.ok(a.text.includes('\u201cOur partisans have hung the Ukrainian flag in the center of Kherson\u201d'));
  assert.equal(a.id, contentId(a.text, a.date));
  assert.equal(origins[0].format, 'html');
});

test('HTML: date from JSON-LD datePublished nested in @graph, and from <time datetime>', async () => {
  const jsonLd = (await read(fixture('page-jsonld.html'))).articles[0];
  assert.equal(jsonLd.date, '2022-11-13');
  assert.equal(jsonLd.url, 'https://news.example.org/mykolaiv-power');
  assert.equal(jsonLd.title, 'Mykolaiv power restored');
  assert.match(jsonLd.text, /^Power was restored in most districts of Mykolaiv.*\n\nRepair crews/s);

  const time = (await read(fixture('page-time.html'))).articles[0];
  assert.equal(time.date, '2022-12-01');
  assert.ok(time.text.includes('Russian forces shelled Nikopol overnight'));
});

test('HTML: no date in the page needs --date', async () => {
  const err = await fileError(fixture('page-nodate.html'));
  assert.match(err.message, /page-nodate\.html: no publication date .*--date/);
  const { articles } = await read(fixture('page-nodate.html'), { date: '2022-10-01' });
  assert.equal(articles[0].date, '2022-10-01');
  assert.equal(articles[0].text, 'A page that says nothing about when it was published.');
});

test('RSS 2.0: content:encoded stripped to text, entities decoded, undated item is a bad record', async () => {
  const { articles, errors, origins } = await read(fixture('feed-rss.xml'));
  assert.deepEqual(articles[0], {
    id: 'monitor-1',
    date: '2022-11-11',
    text: 'Ukrainian troops entered Kherson \u201ctoday\u201d.\n\nCrowds gathered in the square.',
    title: 'Kherson & the flag',
    source: 'Example War Monitor',
    url: 'https://monitor.example.org/1',
  });
  assert.equal(articles[1].date, '2022-11-13', 'dc:date');
  assert.equal(articles[1].text, 'Power restored in Mykolaiv.');
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /feed-rss\.xml: item 2: no date/);
  assert.deepEqual(origins.map((o) => o.line), [1, 3]);
});

test('Atom: entries with html content, alternate link, published date', async () => {
  const { articles } = await read(fixture('feed.atom'));
  assert.deepEqual(articles.map((a) => [a.id, a.date, a.url]), [
    ['urn:example:entry:1', '2022-11-12', 'https://atom.example.org/1'],
    ['urn:example:entry:2', '2022-11-13', 'https://atom.example.org/2'],
  ]);
  assert.equal(articles[0].title, 'Strike on Odesa');
  assert.equal(articles[0].text, 'A drone struck the port of Odesa.\n\nNo casualties were reported.');
  assert.equal(articles[1].text, 'Air raid sirens sounded in Kharkiv.');
  assert.equal(articles[0].source, 'Example Atom Monitor');
});

test('Telegram export: messages with text, entity arrays joined, service and empty messages skipped', async () => {
  const { articles, origins } = await read(fixture('telegram/result.json'));
  assert.deepEqual(articles, [
    { id: 'telegram:1234567890:2', date: '2022-11-11', text: 'Ukrainian flag over Kherson.', source: 'Example Channel' },
    {
      id: 'telegram:1234567890:4',
      date: '2022-11-11',
      text: 'Zaluzhnyi: 41 settlements liberated since 1 November. https://t.me/example/4',
      source: 'Example Channel',
    },
  ]);
  assert.ok(origins.every((o) => o.format === 'telegram'));
});

test('encodings: UTF-16 LE with BOM, UTF-16 BE without, UTF-8 with BOM all read the same', async () => {
  const texts = [];
  for (const name of ['utf16le-bom.txt', 'utf16be.txt', 'utf8-bom.txt']) {
    const { articles } = await read(fixture(name));
    assert.equal(articles[0].date, '2022-11-11', name);
    texts.push(articles[0].text);
  }
  assert.ok(texts[0].startsWith('\u201cOur partisans'));
  assert.ok(texts[0].includes('Київ'));
  assert.equal(texts[1], texts[0]);
  assert.equal(texts[2], texts[0]);
  assert.deepEqual(detectEncoding(readFileSync(fixture('utf16be.txt'))), { encoding: 'utf-16be', bomLength: 0 });
});

test('encodings: Windows-1252 curly quotes and dashes, Windows-1251 Cyrillic', async () => {
  const cp1252 = (await read(fixture('cp1252.txt'))).articles[0];
  assert.equal(cp1252.text, '\u201cOur partisans have hung the flag\u201d in Kherson\u2019s square \u2013 residents\u2019 café reopened.\n');
  const cp1251 = (await read(fixture('cp1251.txt'))).articles[0];
  assert.ok(cp1251.text.startsWith('Українські війська увійшли в Херсон.'));
});

test('UTF-8 with a stray Windows-1252 byte after the first 64 KiB keeps both right', withTempDir(async (dir) => {
  const path = join(dir, 'mixed.jsonl');
  const line = JSON.stringify({ date: '2022-11-11', text: 'Київ '.repeat(20) }) + '\n';
  const lines = Math.ceil(70_000 / Buffer.byteLength(line));
  const tail = Buffer.concat([Buffer.from('{"date": "2022-11-12", "text": "caf'), Buffer.from([0xe9, 0x93]), Buffer.from('ok\u201d"}\n')]);
  writeFileSync(path, Buffer.concat([Buffer.from(line.repeat(lines)), tail]));
  const { articles } = await read(path);
  assert.equal(articles.length, lines + 1);
  assert.ok(articles.slice(0, -1).every((a) => a.text.startsWith('Київ Київ')));
  assert.equal(articles.at(-1)!.text, 'café\u201cok\u201d');
}));

test('bad input: binary, NUL bytes, empty and whitespace-only files', withTempDir(async (dir) => {
  const png = join(dir, 'photo.dat');
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  assert.equal((await fileError(png)).message, `${png}: binary file, not a text report (looks like PNG)`);
  const sqlite = join(dir, 'events.txt');
  writeFileSync(sqlite, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(100)]));
  assert.match((await fileError(sqlite)).message, /looks like SQLite/);
  const nul = join(dir, 'data.txt');
  writeFileSync(nul, Buffer.from('abc\0\x01\x02def\0\0\x03ghi\x04\x05'));
  assert.match((await fileError(nul)).message, /data\.txt: binary file, not a text report/);
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  assert.equal((await fileError(empty, { date: '2022-11-11' })).message, `${empty}: empty file`);
  const blank = join(dir, 'blank.jsonl');
  writeFileSync(blank, '\n  \n\t\n');
  assert.equal((await fileError(blank)).message, `${blank}: empty file`);
}));

test('plain text and Markdown need --date; Markdown "# Title" becomes the title', async () => {
  const err = await fileError(fixture('plain.txt'));
  assert.equal(err.message, `${fixture('plain.txt')}: no publication date: pass --date YYYY-MM-DD`);
  const plain = (await read(fixture('plain.txt'), { date: '2023-01-14' })).articles[0];
  assert.deepEqual(plain, { id: contentId(plain.text, '2023-01-14'), date: '2023-01-14', text: 'Fighting continued near Bakhmut and Soledar.\n' });
  const md = (await read(fixture('notes.md'), { date: '2023-01-14' })).articles[0];
  assert.equal(md.title, 'Evening summary');
  assert.equal(md.text, 'Fighting continued near Bakhmut.\n');
});

test('format override reads a file as the named format', async () => {
  const { articles, origins } = await read(KHERSON, { format: 'text', date: '2022-11-12' });
  assert.equal(articles[0].date, '2022-11-12');
  assert.ok(articles[0].text.startsWith(' date 2022-11-11 The Ukrainian Army'));
  assert.equal(origins[0].format, 'text');
});

test('folders: recursive, sorted, hidden entries and non-inputs skipped; explicit files always read', withTempDir(async (dir) => {
  mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'b.txt'), ' date 2022-11-12 Report b.\n');
  writeFileSync(join(dir, 'a.jsonl'), '{"date": "2022-11-11", "text": "Report a."}\n');
  writeFileSync(join(dir, 'sub', 'deeper', 'c.txt'), ' date 2022-11-13 Report c.\n');
  writeFileSync(join(dir, '.git', 'HEAD'), ' date 2022-11-14 Not a report.\n');
  writeFileSync(join(dir, '.hidden.txt'), ' date 2022-11-14 Not a report.\n');
  writeFileSync(join(dir, 'map.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, 'sitrep.db'), Buffer.from('SQLite format 3\0'));
  writeFileSync(join(dir, 'archive.zip'), Buffer.from([0x50, 0x4b, 0x03, 0x04]));

  const files: InputFile[] = [];
  for await (const file of openInputs([dir], {})) files.push(file);
  assert.deepEqual(files.map((f) => f.path), [join(dir, 'a.jsonl'), join(dir, 'b.txt'), join(dir, 'sub', 'deeper', 'c.txt')]);
  const texts = [];
  for (const file of files) texts.push(...(await collect(file)).articles.map((a) => a.text));
  assert.deepEqual(texts, ['Report a.', 'Report b.\n', 'Report c.\n']);

  const explicit: InputFile[] = [];
  for await (const file of openInputs([join(dir, 'map.png')], {})) explicit.push(file);
  assert.equal(explicit.length, 1);
  await assert.rejects(collect(explicit[0]), /map\.png: binary file, not a text report \(looks like PNG\)/);

  await assert.rejects(
    async () => {
      for await (const file of openInputs([join(dir, 'missing.txt')], {})) void file;
    },
    (err: unknown) => err instanceof InputError && err.message === `${join(dir, 'missing.txt')}: no such file or directory`,
  );
}));

test('stdin and buffers: format sniffed from content', async () => {
  const jsonl = '{"date": "2022-11-11", "text": "From stdin."}\n{"date": "2022-11-12", "text": "Second line."}\n';
  const fromStream = await collect(readStream(Readable.from([Buffer.from(jsonl.slice(0, 20)), Buffer.from(jsonl.slice(20))]), {}));
  assert.deepEqual(fromStream.articles.map((a) => a.text), ['From stdin.', 'Second line.']);
  assert.deepEqual(fromStream.origins.map((o) => [o.file, o.format]), [['-', 'jsonl'], ['-', 'jsonl']]);

  const dated = await collect(readBuffer(readFileSync(KHERSON), {}));
  assert.equal(dated.articles[0].date, '2022-11-11');
  await assert.rejects(collect(readBuffer(Buffer.from('Just text.'), {})), /^InputError: -: no publication date/);
});

test('detectFormat: by extension and by content', () => {
  assert.equal(detectFormat('report.txt', ' date 2022-11-11 Text'), 'dated-text');
  assert.equal(detectFormat('report.txt', 'Text'), 'text');
  assert.equal(detectFormat('a.json', '[{"text": "x"}]'), 'json');
  assert.equal(detectFormat('a.json', '{"text": "x", "date": "2022-11-11"}\n{"text": "y", "date": "2022-11-11"}\n'), 'jsonl');
  assert.equal(detectFormat('result.json', '{\n "name": "Channel",\n "type": "public_channel",\n "id": 1,\n "messages": [\n'), 'telegram');
  assert.equal(detectFormat('-', '{\n "name": "Channel",\n "type": "public_channel",\n "id": 1,\n "messages": ['), 'telegram');
  assert.equal(detectFormat('-', '{"text": "x"}\n{"text": "y"}\n'), 'jsonl');
  assert.equal(detectFormat('-', '<?xml version="1.0"?>\n<rss version="2.0"><channel>'), 'feed');
  assert.equal(detectFormat('-', '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
  assert.equal(detectFormat('-', '<!DOCTYPE html><html><body>'), 'html');
  assert.equal(detectFormat('page.htm', 'anything'), 'html');
  assert.equal(detectFormat('x.csv', 'a,b'), 'csv');
  assert.equal(detectFormat('x.tsv', 'a\tb'), 'tsv');
  assert.equal(detectFormat('x.ndjson', '{}'), 'jsonl');
});

test('dates: ISO, numeric with a style, month names, RFC 2822; invalid dates rejected', () => {
  assert.equal(parseDate('2022-11-11'), '2022-11-11');
  assert.equal(parseDate('2022-11-11 00:00:00.000'), '2022-11-11');
  assert.equal(parseDate('2022-11-11T23:30:00-05:00'), '2022-11-11');
  assert.equal(parseDate('11/02/2022', 'dmy'), '2022-02-11');
  assert.equal(parseDate('11/02/2022 14:30:00', 'mdy'), '2022-11-02');
  assert.equal(parseDate('1/22/2014 12:00:00 AM', 'mdy'), '2014-01-22');
  assert.equal(parseDate('11/02/2022'), undefined, 'numeric dates need a style');
  assert.equal(parseDate('11/02/2022', 'iso'), undefined);
  assert.equal(parseDate('11 November 2022'), '2022-11-11');
  assert.equal(parseDate('11-Nov-2022'), '2022-11-11');
  assert.equal(parseDate('November 11, 2022'), '2022-11-11');
  assert.equal(parseDate('Fri, 11 Nov 2022 14:05:00 +0200'), '2022-11-11');
  assert.equal(parseDate('2022-02-30'), undefined);
  assert.equal(parseDate('31/02/2022', 'dmy'), undefined);
  assert.equal(parseDate('yesterday'), undefined);
  assert.equal(numericDateOrder('25/11/2022'), 'dmy');
  assert.equal(numericDateOrder('11/25/2022 10:00'), 'mdy');
  assert.equal(numericDateOrder('05/02/2014 00:00'), 'either');
  assert.equal(numericDateOrder('2022-11-11'), undefined);
});

test('a large JSONL file is streamed with bounded memory', withTempDir(async (dir) => {
  const path = join(dir, 'large.jsonl');
  const lines = 100_000;
  // Written by a child process, so that building it leaves no garbage in this one's heap.
  const writer = `
    const fs = require('node:fs');
    const body = 'Shelling was reported near Kherson, Mykolaiv and Zaporizhzhia overnight. '.repeat(13);
    const block = [];
    for (let i = 0; i < 1000; i++) block.push(JSON.stringify({ date: '2022-11-11', text: body + i }));
    const chunk = block.join('\\n') + '\\n';
    const fd = fs.openSync(process.argv[1], 'w');
    for (let n = 0; n < ${lines}; n += 1000) fs.writeSync(fd, chunk);
    fs.closeSync(fd);`;
  const result = spawnSync(process.execPath, ['-e', writer, path], { stdio: 'inherit' });
  assert.equal(result.status, 0);
  const size = statSync(path).size;
  assert.ok(size > 90_000_000, `test file is ${size} bytes`);

  // Read in a fresh process whose heap is far smaller than the file: loading it whole would fail.
  const readers = new URL('../src/readers/index.js', import.meta.url).href;
  const reader = `
    const { readFile } = await import(${JSON.stringify(readers)});
    const before = process.memoryUsage().rss;
    let peak = before, count = 0, chars = 0;
    for await (const item of readFile(process.argv[1], {}).items()) {
      if (!item.article) throw item.error;
      count++;
      chars += item.article.text.length;
      if (count % 2000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    console.log(JSON.stringify({ count, chars, growth: peak - before }));`;
  const run = spawnSync(process.execPath, [...process.execArgv, '--max-old-space-size=48', '--input-type=module', '-e', reader, path], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const { count, chars, growth } = JSON.parse(run.stdout) as { count: number; chars: number; growth: number };
  assert.equal(count, lines);
  assert.ok(chars > 90_000_000);
  assert.ok(growth < size * 0.6, `rss grew by ${Math.round(growth / 1e6)} MB reading a ${Math.round(size / 1e6)} MB file`);
}));
