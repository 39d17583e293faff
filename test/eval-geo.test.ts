import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Article } from '../src/article.js';
import { evaluateGeo } from '../src/eval/geo.js';
import { detectGeoFormat, readGeoCorpus } from '../src/eval/geo-corpora.js';
import { divisionRank, evaluateUcdp, firstResolvedPlace, readUcdpSettlements, ucdpLocationText, type UcdpRow } from '../src/eval/geo-ucdp.js';
import { Doc } from '../src/extract/document.js';
import { extract } from '../src/extract/index.js';
import { placesStage } from '../src/extract/places/index.js';
import { sentenceStage } from '../src/extract/sentences.js';
import { tokenStage } from '../src/extract/tokens.js';
import { FIXTURES, SHARED_DATA } from './paths.js';

/** The whole pipeline, as `sitrep eval geo` runs it: its last stage adds demonym and metonym readings. */
function wholePipeline(article: Article) {
  return extract(article).entities;
}

/** The place stage on its own (tokens, sentences, places), for short location descriptions. */
function places(article: Article) {
  const doc = new Doc(article);
  for (const stage of [tokenStage, sentenceStage, placesStage]) stage.run(doc);
  return doc.entities;
}

const GWN = join(SHARED_DATA, 'geoparsing', 'GWN.xml');
const LGL = join(SHARED_DATA, 'geoparsing', 'lgl.xml');
const UCDP = join(SHARED_DATA, 'events', 'ucdp-ged-ukraine.csv');

test('GeoVirus-style fixture: read, detected, and both places found within 161 km', () => {
  const corpus = readGeoCorpus(join(FIXTURES, 'geo', 'geovirus-sample.xml'));
  assert.equal(corpus.length, 1);
  assert.deepEqual(corpus[0].toponyms.map((t) => corpus[0].article.text.slice(t.start, t.end)), ['Kharkiv', 'Lviv']);
  const result = evaluateGeo(corpus, places);
  assert.equal(result.all.gold, 2);
  assert.equal(result.all.hits, 2);
  assert.equal(result.all.precision, 1);
  assert.equal(result.literal, undefined);
});

test('schemas are told apart', () => {
  assert.equal(detectGeoFormat('<articles><article><toponyms><toponym><extractedName>X</extractedName>'), 'gwn');
  assert.equal(detectGeoFormat('<articles><article><toponyms><toponym><gaztag geonameid="1">'), 'lgl');
  assert.equal(detectGeoFormat('<articles><article><locations><location>'), 'geovirus');
});

test('gold spans of GeoWebNews and LGL slice their text', () => {
  for (const path of [GWN, LGL]) {
    for (const { article, toponyms } of readGeoCorpus(path, undefined, 20)) {
      const named = toponyms.filter((t) => t.name);
      const exact = named.filter((t) => article.text.slice(t.start, t.end) === t.name).length;
      assert.ok(exact / named.length > 0.8, `${path}: ${exact}/${named.length} spans match their names`);
    }
  }
});

// Floors just below what the stage measured on these slices; they fail if quality regresses.
test('GeoWebNews, first 40 articles: Acc@161 and precision floors', () => {
  const r = evaluateGeo(readGeoCorpus(GWN, 'gwn', 40), wholePipeline);
  assert.ok(r.all.accuracy161 >= GWN_FLOOR.accuracy, `Acc@161 ${r.all.accuracy161}`);
  assert.ok(r.all.precision >= GWN_FLOOR.precision, `precision ${r.all.precision}`);
  assert.ok(r.literal && r.literal.gold > 0);
});

test('LGL, first 40 articles: Acc@161 and precision floors', () => {
  const r = evaluateGeo(readGeoCorpus(LGL, 'lgl', 40), wholePipeline);
  assert.ok(r.all.accuracy161 >= LGL_FLOOR.accuracy, `Acc@161 ${r.all.accuracy161}`);
  assert.ok(r.all.precision >= LGL_FLOOR.precision, `precision ${r.all.precision}`);
});

test('UCDP settlements at precision 1, first 300 rows: share within 10 km', () => {
  const rows = readUcdpSettlements(UCDP, 300);
  assert.equal(rows.length, 300);
  const row = rows.find((r) => r.adm1 && r.adm2);
  assert.ok(row);
  assert.equal(ucdpLocationText(row, true), `${row.whereDescription} (${row.adm2}, ${row.adm1}, ${row.country})`);
  assert.equal(ucdpLocationText(row, false), row.whereDescription);
  const r = evaluateUcdp(rows, places);
  assert.ok(r.share >= UCDP_FLOOR.share, `share ${r.share}`);
  assert.ok(r.precision >= UCDP_FLOOR.precision, `precision ${r.precision}`);
});

test("UCDP: of a list's settlements the one in the row's own raion (either generation) is scored, by admin data alone", () => {
  const placeFor = (whereDescription: string, adm2: string) => {
    const row: UcdpRow = { id: 't', date: '2022-06-01', whereDescription, adm1: 'Donetsk oblast', adm2, country: 'Ukraine', lat: 0, lon: 0 };
    const entities = places({ id: 't', date: row.date, text: ucdpLocationText(row, true) });
    return firstResolvedPlace(entities, whereDescription.length, divisionRank(row))?.name;
  };
  const list = 'Donetsk region: 2 in Avdiivka and 1 in Bakhmut';
  assert.equal(placeFor(list, 'Bakhmut Raion'), 'Bakhmut');
  assert.equal(placeFor(list, 'Pokrovsk raion'), 'Avdiivka');
  assert.equal(placeFor(list, 'Artemivsk raion'), 'Bakhmut', 'Artemivsk raion, the former name of Bakhmut raion');
  assert.equal(placeFor(list, 'Kramatorsk raion'), 'Avdiivka', 'neither is in it: the first settlement');
  assert.equal(placeFor('Sviatohirsk and Bakhmut', 'Sloviansk raion'), 'Sviatohirsk', 'Sviatohirsk was in Sloviansk raion before 2020');
});

// Measured: GWN 0.720 / 0.872, LGL 0.692 / 0.796 (whole pipeline, demonyms and metonyms included), UCDP 0.730 / 0.839.
const GWN_FLOOR = { accuracy: 0.7, precision: 0.85 };
const LGL_FLOOR = { accuracy: 0.67, precision: 0.77 };
const UCDP_FLOOR = { share: 0.71, precision: 0.82 };
