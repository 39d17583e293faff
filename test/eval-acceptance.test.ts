import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../src/errors.js';
import { evaluateAcceptance, formatAcceptanceReport, runAcceptance, type AcceptanceItem } from '../src/eval/acceptance.js';
import { loadAcceptance, locateAcceptanceArticle, type AcceptanceFile } from '../src/eval/acceptance-file.js';
import { readExtractionFile } from '../src/eval/extraction-file.js';
import { haversineKm as distanceKm } from '../src/geo/distance.js';
import { extract } from '../src/extract/index.js';
import { readFile } from '../src/readers/index.js';
import { REPO_ROOT } from './paths.js';
import { KHERSON_ACCEPTANCE_PATH, KHERSON_PATH, khersonReference, readKherson, spanOf } from './kherson-article.js';

const clone = <T>(value: T): T => structuredClone(value);

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-acceptance-'));
}

function item(items: AcceptanceItem[], section: string, label: string): AcceptanceItem {
  const found = items.find((i) => i.section === section && i.label === label);
  assert.ok(found, `no item ${section}: ${label}`);
  return found;
}

test('the Kherson acceptance file loads and its article is found beside it', () => {
  const acceptance = loadAcceptance(KHERSON_ACCEPTANCE_PATH);
  assert.equal(acceptance.persons?.length, 4);
  assert.equal(acceptance.events?.[1].start, '2022-11-01');
  assert.equal(locateAcceptanceArticle(KHERSON_ACCEPTANCE_PATH), KHERSON_PATH);
  assert.equal(locateAcceptanceArticle(KHERSON_ACCEPTANCE_PATH, KHERSON_PATH), KHERSON_PATH);
});

test('the Kherson report passes every acceptance item', async () => {
  const result = runAcceptance(loadAcceptance(KHERSON_ACCEPTANCE_PATH), await readKherson());
  assert.deepEqual(result.items.filter((i) => !i.pass), []);
  assert.equal(result.passed, 30);
});

/** Held-out acceptance reports, each written with its file before either was run (README, `eval acceptance`). */
/** The labels of the items a report still fails: known gaps, listed so that a fix shows here too. */
const HELD_OUT_REPORTS: [name: string, items: number, stillFailing: string[]][] = [
  ['kramatorsk-2022-04-08', 27, []],
  ['kakhovka-2023-06-06', 30, []],
  ['khan-sheikhoun-2017-04-05', 27, []],
  ['mosul-2016-10-17', 25, []],
  // The RSF's country is in no text of the report.
  ['khartoum-2023-04-16', 22, ['organizations: Rapid Support Forces']],
  ['concession-2016-11-09', 26, []],
  ['missile-attack-2023-12-29', 23, []],
  ['crimean-bridge-2022-10-08', 23, []],
  ['kabul-airport-2021-08-27', 18, []],
  ['avdiivka-2024-02-17', 29, []],
  ['yemen-strikes-2024-01-12', 27, []],
];

for (const [name, items, stillFailing] of HELD_OUT_REPORTS) {
  test(`the held-out ${name} report is found in examples/ and passes ${items - stillFailing.length} of its ${items} items`, async () => {
    const acceptancePath = join(REPO_ROOT, 'test/fixtures/acceptance', `${name}.json`);
    const articlePath = locateAcceptanceArticle(acceptancePath);
    assert.equal(articlePath, join(REPO_ROOT, 'examples', `${name}.txt`));
    let article;
    for await (const read of readFile(articlePath, {}).items()) article ??= read.article;
    assert.ok(article);
    const result = runAcceptance(loadAcceptance(acceptancePath), article);
    assert.deepEqual(result.items.filter((i) => !i.pass).map((i) => `${i.section}: ${i.label}`), stillFailing);
    assert.equal(result.passed + stillFailing.length, items);
  });
}

