import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { InputError } from '../src/errors.js';
import { migrate, openSqliteStore, resolveDbPath, type SqliteStore } from '../src/store/sqlite.js';
import { LATEST_VERSION, MIGRATIONS } from '../src/store/migrations.js';
import { queryEvents } from '../src/query/events.js';
import { parseSearchQuery, searchText } from '../src/query/search.js';
import { storeStats } from '../src/query/stats.js';
import { boundingBox, haversineKm } from '../src/geo/distance.js';
import { ALL_FIXTURES, dumpDatabase, khersonFixture, kyivFixture, origin, scratchDir } from './store-fixtures.js';
import { SHARED } from './paths.js';

function withFilledStore(run: (store: SqliteStore, path: string) => void): void {
  const scratch = scratchDir();
  const path = join(scratch.dir, 'sitrep.db');
  const store = openSqliteStore(path);
  try {
    for (const f of ALL_FIXTURES()) store.putArticle(f.article, f.extraction, origin());
    run(store, path);
  } finally {
    store.close();
    scratch.cleanup();
  }
}

test('resolveDbPath: the flag, else SITREP_DB, else ./sitrep.db', () => {
  const saved = process.env.SITREP_DB;
  try {
    process.env.SITREP_DB = '/data/env.db';
    assert.equal(resolveDbPath('/data/flag.db'), '/data/flag.db');
    assert.equal(resolveDbPath(), '/data/env.db');
    delete process.env.SITREP_DB;
    assert.equal(resolveDbPath(), './sitrep.db');
    process.env.SITREP_DB = '';
    assert.equal(resolveDbPath(undefined), './sitrep.db');
  } finally {
    if (saved === undefined) delete process.env.SITREP_DB;
    else process.env.SITREP_DB = saved;
  }
});

test('a fresh database gets the whole schema, WAL and foreign keys; reopening an existing one keeps its data', () => {
  const scratch = scratchDir();
  try {
    const path = join(scratch.dir, 'fresh.db');
    const store = openSqliteStore(path);
    assert.equal(store.schemaVersion, LATEST_VERSION);
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
    assert.ok((store.db.pragma('busy_timeout', { simple: true }) as number) > 0);
    const tables = store.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    for (const t of ['articles', 'extractions', 'entities', 'mentions', 'places', 'times', 'quotes', 'events', 'event_participants', 'articles_fts', 'quotes_fts']) {
      assert.ok(tables.includes(t), `table ${t}`);
    }
    const f = khersonFixture();
    store.putArticle(f.article, f.extraction, origin());
    store.close();
    const before = dumpDatabase(path);
    const again = openSqliteStore(path);
    assert.equal(again.schemaVersion, LATEST_VERSION);
    again.close();
    assert.equal(dumpDatabase(path), before, 'opening an up-to-date database changes nothing');
    const readonly = openSqliteStore(path, { readonly: true });
    assert.equal(readonly.counts().articles, 1);
    assert.throws(() => readonly.putArticle(f.article, f.extraction, origin()), /read-only/);
    readonly.close();
  } finally {
    scratch.cleanup();
  }
});

test('an existing database takes later steps in one transaction, keeping its data; a failing step changes nothing', () => {
  const scratch = scratchDir();
  try {
    const path = join(scratch.dir, 'old.db');
    const store = openSqliteStore(path);
    const f = kyivFixture();
    store.putArticle(f.article, f.extraction, origin());
    store.close();
    const next = LATEST_VERSION + 1;
    const db = new Database(path);
    try {
      const before = dumpDatabase(path);
      const failing = [...MIGRATIONS, { version: next, sql: 'ALTER TABLE articles ADD COLUMN language TEXT; CREATE TABLE broken (' }];
      assert.throws(() => migrate(db, failing));
      assert.equal(dumpDatabase(path), before, 'the half-applied step is rolled back');
      migrate(db, [...MIGRATIONS, { version: next, sql: "ALTER TABLE articles ADD COLUMN language TEXT; UPDATE articles SET language = 'en';" }]);
      assert.equal(db.pragma('user_version', { simple: true }), next);
      assert.deepEqual(db.prepare('SELECT id, language FROM articles').all(), [{ id: 'kyiv-2022-10-10', language: 'en' }]);
      assert.equal(db.prepare('SELECT count(*) FROM events').pluck().get(), 1);
    } finally {
      db.close();
    }
  } finally {
    scratch.cleanup();
  }
});

