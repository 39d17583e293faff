import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { distanceKm, Gazetteer, loadGazetteer, normalizeName, type Candidate } from '../src/gazetteer/index.js';
import { readAdmin1Points } from '../src/gazetteer/admin1-points.js';
import { gazetteerIndexPath } from '../src/gazetteer/data-files.js';
import { boundedEditDistance } from '../src/gazetteer/fuzzy.js';
import { readAdminNames } from '../src/gazetteer/world-sources.js';
import { readIndexFile } from '../src/gazetteer/index-file.js';
import type { GazetteerIndexHeader } from '../src/gazetteer/index-writer.js';
import { REPO_ROOT } from './paths.js';

const gazetteer = loadGazetteer();

const near = (c: { lat: number; lon: number }, lat: number, lon: number, km: number) =>
  assert.ok(distanceKm(c, { lat, lon }) <= km, `${JSON.stringify(c)} is more than ${km} km from ${lat},${lon}`);
const first = (name: string): Candidate => {
  const c = gazetteer.lookup(name)[0];
  assert.ok(c, `no candidate for ${name}`);
  return c;
};
const inOblast = (name: string, admin1: string) => gazetteer.lookup(name).filter((c) => c.admin1 === admin1);

test('names are normalised: case, diacritics, apostrophes, hyphens and spaces', () => {
  assert.equal(normalizeName("Vysokopol'ye"), 'vysokopolye');
  assert.equal(normalizeName('Vysokopol’ye'), 'vysokopolye');
  assert.equal(normalizeName('  Ivano-Frankivsk '), 'ivano frankivsk');
  assert.equal(normalizeName('Kraków'), 'krakow');
  assert.equal(normalizeName('Київ'), 'київ');
});

test('edit distance is bounded and counts a transposition once', () => {
  assert.equal(boundedEditDistance('ptropavlivka', 'petropavlivka', 2), 1);
  assert.equal(boundedEditDistance('ukriane', 'ukraine', 1), 1);
  assert.equal(boundedEditDistance('ukrainian', 'ukrainka', 1), 2);
});

test('Kyiv and Kiev are the capital', () => {
  const kyiv = first('Kyiv');
  assert.equal(kyiv.featureType, 'populated_place');
  assert.equal(kyiv.featureCode, 'PPLC');
  assert.equal(kyiv.matchKind, 'exact');
  near(kyiv, 50.45, 30.52, 5);
  const kiev = first('Kiev');
  assert.equal(kiev.id, kyiv.id);
  assert.equal(kiev.matchKind, 'variant');
});

test('Kharkov is Kharkiv', () => {
  const c = first('Kharkov');
  assert.equal(c.name, 'Kharkiv');
  assert.equal(c.featureType, 'populated_place');
  assert.equal(c.admin1, 'Kharkiv Oblast');
});

test('Kherson is the city; the Kherson region in all its forms is the oblast', () => {
  const city = first('Kherson');
  assert.equal(city.featureType, 'populated_place');
  assert.equal(city.admin1, 'Kherson Oblast');
  near(city, 46.636, 32.616, 5);
  for (const form of ['Kherson region', 'Khersonska oblast', 'Khersonskaya oblast', 'the Kherson area', 'Kherson province', 'Kherson Oblast']) {
    const region = first(form);
    assert.equal(region.featureType, 'admin1', form);
    assert.equal(region.name, 'Kherson Oblast', form);
    assert.equal(region.admin1Code, 'UA.08');
    assert.equal(region.coordQuality, 'computed');
    assert.ok(distanceKm(region, city) > 20, 'an oblast is not drawn on its capital');
  }
  assert.ok(gazetteer.lookup('Kherson').some((c) => c.featureType === 'admin1' && c.name === 'Kherson Oblast'));
});

test('Novoraisk, Novorayske and Novoraiske are one village in Kherson Oblast', () => {
  const ids = new Set(['Novoraisk', 'Novorayske', 'Novoraiske'].map((n) => first(n).id));
  assert.equal(ids.size, 1);
  const c = first('Novoraisk');
  assert.equal(c.admin1, 'Kherson Oblast');
  near(c, 47.01, 33.482, 3);
});

