import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../src/article.js';
import { extractInBatches } from '../src/extract/batches.js';
import type { Entity, Extraction } from '../src/extract/contract.js';
import { extract } from '../src/extract/index.js';
import { extractWithHomes, learnHome, townsInSourceName } from '../src/extract/places/home.js';
import type { ReadItem } from '../src/readers/types.js';
import { InputError } from '../src/errors.js';

const COLUMBUS_PAPER = 'columbuslocalnews.com';

/** Reports of a suburban Ohio weekly: its own town, "Dublin", named bare, and Columbus now and then. */
const dublinReports: Article[] = [
  'Dublin City Council heard a first reading on Monday of legislation to rename two streets near the library. Council members said residents of Dublin had asked for the change.',
  'Students from several Dublin elementary schools take martial arts classes after school. The instructor, who grew up in Columbus, said the program has doubled since last year.',
  'The Dublin Arts Council awarded community arts grants to nine groups on Thursday, including a theater company from Worthington and a choir from Hilliard.',
].map((text, i) => ({ id: `dublin-${i}`, date: '2009-03-20', text, source: COLUMBUS_PAPER }));

function place(extraction: Extraction, name: string): Entity | undefined {
  return extraction.entities.find((e) => e.kind === 'place' && e.mentions.some((m) => m.text === name));
}

test('a source is named after a town: host names and feed titles', () => {
  const columbus = townsInSourceName(COLUMBUS_PAPER);
  assert.ok(columbus.some((c) => c.admin1 === 'Ohio'));
  assert.ok(columbus.every((c) => c.name === 'Columbus'));
  assert.ok(townsInSourceName('The Paris Beacon').some((c) => c.name === 'Paris' && c.admin1 === 'Illinois'));
  assert.ok(townsInSourceName('www.palestineherald.com').every((c) => c.featureType === 'populated_place'));
  assert.deepEqual(townsInSourceName('apnews.com'), []);
});

test('a bare town name in a local paper is read at the home its reports show', () => {
  const alone = extract(dublinReports[0]);
  assert.equal(place(alone, 'Dublin')?.geo?.country, 'IE', 'read alone, Dublin is the Irish capital');
  const home = learnHome(dublinReports.map((a) => extract(a)), COLUMBUS_PAPER);
  assert.equal(home?.country, 'US');
  assert.equal(home?.admin1Code, 'US.OH');
  const [first] = extractWithHomes(dublinReports, extract);
  assert.equal(place(first, 'Dublin')?.geo?.admin1, 'Ohio');
});

test('a home is learned only where the reports agree on a division', () => {
  const wire: Article[] = [
    'Troops shelled villages near Kharkiv overnight, the governor said.',
    'Protesters gathered in Santiago, Chile, for a third day on Sunday.',
    'Floods closed roads around Dhaka, Bangladesh, after days of rain.',
  ].map((text, i) => ({ id: `wire-${i}`, date: '2022-05-01', text, source: 'apnews.com' }));
  assert.equal(learnHome(wire.map((a) => extract(a)), 'apnews.com'), undefined);
  assert.equal(learnHome([extract(dublinReports[1])], COLUMBUS_PAPER), undefined, 'one report teaches no home');
});

test('a report votes for the division it names outright as well as for its towns\' divisions', () => {
  const paper = 'thecountyherald.ca';
  const reports: Article[] = [
    'Crews cleared a crash on Highway 401 near Chatham, Ontario, on Tuesday morning.',
    'The Ontario government sent firefighters to Winnipeg, Manitoba, on Sunday.',
    'Hydro crews restored power to Sarnia, Ontario, after the storm.',
    'Floods closed roads around Dhaka, Bangladesh, after days of rain.',
    'The Royal Ballet opened its season in London, England, on Friday.',
  ].map((text, i) => ({ id: `herald-${i}`, date: '2009-03-20', text, source: paper }));
  const home = learnHome(reports.map((a) => extract(a)), paper);
  assert.equal(home?.admin1Code, 'CA.08', 'Ontario: its towns are in two of five reports, and a third names it outright');
});

test('the home never pulls a foreign story home', () => {
  const home = { country: 'US', admin1Code: 'US.OH', lat: 39.96, lon: -83.0 };
  const report = extract({ id: 'abroad', date: '2022-11-11', text: 'Ukrainian troops entered Kherson on Friday after Russian forces withdrew across the Dnieper.', home });
  const kherson = place(report, 'Kherson');
  assert.equal(kherson?.geo?.country, 'UA');
});

test('batches keep the order of reports and bad records, and learn homes within a batch', async () => {
  async function* items(): AsyncIterable<ReadItem> {
    yield { article: dublinReports[0], origin: { file: 'a.jsonl', line: 1, format: 'jsonl' } };
    yield { error: new InputError('a.jsonl', 'no date', 2) };
    yield { article: dublinReports[1], origin: { file: 'a.jsonl', line: 3, format: 'jsonl' } };
    yield { article: dublinReports[2], origin: { file: 'a.jsonl', line: 4, format: 'jsonl' } };
  }
  const read = async (batchSize: number) => {
    const out = [];
    for await (const item of extractInBatches(items(), extract, batchSize)) out.push(item);
    return out;
  };
  const together = await read(4);
  assert.deepEqual(together.map((item) => (item.error ? `error ${item.error.line}` : item.article.id)), ['dublin-0', 'error 2', 'dublin-1', 'dublin-2']);
  for (const item of together) if (!item.error) assert.equal(place(item.extraction, 'Dublin')?.geo?.admin1, 'Ohio', item.article.id);
  const apart = await read(1);
  assert.equal(apart.length, 4);
  const first = apart[0];
  assert.ok(!first.error && place(first.extraction, 'Dublin')?.geo?.country === 'IE', 'a report alone in its batch shows no home');
});

test('a town named like a country or a state is the town in a paper of its own state', () => {
  const text = 'Kishwaukee College hosts its annual book sale. MALTA – About 5,000 books are stacked on tables in the library at Route 38 and Malta Road in Malta.';
  const illinois = { country: 'US', admin1Code: 'US.IL', lat: 41.93, lon: -88.75 };
  assert.equal(place(extract({ id: 'alone', date: '2009-03-20', text }), 'Malta')?.geo?.country, 'MT', 'read alone, Malta is the country');
  assert.equal(place(extract({ id: 'at-home', date: '2009-03-20', text, home: illinois }), 'Malta')?.geo?.admin1, 'Illinois');
});