test('an empty file becomes a database; a missing one is refused when read-only', () => {
  const scratch = scratchDir();
  try {
    const empty = join(scratch.dir, 'empty.db');
    writeFileSync(empty, '');
    assert.throws(() => openSqliteStore(empty, { readonly: true }), (e: unknown) => e instanceof InputError && e.message.startsWith(empty + ': '));
    openSqliteStore(empty).close();
    const store = openSqliteStore(empty, { readonly: true });
    assert.equal(store.counts().articles, 0);
    store.close();
    const missing = join(scratch.dir, 'missing.db');
    assert.throws(() => openSqliteStore(missing, { readonly: true }), (e: unknown) => e instanceof InputError && e.file === missing && /no such database/.test(e.problem));
  } finally {
    scratch.cleanup();
  }
});

test('files that are not sitrep databases are refused by name in one line', () => {
  const scratch = scratchDir();
  try {
    const text = join(scratch.dir, 'notes.db');
    copyFileSync(join(SHARED, 'examples', 'kherson-2022-11-11.txt'), text);
    const other = join(scratch.dir, 'other.db');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE t (x)');
    foreign.close();
    const newer = join(scratch.dir, 'newer.db');
    openSqliteStore(newer).close();
    const raw = new Database(newer);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const cases: [string, RegExp][] = [[scratch.dir, /a folder/], [text, /not a SQLite database/], [other, /not a sitrep one/], [newer, /newer than this sitrep/]];
    for (const [path, problem] of cases) {
      for (const readonly of [false, true]) {
        assert.throws(
          () => openSqliteStore(path, { readonly }),
          (e: unknown) => e instanceof InputError && e.file === path && problem.test(e.problem) && !e.message.includes('\n'),
          `${path} readonly=${readonly}`,
        );
      }
    }
  } finally {
    scratch.cleanup();
  }
});