test('the many Pervomaiskes include the one in Kherson Oblast, in Russian-style spellings too', () => {
  for (const spelling of ['Pervomaiske', 'Pervomayske', 'Pervomayskoye', 'Pervomaiskoe']) {
    const all = gazetteer.lookup(spelling, { limit: 500 });
    assert.ok(all.length > 5, `${spelling}: ${all.length} candidates`);
    assert.ok(all.some((c) => c.admin1 === 'Kherson Oblast'), spelling);
  }
});

test('a neuter adjective\'s Russian form in -oye finds the Ukrainian village: Zolotoye is Zolote, Apostolovoe Apostolove', () => {
  assert.ok(gazetteer.lookup('Zolotoye').some((c) => c.name === 'Zolote' && c.admin1 === 'Luhansk Oblast'));
  assert.ok(gazetteer.lookup('Apostolovoe').some((c) => c.name === 'Apostolove' && c.admin1 === 'Dnipropetrovsk Oblast'));
  assert.ok(!gazetteer.lookup('Shyrokynoe').length, 'a noun in -ине keeps its -ино form only');
});

test('Ptropavlivka is a misspelt Petropavlivka, and only when asked for fuzzy matches', () => {
  assert.deepEqual(gazetteer.lookup('Ptropavlivka'), []);
  const fuzzy = gazetteer.lookup('Ptropavlivka', { fuzzy: true });
  assert.ok(fuzzy.length > 0);
  for (const c of fuzzy) {
    assert.equal(c.name, 'Petropavlivka');
    assert.equal(c.matchKind, 'fuzzy');
    assert.equal(c.editDistance, 1);
    assert.ok(c.matchScore < 1);
  }
  assert.ok(fuzzy.some((c) => c.admin1 === 'Zaporizhzhia Oblast'));
});

test('renamed places: Artemivsk is Bakhmut, Tsiurupynsk is Oleshky', () => {
  const bakhmut = first('Bakhmut');
  assert.equal(bakhmut.admin1, 'Donetsk Oblast');
  assert.ok(gazetteer.lookup('Artemivsk').some((c) => c.id === bakhmut.id));
  assert.equal(first('Artemivsk').id, bakhmut.id, 'the larger, much-reported place comes first');
  const oleshky = inOblast('Oleshky', 'Kherson Oblast').find((c) => c.coordQuality === 'exact');
  assert.ok(oleshky);
  for (const old of ['Tsiurupynsk', 'Tsyurupynsk', 'Cjurupinsk']) assert.equal(first(old).id, oleshky.id, old);
});

test('Vysokopillia in every spelling', () => {
  const kherson = inOblast('Vysokopillia', 'Kherson Oblast');
  assert.equal(kherson.length, 1);
  assert.equal(kherson[0].coordQuality, 'exact', 'postal point replaced by the GeoNames one');
  for (const spelling of ['Vysokopillya', "Vysokopol'ye", 'Vysokopolye', 'Visokopillia']) {
    assert.ok(gazetteer.lookup(spelling).some((c) => c.id === kherson[0].id), spelling);
  }
});

test('curated layer: the Dnieper is a river, Freedom Square a landmark in Kherson', () => {
  const dnieper = first('Dnieper');
  assert.equal(dnieper.featureType, 'river');
  assert.equal(dnieper.name, 'Dnieper River');
  const dnipro = gazetteer.lookup('Dnipro');
  assert.equal(dnipro[0].featureType, 'populated_place', 'the city before the river');
  assert.ok(dnipro.some((c) => c.featureType === 'river'));
  const square = first('Freedom Square');
  assert.equal(square.featureType, 'landmark');
  assert.equal(square.settlement, 'Kherson');
  near(square, 46.64, 32.614, 0.5);
  assert.ok(distanceKm(square, first('Kherson')) < 3);
  assert.equal(first('ZNPP').name, 'Zaporizhzhia Nuclear Power Plant');
  assert.equal(first('Snake Island').admin1, 'Odesa Oblast');
});