test('an empty extraction passes only the article date and says why every other item fails', async () => {
  const article = await readKherson();
  const acceptance = loadAcceptance(KHERSON_ACCEPTANCE_PATH);
  const empty = { schema: 'sitrep/extraction@1' as const, article: { id: article.id, date: article.date }, entities: [], times: [], quotes: [], events: [] };
  const result = evaluateAcceptance(acceptance, empty, article.text);
  assert.equal(result.total, 30);
  assert.equal(result.passed, 1);
  assert.deepEqual(item(result.items, 'article', 'date'), { section: 'article', label: 'date', pass: true, reason: '2022-11-11' });
  assert.equal(item(result.items, 'persons', 'Dmytro Kuleba').reason, "no person mentioned as 'Dmytro Kuleba' (no entities extracted)");
  assert.equal(item(result.items, 'quotes', 'important victory').reason, 'no quotes extracted');
  assert.equal(item(result.items, 'events', 'Ukrainian forces recaptured twelve towns in the last 24 hours').reason, 'no events extracted');
  assert.equal(item(result.items, 'times', 'Wednesday').reason, 'no times extracted');

  const report = formatAcceptanceReport(result).trimEnd().split('\n');
  assert.equal(report.length, 31);
  assert.equal(report[0], 'PASS article: date — 2022-11-11');
  assert.equal(report[1], "FAIL persons: Valeri Zaluzhni — no person mentioned as 'Valeri Zaluzhni' (no entities extracted)");
  for (const line of report.slice(0, -1)) assert.match(line, /^(PASS|FAIL) (article|persons|organizations|places|quotes|events|times): .+ — .+$/);
  assert.equal(report.at(-1), 'acceptance: 1 passed, 29 failed');
});

test('a wrong article date fails', async () => {
  const article = await readKherson();
  const result = evaluateAcceptance({ article: { date: '2022-11-11' } }, extract({ ...article, date: '2022-11-12' }));
  assert.deepEqual(result.items, [{ section: 'article', label: 'date', pass: false, reason: 'article date is 2022-11-12 (want 2022-11-11)' }]);
});

test('a hand-built extraction passes the items it satisfies', async () => {
  const article = await readKherson();
  const acceptance = loadAcceptance(KHERSON_ACCEPTANCE_PATH);
  const { items } = evaluateAcceptance(acceptance, khersonReference(article), article.text);
  const passing = items.filter((i) => i.pass).map((i) => `${i.section}: ${i.label}`);
  assert.deepEqual(passing, [
    'article: date',
    'persons: Valeri Zaluzhni',
    'persons: Dmytro Kuleba',
    'organizations: Ukrainian Armed Forces',
    'organizations: Russian Defense Ministry',
    'places: Kherson',
    'places: Dnieper River',
    'quotes: Our partisans have hung the Ukrainian flag',
    'quotes: the transfer of Russian troops to the left bank',
    'quotes: important victory',
    'events: Ukrainian forces recaptured twelve towns in the last 24 hours',
    'events: Russian troops completed the transfer to the left bank of the Dnieper at 05:00 Moscow time',
    'events: The Ukrainian flag raised on the main square of Kherson',
    'times: Wednesday',
    'times: November 1',
    'times: end of September',
    'times: five in the morning',
  ]);
  assert.match(item(items, 'places', 'Kherson').reason, /^e5 Kherson \(populated_place\) 0\.\d km from the expected point$/);
  // the reference holds no Peskov, so the closest candidates explain the rest
  assert.equal(item(items, 'persons', 'Dmitri Peskov').reason, "no person mentioned as 'Dmitri Peskov'");
  assert.equal(item(items, 'places', 'Moscow').reason, "no place mentioned as 'Moscow'");
  assert.equal(
    item(items, 'events', '41 settlements recaptured since 1 November').reason,
    'closest is v1 GOV_REGAINS_TERIT, but no quantity 41 (quantities: 12 settlements); starts 2022-11-10 (want 2022-11-01); source is Armed Forces of Ukraine (want Zaluzhn)',
  );
  assert.equal(
    item(items, 'events', 'Russia announced on Wednesday it was leaving the northern part of Kherson region').reason,
    'closest is v2 NON_VIOL_TERRIT_TRANSFER, but time 2022-11-11..2022-11-11 is not within 2022-11-09..2022-11-09',
  );
});