test('putArticle stores every part of the extraction once, and an article seen again is a duplicate', () => {
  withFilledStore((store, path) => {
    const counts = store.counts();
    assert.deepEqual(counts, {
      articles: 3,
      entitiesByKind: { armed_group: 3, organization: 5, person: 2, place: 5 },
      places: 5,
      quotes: 3,
      events: 5,
      dateRange: { from: '2022-08-08', to: '2022-11-11' },
    });
    const before = dumpDatabase(path);
    for (const f of ALL_FIXTURES()) assert.equal(store.putArticle(f.article, f.extraction, origin('again.jsonl')), 'duplicate');
    assert.equal(dumpDatabase(path), before);

    const db = store.db;
    const article = db.prepare('SELECT * FROM articles WHERE id = ?').get('kherson-2022-11-11') as Record<string, unknown>;
    assert.equal(article.source, 'Europa Press');
    assert.equal(article.format, 'jsonl');
    assert.equal(article.origin_file, 'fixtures.jsonl');
    const stored = JSON.parse((db.prepare('SELECT json FROM extractions WHERE article_id = ?').pluck().get('kherson-2022-11-11') as string));
    assert.deepEqual(stored, JSON.parse(JSON.stringify(khersonFixture().extraction)));
    const place = db.prepare("SELECT * FROM places WHERE article_id = 'kherson-2022-11-11' AND entity_id = 'e3'").get();
    assert.deepEqual(place, { article_id: 'kherson-2022-11-11', entity_id: 'e3', lat: 46.636, lon: 32.616, feature_type: 'populated_place', precision: 1, country: 'UA', admin1: 'Kherson Oblast', geoname_id: 706448 });
    const quote = db.prepare("SELECT direct, speaker_entity_id, speaker_name, cue, channel, text FROM quotes WHERE article_id = 'kherson-2022-11-11' AND quote_id = 'q2'").get() as Record<string, unknown>;
    assert.equal(quote.speaker_name, 'Russian Defense Ministry');
    assert.equal(quote.direct, 1);
    assert.equal(quote.cue, 'said on social media');
    assert.equal(quote.channel, 'social_media');
    const mention = db.prepare("SELECT start, end, text FROM mentions WHERE article_id = 'kherson-2022-11-11' AND entity_id = 'e2'").get() as { start: number; end: number; text: string };
    assert.equal(khersonFixture().article.text.slice(mention.start, mention.end), mention.text);
    const participants = db.prepare("SELECT p.role, p.name, p.country FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.article_id = 'kyiv-2022-10-10' ORDER BY p.role").all();
    assert.deepEqual(participants, [
      { role: 'actor', name: 'Military Forces of Russia', country: 'RUS' },
      { role: 'target', name: 'Civilians (Ukraine)', country: 'UKR' },
    ]);
    const texts = db.prepare("SELECT p.role, p.name, p.text FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.article_id = 'kherson-2022-11-11' AND e.event_id = 'ev1' ORDER BY p.role").all();
    assert.deepEqual(texts, [
      { role: 'actor', name: 'Armed Forces of Ukraine', text: 'Ukrainian troops' },
      { role: 'target', name: 'Russian forces', text: null },
    ], "an event's actor text is kept beside the entity's name");
  });
});

test('an extraction for another article is refused', () => {
  withFilledStore((store) => {
    const f = kyivFixture('other-id');
    assert.throws(() => store.putArticle({ ...f.article, id: 'kyiv-2' }, f.extraction, origin()), /stored as article kyiv-2/);
  });
});

test('begin, savepoint, rollbackTo, release, commit and rollback', () => {
  withFilledStore((store, path) => {
    const before = dumpDatabase(path);
    store.begin();
    assert.equal(store.inTransaction, true);
    store.putArticle(kyivFixture('k2').article, kyivFixture('k2').extraction, origin());
    store.savepoint('inner');
    store.putArticle(kyivFixture('k3').article, kyivFixture('k3').extraction, origin());
    store.rollbackTo('inner');
    store.savepoint('second');
    store.putArticle(kyivFixture('k4').article, kyivFixture('k4').extraction, origin());
    store.release('second');
    store.commit();
    assert.equal(store.inTransaction, false);
    const ids = store.db.prepare("SELECT id FROM articles WHERE id LIKE 'k_' ORDER BY id").pluck().all();
    assert.deepEqual(ids, ['k2', 'k4']);
    const afterCommit = dumpDatabase(path);
    store.begin();
    store.putArticle(kyivFixture('k5').article, kyivFixture('k5').extraction, origin());
    store.rollback();
    assert.equal(dumpDatabase(path), afterCommit);
    assert.notEqual(afterCommit, before);
    assert.throws(() => store.savepoint('bad name; DROP TABLE articles'), /letters, digits and _ only/);
  });
});

test('stats counts what is stored and lists the newest events first', () => {
  withFilledStore((store) => {
    const stats = storeStats(store);
    assert.equal(stats.articles, 3);
    assert.deepEqual(stats.entities, { total: 15, byKind: { armed_group: 3, organization: 5, person: 2, place: 5 } });
    assert.equal(stats.places, 5);
    assert.equal(stats.quotes, 3);
    assert.equal(stats.events, 5);
    assert.deepEqual(stats.dateRange, { from: '2022-08-08', to: '2022-11-11' });
    assert.deepEqual(stats.latestEvents.map((e) => e.key), [
      'kherson-2022-11-11#ev2',
      'kherson-2022-11-11#ev3',
      'kherson-2022-11-11#ev1',
      'kyiv-2022-10-10#ev1',
      'bakhmut-2022-08-08#ev1',
    ]);
  });
});