test('curated layer: places of the Syrian and Iraqi wars GeoNames lacks or spells otherwise (re3d)', () => {
  near(first('Dabiq'), 36.533, 37.267, 0.05);
  assert.equal(first('Mezzeh').settlement, 'Damascus');
  assert.ok(distanceKm(first('Karrada'), first('Baghdad')) < 10);
  assert.equal(first('North Arabian Sea').name, 'Arabian Sea');
  assert.equal(first('Gulf of Oman').featureType, 'other');
  assert.equal(first('Al Shadaddi').name, 'Ash Shaddādah');
  assert.equal(first('Tabqa').name, 'Ath Thawrah');
  assert.equal(first('Husaybah').name, 'Al Qā’im');
  assert.ok(distanceKm(first('Karabilah'), first('Husaybah')) < 20, 'Karabilah lies beside Husaybah on the Syrian border');
  assert.equal(first('Zumar').admin1Code, 'IQ.15');
  assert.equal(first('Tel Tamer').name, 'Tall Tamr');
  assert.equal(first('Dayr Az Zayr').name, 'Deir ez-Zor');
  assert.equal(first('Ayn Issa').name, '‘Ayn ‘Īsá');
  assert.equal(first('Tigris').featureType, 'river');
  assert.ok(distanceKm(first('Euphrates'), first('Raqqa')) < 10, 'the Euphrates drawn where it passes Raqqa');
});

test('curated coordinates agree with GeoNames: each feature lies near the settlement it names', () => {
  const curated = JSON.parse(readFileSync(join(REPO_ROOT, 'data', 'gazetteer', 'curated.json'), 'utf8')) as {
    features: { id: string; lat: number; lon: number; country: string; admin1?: string; settlement?: string }[];
  };
  let checked = 0;
  for (const f of curated.features) {
    if (!f.settlement) continue;
    const settlement = gazetteer
      .lookup(f.settlement, { country: f.country, featureTypes: ['populated_place'] })
      .find((c) => c.admin1Code === `${f.country}.${f.admin1}` && c.coordQuality !== 'rough');
    if (!settlement) continue;
    checked++;
    assert.ok(distanceKm(f, settlement) < 25, `${f.id} is ${distanceKm(f, settlement).toFixed(1)} km from ${f.settlement}`);
  }
  assert.ok(checked >= 10, `only ${checked} curated features could be checked`);
});

test('false friends do not fuzzy-match, and an exact name is never outranked by a misspelling', () => {
  for (const word of ['Ukrainian', 'Russian', 'Ukrainians']) {
    assert.ok(!gazetteer.lookup(word, { fuzzy: true }).some((c) => c.featureType === 'populated_place'), word);
  }
  const moscow = gazetteer.lookup('Moscow', { fuzzy: true });
  assert.ok(moscow.every((c) => c.matchKind === 'exact' || c.matchKind === 'variant'));
  assert.equal(moscow[0].country, 'RU');
  near(moscow[0], 55.756, 37.617, 5);
  const kyiv = gazetteer.lookup('Kyiv', { fuzzy: true });
  assert.equal(kyiv[0].featureCode, 'PPLC');
  assert.ok(kyiv.every((c) => c.matchKind !== 'fuzzy'));
  assert.deepEqual(gazetteer.lookup('Kyvi', { fuzzy: true }), [], 'short names are never matched loosely');
  assert.deepEqual(gazetteer.lookup('Buchq', { fuzzy: true }), []);
});

test('a transposition in a country name is forgiven', () => {
  const c = gazetteer.lookup('Ukriane', { fuzzy: true })[0];
  assert.equal(c.featureType, 'country');
  assert.equal(c.country, 'UA');
});

