import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite.js';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../src/export/index.js';
import { ACLED_COLUMNS, acledTimePrecision } from '../src/export/acled.js';
import { CSV_COLUMNS } from '../src/export/csv.js';
import { csvRecord } from '../src/export/csv-record.js';
import { queryEvents } from '../src/query/events.js';
import type { EventFilter } from '../src/query/types.js';
import { ALL_FIXTURES, kyivFixture, origin, scratchDir } from './store-fixtures.js';

async function withStore(run: (store: SqliteStore, dir: string) => Promise<void>): Promise<void> {
  const scratch = scratchDir();
  const store = openSqliteStore(join(scratch.dir, 'sitrep.db'));
  try {
    for (const f of ALL_FIXTURES()) store.putArticle(f.article, f.extraction, origin());
    await run(store, scratch.dir);
  } finally {
    store.close();
    scratch.cleanup();
  }
}

/** Exports to a real file and reads it back. */
async function exportToFile(store: SqliteStore, dir: string, format: ExportFormat, filter: EventFilter = {}) {
  const path = join(dir, `events.${format}`);
  const out = createWriteStream(path);
  const result = await exportEvents(store, format, filter, out);
  out.end();
  await once(out, 'close');
  return { ...result, text: readFileSync(path, 'utf8') };
}

/** The RFC 7946 rules a FeatureCollection of Points must keep; returns the problems found. */
function geoJsonProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isObject(doc) || doc.type !== 'FeatureCollection') return ['not a FeatureCollection object'];
  if ('crs' in doc) problems.push('RFC 7946 has no crs member');
  if (!Array.isArray(doc.features)) return [...problems, 'features is not an array'];
  doc.features.forEach((f: unknown, i: number) => {
    const at = `features[${i}]`;
    if (!isObject(f) || f.type !== 'Feature') return problems.push(`${at} is not a Feature`);
    if ('id' in f && typeof f.id !== 'string' && typeof f.id !== 'number') problems.push(`${at}.id is neither string nor number`);
    if (!(f.properties === null || isObject(f.properties))) problems.push(`${at}.properties is not an object or null`);
    const g = f.geometry;
    if (!isObject(g) || g.type !== 'Point') return problems.push(`${at}.geometry is not a Point`);
    const c = g.coordinates;
    if (!Array.isArray(c) || c.length < 2 || c.length > 3 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      return problems.push(`${at} coordinates are not a position`);
    }
    const [lon, lat] = c as number[];
    if (lon < -180 || lon > 180) problems.push(`${at} longitude ${lon} out of range`);
    if (lat < -90 || lat > 90) problems.push(`${at} latitude ${lat} out of range`);
    return undefined;
  });
  return problems;
}

test('the validator itself catches what breaks RFC 7946', () => {
  assert.deepEqual(geoJsonProblems({ type: 'FeatureCollection', features: [] }), []);
  assert.ok(geoJsonProblems({ type: 'Feature' }).length > 0);
  const point = (coordinates: unknown) => ({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: {} }] });
  assert.deepEqual(geoJsonProblems(point([32.6, 46.6])), []);
  assert.match(geoJsonProblems(point([46.6, 200]))[0], /latitude/);
  assert.match(geoJsonProblems(point(['32', 46]))[0], /not a position/);
  assert.match(geoJsonProblems({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] }, properties: [] }] })[0], /properties/);
});

test('GeoJSON: an RFC 7946 FeatureCollection of Points in [lon, lat] order; events without coordinates left out and counted', () =>
  withStore(async (store, dir) => {
    const { written, skipped, text } = await exportToFile(store, dir, 'geojson');
    assert.equal(written, 4);
    assert.equal(skipped, 1, 'the withdrawal has no place');
    const doc = JSON.parse(text);
    assert.deepEqual(geoJsonProblems(doc), []);
    assert.equal(doc.features.length, 4);
    const regained = doc.features.find((f: { id: string }) => f.id === 'kherson-2022-11-11#ev1');
    assert.deepEqual(regained.geometry.coordinates, [32.616, 46.636], '[lon, lat]');
    assert.equal(regained.properties.type, 'GOV_REGAINS_TERIT');
    assert.equal(regained.properties.place, 'Kherson');
    assert.equal(regained.properties.geo_precision, 1);
    assert.equal(regained.properties.actors, 'Armed Forces of Ukraine');
    for (const f of doc.features) {
      for (const value of Object.values(f.properties)) assert.ok(value === null || typeof value !== 'object', 'flat properties');
    }
  }));