test('slightly wrong extractions fail with the reason', async () => {
  const article = await readKherson();
  const acceptance = loadAcceptance(KHERSON_ACCEPTANCE_PATH);
  const wrong = clone(khersonReference(article));
  wrong.entities[4].geo!.lat += 0.72; // about 80 km north of Kherson
  wrong.quotes[0].channel = 'statement';
  delete wrong.entities[1].role;
  wrong.entities[2].country = 'RUS';
  wrong.entities[5].geo!.featureType = 'admin1';
  wrong.times[0] = { ...wrong.times[0], start: '2022-11-16', end: '2022-11-16' };
  wrong.times[2] = { ...wrong.times[2], start: '2022-11-11T05:00:00Z', end: '2022-11-11T05:00:00Z' };
  wrong.events[0].time.end = '2022-11-12T06:00:00+02:00';
  wrong.quotes[1].speaker = null;
  const { items } = evaluateAcceptance(acceptance, wrong, article.text);

  assert.equal(item(items, 'places', 'Kherson').pass, false);
  assert.equal(item(items, 'places', 'Kherson').reason, 'Kherson resolved 80 km from the expected point (max 10 km)');
  assert.equal(item(items, 'quotes', 'Our partisans have hung the Ukrainian flag').reason, "quote q1 found but channel is 'statement' (want telegram)");
  assert.equal(item(items, 'quotes', 'important victory').reason, 'quote q2 found but speaker is unknown (want Kuleba)');
  assert.equal(item(items, 'persons', 'Dmytro Kuleba').reason, 'Dmytro Kuleba found but role is missing (want Foreign Minister | Minister of Foreign Affairs)');
  assert.equal(item(items, 'organizations', 'Ukrainian Armed Forces').reason, "Armed Forces of Ukraine found but country is 'RUS' (want UKR)");
  assert.equal(item(items, 'places', 'Dnieper River').reason, 'Dnieper featureType is admin1 (want river)');
  assert.equal(item(items, 'times', 'Wednesday').reason, "t1 'Wednesday' resolved to 2022-11-16 (want 2022-11-09)");
  assert.equal(item(items, 'times', 'five in the morning').reason, "t3 'five in the morning' resolved to 2022-11-11T05:00:00Z (want 2022-11-11T02:00:00Z)");
  assert.equal(
    item(items, 'events', 'Ukrainian forces recaptured twelve towns in the last 24 hours').reason,
    'closest is v1 GOV_REGAINS_TERIT, but no actor from UKR (actors: Armed Forces of Ukraine/RUS); time 2022-11-10..2022-11-12 is not within 2022-11-10..2022-11-11',
  );
  for (const i of items) if (i.pass) assert.ok(!['Kherson', 'Dnieper River', 'Dmytro Kuleba', 'Wednesday'].includes(i.label), i.label);
});

test('events: type, place_near and source through the quote speaker', async () => {
  const article = await readKherson();
  const reference = khersonReference(article);
  const acceptance: AcceptanceFile = {
    events: [
      { what: 'flag raised', type_any: ['GOV_REGAINS_TERIT', 'OTHER'], place_near: { lat: 46.636, lon: 32.616, max_km: 10 } },
      { what: 'transfer', type: 'NON_VIOL_TERRIT_TRANSFER', source_any: ['Defense Ministry', 'Ministry of Defence'] },
      { what: 'clash', type: 'ARMED_CLASH' },
    ],
  };
  const { items } = evaluateAcceptance(acceptance, reference);
  assert.deepEqual(
    items.map((i) => [i.pass, i.reason]),
    [
      [true, 'v1 GOV_REGAINS_TERIT 2022-11-10T00:00:00+02:00..2022-11-12T00:00:00+02:00'],
      [true, 'v2 NON_VIOL_TERRIT_TRANSFER 2022-11-11T05:00:00+03:00..2022-11-11T05:00:00+03:00'],
      [false, 'no event of type ARMED_CLASH (extracted: GOV_REGAINS_TERIT, NON_VIOL_TERRIT_TRANSFER)'],
    ],
  );
  const moved = clone(reference);
  moved.events[0].place = 'e6';
  moved.events[1].source = { entity: 'e3' };
  const again = evaluateAcceptance(acceptance, moved).items;
  assert.equal(again[0].reason, 'closest is v1 GOV_REGAINS_TERIT, but place Dnieper is 28 km from the expected point (max 10 km)');
  assert.equal(again[1].reason, 'closest is v2 NON_VIOL_TERRIT_TRANSFER, but source is Armed Forces of Ukraine (want Defense Ministry | Ministry of Defence)');
});

test('items naming text the article does not hold, or found under another kind, say so', async () => {
  const article = await readKherson();
  const reference = khersonReference(article);
  const acceptance: AcceptanceFile = {
    persons: [{ mention: 'Ukrainian Armed Forces' }, { mention: 'Oleksii Reznikov' }],
    quotes: [{ text_contains: 'we will return' }, { text_contains: 'There can be no change' }],
  };
  const { items } = evaluateAcceptance(acceptance, reference, article.text);
  assert.deepEqual(
    items.map((i) => i.reason),
    [
      "'Ukrainian Armed Forces' found as organization Armed Forces of Ukraine, not as a person",
      "'Oleksii Reznikov' does not occur in the article text",
      "'we will return' does not occur in the article text",
      "no quote contains 'There can be no change' (3 quotes extracted)",
    ],
  );
});