test('countries by name and code, with centre and capital', () => {
  assert.equal(gazetteer.countryByName('Russia')?.iso3, 'RUS');
  assert.equal(gazetteer.countryByName('Russian Federation')?.iso2, 'RU');
  assert.equal(gazetteer.countryByName('UKR')?.name, 'Ukraine');
  assert.equal(gazetteer.countryByCode('ua')?.capital?.name, 'Kyiv');
  near(gazetteer.countryCentre('Ukraine')!, 49, 32, 50);
  assert.ok(gazetteer.countryByName('Ukraine')?.demonyms.includes('Ukrainian'));
  assert.equal(gazetteer.countryByName('Kherson'), undefined);
});

test('admin1 lookups and centres', () => {
  const zap = gazetteer.admin1ByName('Zaporizhzhia region');
  assert.equal(zap[0].name, 'Zaporizhzhia Oblast');
  assert.ok(gazetteer.admin1ByName('Zaporozhye').some((c) => c.name === 'Zaporizhzhia Oblast'));
  near(gazetteer.admin1Centre('UA.08')!, 46.7, 33.3, 60);
  near(gazetteer.admin1Centre('Kharkiv region')!, 49.6, 36.4, 80);
  assert.equal(gazetteer.admin1ByName('Belgorod region', 'RU')[0].name, 'Belgorod Oblast');
  assert.equal(gazetteer.byId('admin1:UA.08')?.name, 'Kherson Oblast');
});

test('lookup options filter by country and feature type', () => {
  const odessaUS = gazetteer.lookup('Odessa', { country: 'US' });
  assert.ok(odessaUS.length > 0 && odessaUS.every((c) => c.country === 'US'));
  assert.equal(first('Odessa').country, 'UA');
  assert.ok(gazetteer.lookup('Kherson', { featureTypes: ['admin1'] }).every((c) => c.featureType === 'admin1'));
  const donetsk = gazetteer.lookup('Novoselivka', { admin1Code: 'UA.05' });
  assert.ok(donetsk.length > 1 && donetsk.every((c) => c.admin1Code === 'UA.05'));
});

test("Ukrainian villages carry their raion of both generations: the postal one and the 2020 one its matched villages share", () => {
  // Krasnohorivka: GeoNames says Pokrovsk Raion (2020), the postal gazetteer Marinskyi (before).
  const krasnohorivka = inOblast('Krasnohorivka', 'Donetsk Oblast').find((c) => c.geonameId);
  assert.equal(krasnohorivka?.admin2, 'Pokrovsk Raion');
  assert.equal(krasnohorivka?.formerAdmin2, 'Marinskyi Raion');
  // A postal-only village of the former Marinka raion is in Pokrovsk Raion too.
  const vodiane = inOblast('Vodiane', 'Donetsk Oblast').find((c) => c.formerAdmin2 === 'Marinskyi Raion');
  assert.equal(vodiane?.admin2, 'Pokrovsk Raion');
  assert.equal(vodiane?.geonameId, undefined);
  // A rough postal point is not matched to a namesake whose current raion is not its former raion's: the
  // Illinivka of Kostiantynivka raion (Kramatorsk Raion now) is not the one 75 km south in Kalmiuske Raion.
  const illinivka = inOblast('Illinivka', 'Donetsk Oblast').find((c) => c.formerAdmin2 === 'Kostiantynivskyi Raion');
  assert.ok(illinivka && !illinivka.geonameId && illinivka.coordQuality === 'rough', JSON.stringify(illinivka));
  assert.ok(gazetteer.stats.uaInconsistentMatches > 0);
});

test('postal-only villages carry their coordinate quality; stray fallback points are pulled into their oblast', () => {
  const novoraisk = first('Novoraisk');
  assert.equal(novoraisk.coordQuality, 'rough');
  assert.equal(novoraisk.geonameId, undefined);
  // The postal gazetteer gives this village the point of Zaporizhzhia city, 200 km away.
  const cherkasy = inOblast('Petropavlivka', 'Cherkasy Oblast');
  assert.equal(cherkasy.length, 1);
  assert.ok(distanceKm(cherkasy[0], gazetteer.admin1Centre('UA.01')!) < 120);
  assert.ok(gazetteer.stats.uaMatchedToGeoNames > 1000);
});