test('GeoJSON of no events is still a valid, empty FeatureCollection', () =>
  withStore(async (store, dir) => {
    const { written, text } = await exportToFile(store, dir, 'geojson', { type: 'SUIC_BOMB' });
    assert.equal(written, 0);
    const doc = JSON.parse(text);
    assert.deepEqual(doc, { type: 'FeatureCollection', features: [] });
  }));

test('CSV: RFC 4180, a header, and the rows read back by csv-parse equal to the events', () =>
  withStore(async (store, dir) => {
    const { written, text } = await exportToFile(store, dir, 'csv');
    assert.equal(written, 5);
    assert.ok(text.endsWith('\r\n'));
    const records = parse(text, { columns: true, relax_column_count: false }) as Record<string, string>[];
    assert.deepEqual(Object.keys(records[0]), CSV_COLUMNS.map(([name]) => name));
    const rows = queryEvents(store, {});
    assert.equal(records.length, rows.length);
    records.forEach((record, i) => {
      const expected = Object.fromEntries(CSV_COLUMNS.map(([name, value]) => [name, value(rows[i]) === null || value(rows[i]) === undefined ? '' : String(value(rows[i]))]));
      assert.deepEqual(record, expected);
    });
    const kyiv = records.find((r) => r.key === 'kyiv-2022-10-10#ev1')!;
    assert.equal(kyiv.fatalities, '19');
    assert.equal(kyiv.targets, 'Civilians (Ukraine)');
    assert.equal(kyiv.latitude, '50.4501');
    assert.equal(kyiv.evidence, 'Russian missiles struck Kyiv on Monday morning, killing at least 19 civilians, according to the State Emergency Service of Ukraine.');
  }));

test('CSV fields with commas, quotes and line breaks survive the round trip', () => {
  const nasty = ['plain', 'a, b', 'say "hi"', 'two\nlines', 'crlf\r\nend', '', 'ünïcödé “quotes”'];
  const [back] = parse(csvRecord(nasty)) as string[][];
  assert.deepEqual(back, nasty);
  assert.equal(csvRecord([null, undefined, 3, 'x']), ',,3,x\r\n');
});

test('JSON lines: one event per line with its article and resolved actors, targets and place', () =>
  withStore(async (store, dir) => {
    const { written, text } = await exportToFile(store, dir, 'jsonl', { from: '2022-10-01' });
    assert.equal(written, 4);
    const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.equal(lines.length, 4);
    const regained = lines.find((l) => l.key === 'kherson-2022-11-11#ev1');
    assert.deepEqual(regained.article, { id: 'kherson-2022-11-11', date: '2022-11-11', title: 'Ukrainian flag raised again in Kherson', source: 'Europa Press', url: 'https://example.org/kherson' });
    assert.deepEqual(regained.place, { entityId: 'e3', name: 'Kherson', lat: 46.636, lon: 32.616, precision: 1, featureType: 'populated_place', geonameId: 706448, admin1: 'Kherson Oblast', country: 'UA' });
    assert.deepEqual(regained.actors, [{ entityId: 'e1', name: 'Armed Forces of Ukraine', kind: 'organization', country: 'UKR', sector: 'MIL', text: 'Ukrainian troops' }]);
    assert.deepEqual(regained.targets, [{ entityId: 'e4', name: 'Russian forces', kind: 'armed_group', country: 'RUS', sector: 'MIL', text: null }], 'no actor text stored: null');
    assert.deepEqual(regained.time, { start: '2022-11-10', end: '2022-11-11', precision: 'day' });
    assert.deepEqual(regained.quantities, [{ value: 12, unit: 'settlement', text: 'twelve towns' }]);
    assert.deepEqual(regained.source, { entityId: 'e2', name: 'Valerii Zaluzhnyi', channel: 'telegram', quote: null });
    const transfer = lines.find((l) => l.key === 'kherson-2022-11-11#ev2');
    assert.equal(transfer.place, null);
  }));