test('an empty store has zero counts and no date range', () => {
  const scratch = scratchDir();
  const store = openSqliteStore(join(scratch.dir, 'empty.db'));
  try {
    const stats = storeStats(store);
    assert.deepEqual(stats, { articles: 0, entities: { total: 0, byKind: {} }, places: 0, quotes: 0, events: 0, dateRange: null, latestEvents: [] });
    assert.deepEqual(searchText(store, 'Kherson'), []);
  } finally {
    store.close();
    scratch.cleanup();
  }
});

test('search ranks, marks matches in snippets and finds exact phrases in articles and quotes', () => {
  withFilledStore((store) => {
    const kherson = searchText(store, 'Kherson');
    assert.ok(kherson.length >= 2);
    assert.equal(kherson[0].articleId, 'kherson-2022-11-11');
    assert.ok(kherson.some((h) => h.kind === 'quote' && h.articleId === 'kherson-2022-11-11'), 'the partisans quote names Kherson');
    assert.ok(kherson.every((h) => /\[Kherson\]/.test(h.snippet)), JSON.stringify(kherson));
    for (let i = 1; i < kherson.length; i++) assert.ok(kherson[i - 1].score >= kherson[i].score, 'best first');

    const stemmed = searchText(store, 'strike');
    assert.deepEqual([...new Set(stemmed.map((h) => h.articleId))], ['kyiv-2022-10-10'], 'porter stemming: strike finds "strikes"');
    assert.equal(stemmed[0].title, 'Missile strikes on Kyiv');
    assert.equal(stemmed[0].date, '2022-10-10');

    const phrase = searchText(store, '"wipe us off the face"');
    assert.equal(phrase.length, 2, 'the article and the quote');
    assert.deepEqual(new Set(phrase.map((h) => h.kind)), new Set(['article', 'quote']));
    assert.ok(phrase.every((h) => h.snippet.includes('[wipe us off the face]')), JSON.stringify(phrase));
    assert.deepEqual(searchText(store, 'recapture').map((h) => h.articleId), ['kherson-2022-11-11'], 'porter stemming: recapture finds "recaptured"');
    assert.deepEqual(searchText(store, '"face the off"'), [], 'a phrase is matched in its order');
    assert.equal(searchText(store, 'face off wipe').length, 2, 'words match in any order');

    assert.deepEqual(searchText(store, 'Kherson Bakhmut'), [], 'every word must match');
    const titleWeighted = searchText(store, 'Kyiv');
    assert.equal(titleWeighted[0].articleId, 'kyiv-2022-10-10');
    assert.equal(searchText(store, 'Kherson', { limit: 1 }).length, 1);
  });
});

test('search survives whatever the user types', () => {
  withFilledStore((store) => {
    for (const nasty of ['Kherson"', '"Kherson', 'AND (', 'OR', 'NOT', '*', '^Kherson', 'Kherson*', 'NEAR(Kherson flag)', 'title:Kherson', '""', '"" ""', '(', ')', "Kherson's", '-Kherson', '{Kherson}', ':', '\u0000', 'Херсон', '   ', '']) {
      assert.doesNotThrow(() => searchText(store, nasty), nasty);
    }
    assert.equal(searchText(store, 'Kherson"')[0].articleId, 'kherson-2022-11-11');
    const and = searchText(store, 'AND (');
    assert.equal(and.length, 2, 'AND is just the word "and"');
    assert.ok(and.every((h) => /\[and\]/i.test(h.snippet)));
    assert.deepEqual(searchText(store, '*'), []);
  });
});