test('a file that is not an acceptance file is an InputError naming the file and the problem', () => {
  const dir = scratch();
  try {
    const misspelt = join(dir, 'misspelt.json');
    writeFileSync(misspelt, JSON.stringify({ persons: [{ mention: 'Kuleba', role_anyy: ['Minister'] }] }));
    assert.throws(() => loadAcceptance(misspelt), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.message, `${misspelt}: not an acceptance file: /persons/0 has an unknown property 'role_anyy'`);
      return true;
    });
    const noMention = join(dir, 'no-mention.json');
    writeFileSync(noMention, JSON.stringify({ places: [{ lat: 46.6, lon: 32.6, max_km: 5 }] }));
    assert.throws(() => loadAcceptance(noMention), { message: `${noMention}: not an acceptance file: /places/0 is missing the required property 'mention'` });
    const noRadius = join(dir, 'no-radius.json');
    writeFileSync(noRadius, JSON.stringify({ places: [{ mention: 'Kherson', lat: 46.6, lon: 32.6 }] }));
    assert.throws(() => loadAcceptance(noRadius), /no-radius\.json: not an acceptance file: \/places\/0 is missing the property 'max_km', needed with 'lat' \(and 1 more\)$/);
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "persons": [');
    assert.throws(() => loadAcceptance(notJson), (error: unknown) => error instanceof InputError && error.message.startsWith(`${notJson}: not JSON:`));
    assert.throws(() => loadAcceptance(join(dir, 'absent.json')), { message: `${join(dir, 'absent.json')}: cannot read: ENOENT` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the article is found in ../examples beside the acceptance folder, or the error says where it looked', () => {
  const dir = scratch();
  try {
    mkdirSync(join(dir, 'acceptance'));
    mkdirSync(join(dir, 'examples'));
    const acceptancePath = join(dir, 'acceptance', 'odesa-2023-07-20.json');
    writeFileSync(acceptancePath, '{}');
    writeFileSync(join(dir, 'examples', 'odesa-2023-07-20.txt'), ' date 2023-07-20 Odesa was shelled.');
    assert.equal(locateAcceptanceArticle(acceptancePath), join(dir, 'examples', 'odesa-2023-07-20.txt'));
    const lonely = join(dir, 'acceptance', 'lviv-2023-07-06.json');
    assert.throws(() => locateAcceptanceArticle(lonely), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, /lviv-2023-07-06\.json: cannot find the article it describes \(looked for .*examples\/lviv-2023-07-06\.txt and .*\); give it with --article PATH$/);
      return true;
    });
    assert.throws(() => locateAcceptanceArticle(acceptancePath, join(dir, 'nope.txt')), { message: `${join(dir, 'nope.txt')}: no such file` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a saved extraction is read back and checked against the contract and the article', async () => {
  const article = await readKherson();
  const dir = scratch();
  try {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(khersonReference(article), null, 2));
    assert.deepEqual(readExtractionFile(good, article.text), khersonReference(article));
    const bad = clone(khersonReference(article));
    bad.times[1].span = spanOf(article.text, 'November 1');
    bad.times[1].span.text = 'November 2';
    const badPath = join(dir, 'bad.json');
    writeFileSync(badPath, JSON.stringify(bad));
    assert.throws(() => readExtractionFile(badPath, article.text), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, /bad\.json: not a valid sitrep\/extraction@1 record: \/times\/1\/span text "November 2" differs from the article text/);
      return true;
    });
    const notRecord = join(dir, 'list.json');
    writeFileSync(notRecord, '[]');
    assert.throws(() => readExtractionFile(notRecord), /list\.json: not a valid sitrep\/extraction@1 record: \(top level\) must be object/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('haversine distances', () => {
  assert.equal(distanceKm(46.636, 32.616, 46.636, 32.616), 0);
  const kyivToKherson = distanceKm(50.4501, 30.5234, 46.6354, 32.6169);
  assert.ok(Math.abs(kyivToKherson - 455) < 5, String(kyivToKherson));
});