test('distanceKm is the great-circle distance', () => {
  assert.ok(Math.abs(distanceKm({ lat: 50.45, lon: 30.52 }, { lat: 49.98, lon: 36.25 }) - 411) < 5);
  assert.equal(distanceKm({ lat: 10, lon: 10 }, { lat: 10, lon: 10 }), 0);
});

test('the index loads fast and within its memory budget', (t) => {
  const path = gazetteerIndexPath();
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const fresh = new Gazetteer(readIndexFile<GazetteerIndexHeader>(path));
  const ms = performance.now() - started;
  const after = process.memoryUsage();
  const rssMb = (after.rss - before.rss) / 2 ** 20;
  const heapMb = (after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers) / 2 ** 20;
  t.diagnostic(`gazetteer load: ${ms.toFixed(0)} ms, rss +${rssMb.toFixed(0)} MB, heap+buffers +${heapMb.toFixed(0)} MB, ${fresh.size} places, ${fresh.stats.keys} names`);
  assert.ok(fresh.size > 200_000);
  assert.ok(ms < 2000, `load took ${ms.toFixed(0)} ms`);
  assert.ok(heapMb < 300, `load grew memory by ${heapMb.toFixed(0)} MB`);
  assert.equal(loadGazetteer(), gazetteer, 'one gazetteer per process');
});

test('lookups are fast, fuzzy ones too', (t) => {
  const names = ['Ptropavlivka', 'Vysokopilya', 'Novorajsk', 'Zaporizhzhja', 'Mykolayv', 'Khersn region', 'Chasiv Yr', 'Kramatorks'];
  let started = performance.now();
  for (let i = 0; i < 20; i++) for (const n of names) gazetteer.lookup(n, { fuzzy: true });
  const fuzzyMs = (performance.now() - started) / (20 * names.length);
  started = performance.now();
  for (let i = 0; i < 2000; i++) gazetteer.lookup(i % 2 ? 'Kherson' : 'Pervomaiske');
  const exactMs = (performance.now() - started) / 2000;
  t.diagnostic(`lookup: exact ${exactMs.toFixed(3)} ms, fuzzy ${fuzzyMs.toFixed(2)} ms`);
  assert.ok(fuzzyMs < 50);
  assert.ok(exactMs < 2);
});

test("a country's foreign spellings that are English words are not its names", () => {
  const gazetteer = loadGazetteer();
  assert.ok(!gazetteer.lookup('Island').some((c) => c.featureType === 'country'), 'Island is not Iceland');
  assert.ok(!gazetteer.lookup('Mann').some((c) => c.featureType === 'country'));
  assert.equal(gazetteer.lookup('Holland')[0]?.name, 'Netherlands');
});

test("a small place's name cut to its first word is no name of it", async () => {
  const { exactCandidates } = await import('../src/extract/places/lookup.js');
  assert.ok(!exactCandidates('Grove').some((c) => c.name === 'Grove City'), 'Grove is not Grove City, Ohio');
  assert.ok(exactCandidates('St. Cloud').some((c) => c.name === 'Saint Cloud'));
});

test('GeoNames\' division points are checked against the admin1 list by name, so a wrong code fails the build', () => {
  const points = readAdmin1Points(join(REPO_ROOT, 'data', 'gazetteer'), readAdminNames(1));
  assert.equal(points.get('US.VA')?.name, 'Virginia');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-admin1-'));
  writeFileSync(join(dir, 'admin1-points.json'), JSON.stringify({ points: { 'CA.08': { name: 'Quebec', lat: 52, lon: -72 } } }));
  assert.throws(() => readAdmin1Points(dir, new Map([['CA.08', 'Ontario']])), /admin1-points\.json: CA\.08 is Ontario in the GeoNames admin1 list, not Quebec/);
});