test('parseSearchQuery turns words and quoted phrases into terms and drops punctuation', () => {
  assert.deepEqual(parseSearchQuery('Kherson "Freedom  Square" flag'), [
    { text: 'Kherson', phrase: false },
    { text: 'Freedom Square', phrase: true },
    { text: 'flag', phrase: false },
  ]);
  assert.deepEqual(parseSearchQuery('Kherson" AND ('), [
    { text: 'Kherson', phrase: false },
    { text: 'AND', phrase: false },
  ]);
  assert.deepEqual(parseSearchQuery('“Freedom Square”'), [{ text: 'Freedom Square', phrase: true }]);
  assert.deepEqual(parseSearchQuery('"unclosed phrase'), [
    { text: 'unclosed', phrase: false },
    { text: 'phrase', phrase: false },
  ]);
  assert.deepEqual(parseSearchQuery('( ) * " "'), []);
});

test('events: every filter, alone and together, newest first', () => {
  withFilledStore((store) => {
    const keys = (filter: Parameters<typeof queryEvents>[1]) => queryEvents(store, filter).map((e) => e.key);
    assert.deepEqual(keys({}), ['kherson-2022-11-11#ev2', 'kherson-2022-11-11#ev3', 'kherson-2022-11-11#ev1', 'kyiv-2022-10-10#ev1', 'bakhmut-2022-08-08#ev1']);
    assert.deepEqual(keys({ limit: 2 }), ['kherson-2022-11-11#ev2', 'kherson-2022-11-11#ev3']);

    // Date ranges overlap: the 2022-11-10..11 event is on the 10th, the week of 1..7 August on the 5th.
    assert.deepEqual(keys({ from: '2022-11-11' }), ['kherson-2022-11-11#ev2', 'kherson-2022-11-11#ev3', 'kherson-2022-11-11#ev1']);
    assert.deepEqual(keys({ to: '2022-11-10', from: '2022-11-10' }), ['kherson-2022-11-11#ev1']);
    assert.deepEqual(keys({ from: '2022-08-05', to: '2022-08-05' }), ['bakhmut-2022-08-08#ev1']);
    assert.deepEqual(keys({ from: '2022-08-08', to: '2022-10-09' }), []);
    assert.deepEqual(keys({ to: '2022-10-10' }), ['kyiv-2022-10-10#ev1', 'bakhmut-2022-08-08#ev1']);

    assert.deepEqual(keys({ type: 'gov_regains_terit' }), ['kherson-2022-11-11#ev1']);
    assert.deepEqual(keys({ type: 'Battles' }), ['kherson-2022-11-11#ev1']);
    assert.deepEqual(keys({ type: 'shelling/artillery/missile attack' }), ['kyiv-2022-10-10#ev1']);
    assert.deepEqual(keys({ type: 'ARMED' }), [], 'a type is matched whole');

    assert.deepEqual(keys({ place: 'kherson' }), ['kherson-2022-11-11#ev3', 'kherson-2022-11-11#ev1']);
    assert.deepEqual(keys({ place: 'donetsk' }), ['bakhmut-2022-08-08#ev1'], 'admin1 matches too');
    assert.deepEqual(keys({ place: 'KYIV' }), ['kyiv-2022-10-10#ev1']);

    assert.deepEqual(keys({ actor: 'wagner' }), ['bakhmut-2022-08-08#ev1']);
    assert.deepEqual(keys({ actor: 'civilians' }), ['kyiv-2022-10-10#ev1'], 'targets count');
    assert.deepEqual(keys({ actor: 'RUS' }), ['kherson-2022-11-11#ev2', 'kherson-2022-11-11#ev1', 'kyiv-2022-10-10#ev1', 'bakhmut-2022-08-08#ev1']);
    assert.deepEqual(keys({ actor: 'ukr', type: 'ARMED_CLASH' }), ['bakhmut-2022-08-08#ev1']);
    assert.deepEqual(keys({ actor: 'RUS', place: 'Kherson', from: '2022-11-10', type: 'GOV_REGAINS_TERIT', limit: 5 }), ['kherson-2022-11-11#ev1']);
  });
});