test('ACLED: ACLED column names in ACLED order, sitrep fields mapped onto them', () =>
  withStore(async (store, dir) => {
    const { written, text } = await exportToFile(store, dir, 'acled');
    assert.equal(written, 5);
    const [header, ...rows] = parse(text) as string[][];
    assert.deepEqual(header, [
      'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
      'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
      'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
      'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
    ]);
    assert.deepEqual(header, [...ACLED_COLUMNS]);
    const byId = new Map(rows.map((r) => [r[0], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
    const kyiv = byId.get('kyiv-2022-10-10#ev1')!;
    assert.equal(kyiv.event_date, '2022-10-10');
    assert.equal(kyiv.year, '2022');
    assert.equal(kyiv.time_precision, '1');
    assert.equal(kyiv.disorder_type, 'Political violence');
    assert.equal(kyiv.event_type, 'Explosions/Remote violence');
    assert.equal(kyiv.sub_event_type, 'Shelling/artillery/missile attack');
    assert.equal(kyiv.actor1, 'Military Forces of Russia');
    assert.equal(kyiv.inter1, 'State forces');
    assert.equal(kyiv.actor2, 'Civilians (Ukraine)');
    assert.equal(kyiv.inter2, 'Civilians');
    assert.equal(kyiv.interaction, 'State forces-Civilians');
    assert.equal(kyiv.civilian_targeting, 'Civilian targeting');
    assert.equal(kyiv.country, 'Ukraine');
    assert.equal(kyiv.admin1, 'Kyiv City');
    assert.equal(kyiv.location, 'Kyiv');
    assert.equal(kyiv.latitude, '50.4501');
    assert.equal(kyiv.longitude, '30.5234');
    assert.equal(kyiv.geo_precision, '1');
    assert.equal(kyiv.source, 'State Emergency Service of Ukraine; Kyiv Independent');
    assert.match(kyiv.notes, /killing at least 19 civilians/);
    assert.equal(kyiv.fatalities, '19');
    assert.ok(Math.abs(Number(kyiv.timestamp) - Date.now() / 1000) < 600);
    const regained = byId.get('kherson-2022-11-11#ev1')!;
    assert.equal(regained.time_precision, '2', 'a two-day range');
    assert.equal(regained.tags, 'claimed');
    assert.equal(regained.fatalities, '0');
    const clash = byId.get('bakhmut-2022-08-08#ev1')!;
    assert.equal(clash.event_type, 'Battles', 'ACLED names from the CASE code when the event has none');
    assert.equal(clash.sub_event_type, 'Armed clash');
    assert.equal(clash.time_precision, '2', 'a week');
    assert.equal(clash.inter1, 'Rebel group');
    assert.equal(clash.interaction, 'Rebel group-State forces');
    const other = byId.get('kherson-2022-11-11#ev3')!;
    assert.equal(other.event_type, '', 'OTHER has no ACLED name');
    const transfer = byId.get('kherson-2022-11-11#ev2')!;
    assert.equal(transfer.latitude, '');
    assert.equal(transfer.location, '');
  }));

test('ACLED time precision from sitrep precision and range', () => {
  const p = (timeStart: string, timeEnd: string, timePrecision: string) => acledTimePrecision({ timeStart, timeEnd, timePrecision });
  assert.equal(p('2022-11-11T02:00:00Z', '2022-11-11T02:00:00Z', 'minute'), 1);
  assert.equal(p('2022-11-11', '2022-11-11', 'day'), 1);
  assert.equal(p('2022-11-01', '2022-11-11', 'day'), 3);
  assert.equal(p('2022-11-07', '2022-11-13', 'week'), 2);
  assert.equal(p('2022-09-01', '2022-09-30', 'month'), 3);
  assert.equal(p('2022', '2022', 'year'), 3);
});

test('every format takes the events() filter', () =>
  withStore(async (store, dir) => {
    for (const format of EXPORT_FORMATS) {
      const { written } = await exportToFile(store, dir, format, { actor: 'wagner' });
      assert.equal(written, 1, format);
    }
  }));

test('exports stream: a slow reader gets everything, in order, without the export buffering it all first', () =>
  withStore(async (store) => {
    for (let i = 0; i < 400; i++) {
      const f = kyivFixture(`bulk-${String(i).padStart(3, '0')}`);
      store.putArticle(f.article, f.extraction, origin());
    }
    const chunks: string[] = [];
    let maxBuffered = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk, _enc, done) {
        chunks.push(String(chunk));
        setTimeout(done, 1);
      },
    });
    const watch = setInterval(() => (maxBuffered = Math.max(maxBuffered, slow.writableLength)), 0);
    const result = await exportEvents(store, 'jsonl', {}, slow);
    clearInterval(watch);
    slow.end();
    await once(slow, 'finish');
    assert.equal(result.written, 405);
    const lines = chunks.join('').trimEnd().split('\n');
    assert.equal(lines.length, 405);
    assert.ok(chunks.length > 1, 'written in several chunks');
    assert.ok(maxBuffered < 200 * 1024, `at most about one chunk waits in the stream (${maxBuffered} bytes)`);
  }));

test('an export into a stream that fails rejects instead of hanging', () =>
  withStore(async (store) => {
    for (let i = 0; i < 300; i++) {
      const f = kyivFixture(`bulk-${i}`);
      store.putArticle(f.article, f.extraction, origin());
    }
    const broken = new PassThrough({ highWaterMark: 1024 });
    setTimeout(() => broken.destroy(new Error('disk full')), 5);
    await assert.rejects(exportEvents(store, 'csv', {}, broken), /disk full|closed before the export finished/);
  }));