test('events near a point: haversine distance with a bounding-box prefilter', () => {
  withFilledStore((store) => {
    // One degree of latitude north of Kherson is 111.195 km away.
    const north = { lat: 47.636, lon: 32.616 };
    const inside = queryEvents(store, { near: { ...north, km: 111.3 } });
    assert.deepEqual(inside.map((e) => e.key), ['kherson-2022-11-11#ev3', 'kherson-2022-11-11#ev1']);
    assert.ok(Math.abs((inside[0].distanceKm ?? 0) - 111.195) < 0.01, String(inside[0].distanceKm));
    assert.deepEqual(queryEvents(store, { near: { ...north, km: 111.1 } }), []);
    const kyiv = queryEvents(store, { near: { lat: 50.45, lon: 30.52, km: 5 } });
    assert.deepEqual(kyiv.map((e) => e.key), ['kyiv-2022-10-10#ev1']);
    const all = queryEvents(store, { near: { lat: 48.5, lon: 33.5, km: 1000 } });
    assert.equal(all.length, 4, 'the event without a place is never near anything');
  });
});

test('an event row carries its article, place, actors, targets and source', () => {
  withFilledStore((store) => {
    const [row] = queryEvents(store, { type: 'GOV_REGAINS_TERIT' });
    assert.equal(row.articleId, 'kherson-2022-11-11');
    assert.equal(row.articleDate, '2022-11-11');
    assert.equal(row.articleTitle, 'Ukrainian flag raised again in Kherson');
    assert.equal(row.articleSource, 'Europa Press');
    assert.equal(row.articleUrl, 'https://example.org/kherson');
    assert.equal(row.timeStart, '2022-11-10');
    assert.equal(row.timeEnd, '2022-11-11');
    assert.equal(row.placeName, 'Kherson');
    assert.equal(row.lat, 46.636);
    assert.equal(row.lon, 32.616);
    assert.equal(row.placePrecision, 1);
    assert.equal(row.admin1, 'Kherson Oblast');
    assert.deepEqual(row.actors, ['Armed Forces of Ukraine']);
    assert.deepEqual(row.targets, ['Russian forces']);
    assert.deepEqual(row.quantities, [{ value: 12, unit: 'settlement', text: 'twelve towns' }]);
    assert.equal(row.sourceName, 'Valerii Zaluzhnyi');
    assert.equal(row.sourceChannel, 'telegram');
    assert.equal(row.modality, 'claimed');
    assert.match(row.evidence[0], /recaptured twelve towns/);
    const [transfer] = queryEvents(store, { type: 'NON_VIOL_TERRIT_TRANSFER' });
    assert.equal(transfer.placeName, null);
    assert.equal(transfer.lat, null);
    assert.equal(transfer.sourceName, 'Russian Defense Ministry');
    assert.match(transfer.sourceQuote ?? '', /left bank of the Dnieper/);
  });
});

test('haversine and bounding boxes agree, across the antimeridian and near the poles too', () => {
  assert.ok(Math.abs(haversineKm(46.636, 32.616, 47.636, 32.616) - 111.195) < 0.001);
  assert.ok(Math.abs(haversineKm(0, 0, 0, 180) - Math.PI * 6371.0088) < 0.001, 'half the equator');
  assert.equal(haversineKm(10, 20, 10, 20), 0);
  const points: [number, number][] = [];
  for (let lat = -85; lat <= 85; lat += 17) for (let lon = -180; lon < 180; lon += 23) points.push([lat, lon]);
  for (const [lat, lon] of [[46.6, 32.6], [-16.5, 179.9], [70, -179.5], [89.5, 10], [0, 0]] as const) {
    for (const km of [1, 50, 500, 3000]) {
      const box = boundingBox(lat, lon, km);
      const candidates = [...points, [lat + 0.001, lon] as [number, number]];
      for (const [plat, plon] of candidates) {
        if (haversineKm(lat, lon, plat, plon) > km) continue;
        const inLat = plat >= box.minLat && plat <= box.maxLat;
        const inLon = box.minLon <= box.maxLon ? plon >= box.minLon && plon <= box.maxLon : plon >= box.minLon || plon <= box.maxLon;
        assert.ok(inLat && inLon, `(${plat}, ${plon}) within ${km} km of (${lat}, ${lon}) but outside ${JSON.stringify(box)}`);
      }
    }
  }
  const wrapped = boundingBox(-16.5, 179.9, 50);
  assert.ok(wrapped.minLon > wrapped.maxLon, 'crosses the antimeridian');
});

test('step 2 keeps a version-1 database whole: places may have no country, mentions keep their sense', () => {
  const scratch = scratchDir();
  try {
    const path = join(scratch.dir, 'v1.db');
    const db = new Database(path);
    migrate(db, MIGRATIONS.filter((m) => m.version === 1));
    db.exec(`INSERT INTO articles (id, date, text, format, origin_file, ingested_at) VALUES ('old', '2022-11-11', 'In Kherson.', 'text', 'old.txt', '2022-11-12');
      INSERT INTO entities (article_id, entity_id, kind, name) VALUES ('old', 'e1', 'place', 'Kherson');
      INSERT INTO mentions (article_id, entity_id, start, end, text) VALUES ('old', 'e1', 3, 10, 'Kherson');
      INSERT INTO places (article_id, entity_id, lat, lon, feature_type, precision, country) VALUES ('old', 'e1', 46.64, 32.61, 'populated_place', 1, 'UA');`);
    db.close();
    const store = openSqliteStore(path);
    const f = kyivFixture();
    const place = f.extraction.entities.find((e) => e.kind === 'place' && e.geo);
    assert.ok(place?.geo);
    delete place.geo.country;
    place.mentions[0] = { ...place.mentions[0], sense: 'metonym' };
    store.putArticle(f.article, f.extraction, origin());
    store.close();
    const after = new Database(path, { readonly: true });
    try {
      assert.equal(after.pragma('user_version', { simple: true }), LATEST_VERSION);
      assert.deepEqual(after.prepare("SELECT entity_id, country, precision FROM places WHERE article_id = 'old'").all(), [{ entity_id: 'e1', country: 'UA', precision: 1 }]);
      assert.equal(after.prepare('SELECT sense FROM mentions WHERE article_id = ? AND entity_id = ? ORDER BY start').pluck().get(f.article.id, place.id), 'metonym');
      assert.equal(after.prepare('SELECT country FROM places WHERE article_id = ? AND entity_id = ?').pluck().get(f.article.id, place.id), null);
    } finally {
      after.close();
    }
  } finally {
    scratch.cleanup();
  }
});

test('step 3 stores a nominal mention as one ("the city" for the city named before)', () => {
  const scratch = scratchDir();
  try {
    const path = join(scratch.dir, 'nominal.db');
    const store = openSqliteStore(path);
    const f = kyivFixture();
    const place = f.extraction.entities.find((e) => e.kind === 'place' && e.geo);
    assert.ok(place);
    place.mentions.push({ start: 0, end: 8, text: 'the city', reference: 'nominal' });
    store.putArticle(f.article, f.extraction, origin());
    store.close();
    const after = new Database(path, { readonly: true });
    try {
      const rows = after.prepare('SELECT text, reference FROM mentions WHERE article_id = ? AND entity_id = ?').all(f.article.id, place.id) as { text: string; reference: string | null }[];
      assert.ok(rows.some((r) => r.text === 'the city' && r.reference === 'nominal'));
      assert.ok(rows.some((r) => r.text !== 'the city' && r.reference === null));
    } finally {
      after.close();
    }
  } finally {
    scratch.cleanup();
  }
});
