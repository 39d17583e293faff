// Hand-built articles and extractions for the store, ingest and export tests: what the pipeline is meant to produce.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Article, Origin } from '../src/article.js';
import { InputError } from '../src/errors.js';
import { EXTRACTION_SCHEMA, type Entity, type Event, type Extraction, type Quote, type Span } from '../src/extract/contract.js';
import type { InputFile, ReadItem } from '../src/readers/types.js';

export interface Fixture {
  article: Article;
  extraction: Extraction;
}

function spanOf(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture text lacks ${JSON.stringify(part)}`);
  return { start, end: start + part.length, text: part };
}

function entity(text: string, e: Omit<Entity, 'mentions'> & { mention: string }): Entity {
  const { mention, ...rest } = e;
  return { ...rest, mentions: [spanOf(text, mention)] };
}

function extraction(article: Article, entities: Entity[], quotes: Quote[], events: Event[]): Extraction {
  const { id, date, title, source, url } = article;
  return { schema: EXTRACTION_SCHEMA, article: { id, date, title, source, url }, entities, times: [], quotes, events };
}

const KHERSON_TEXT =
  'The Ukrainian Army has once again raised the Ukrainian flag in the main square of Kherson after the Russian forces announced the withdrawal. ' +
  '“Our partisans have hung the Ukrainian flag in the center of Kherson”, the authorities have indicated on Telegram. ' +
  'The Commander-in-Chief of the Armed Forces of Ukraine, Valerii Zaluzhnyi, said that Ukrainian troops have recaptured twelve towns during the last 24 hours in the direction of Novoraisk. ' +
  '“Today at five in the morning from Moscow, the transfer of Russian troops to the left bank of the Dnieper River was completed,” the Russian Defense Ministry said on social media.';

export function khersonFixture(id = 'kherson-2022-11-11'): Fixture {
  const text = KHERSON_TEXT;
  const article: Article = { id, date: '2022-11-11', title: 'Ukrainian flag raised again in Kherson', source: 'Europa Press', url: 'https://example.org/kherson', text };
  const afu = entity(text, { id: 'e1', kind: 'organization', name: 'Armed Forces of Ukraine', mention: 'Armed Forces of Ukraine', country: 'UKR', sector: 'MIL' });
  const zaluzhnyi = entity(text, { id: 'e2', kind: 'person', name: 'Valerii Zaluzhnyi', mention: 'Valerii Zaluzhnyi', role: 'Commander-in-Chief of the Armed Forces of Ukraine', country: 'UKR', sector: 'MIL' });
  const kherson = entity(text, { id: 'e3', kind: 'place', name: 'Kherson', mention: 'Kherson', geo: { lat: 46.636, lon: 32.616, featureType: 'populated_place', geonameId: 706448, country: 'UA', admin1: 'Kherson Oblast', precision: 1 } });
  const russianForces = entity(text, { id: 'e4', kind: 'armed_group', name: 'Russian forces', mention: 'Russian forces', country: 'RUS', sector: 'MIL' });
  const ministry = entity(text, { id: 'e5', kind: 'organization', name: 'Russian Defense Ministry', mention: 'Russian Defense Ministry', country: 'RUS', sector: 'GOV' });
  const dnieper = entity(text, { id: 'e6', kind: 'place', name: 'Dnieper River', mention: 'Dnieper River', geo: { lat: 46.5, lon: 32.3, featureType: 'river', country: 'UA', precision: 3 } });
  const novoraisk = entity(text, { id: 'e7', kind: 'place', name: 'Novoraisk', mention: 'Novoraisk', geo: { lat: 47.01, lon: 33.482, featureType: 'populated_place', country: 'UA', admin1: 'Kherson Oblast', precision: 1 } });
  const partisansQuote: Quote = { id: 'q1', span: spanOf(text, 'Our partisans have hung the Ukrainian flag in the center of Kherson'), direct: true, speaker: null, cue: spanOf(text, 'indicated'), channel: 'telegram' };
  const transferQuote: Quote = { id: 'q2', span: spanOf(text, 'Today at five in the morning from Moscow, the transfer of Russian troops to the left bank of the Dnieper River was completed'), direct: true, speaker: 'e5', cue: spanOf(text, 'said on social media'), channel: 'social_media' };
  const regained: Event = {
    id: 'ev1', type: 'GOV_REGAINS_TERIT', acled: { event_type: 'Battles', sub_event_type: 'Government regains territory' }, plover: 'ASSAULT',
    actors: ['e1'], targets: ['e4'], actorText: { e1: 'Ukrainian troops' }, place: 'e3',
    time: { start: '2022-11-10', end: '2022-11-11', precision: 'day' },
    quantities: [{ value: 12, unit: 'settlement', span: spanOf(text, 'twelve towns') }],
    modality: 'claimed', source: { entity: 'e2', channel: 'telegram' },
    evidence: [spanOf(text, 'The Commander-in-Chief of the Armed Forces of Ukraine, Valerii Zaluzhnyi, said that Ukrainian troops have recaptured twelve towns during the last 24 hours in the direction of Novoraisk.')],
    confidence: 0.8,
  };
  const transfer: Event = {
    id: 'ev2', type: 'NON_VIOL_TERRIT_TRANSFER', acled: { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' }, plover: 'RETREAT',
    actors: ['e4'], targets: [], place: null,
    time: { start: '2022-11-11T02:00:00Z', end: '2022-11-11T02:00:00Z', precision: 'minute' },
    quantities: [], modality: 'announced', source: { entity: 'e5', quote: 'q2', channel: 'social_media' },
    evidence: [transferQuote.span], confidence: 0.9,
  };
  const flag: Event = {
    id: 'ev3', type: 'OTHER', actors: ['e1'], targets: [], place: 'e3',
    time: { start: '2022-11-11', end: '2022-11-11', precision: 'day' },
    quantities: [], modality: 'asserted', source: { quote: 'q1', channel: 'telegram' },
    evidence: [spanOf(text, 'The Ukrainian Army has once again raised the Ukrainian flag in the main square of Kherson after the Russian forces announced the withdrawal.')],
    confidence: 0.6,
  };
  return { article, extraction: extraction(article, [afu, zaluzhnyi, kherson, russianForces, ministry, dnieper, novoraisk], [partisansQuote, transferQuote], [regained, transfer, flag]) };
}

const KYIV_TEXT =
  'Russian missiles struck Kyiv on Monday morning, killing at least 19 civilians, according to the State Emergency Service of Ukraine. ' +
  'President Volodymyr Zelensky said: “They are trying to destroy us and wipe us off the face of the earth.”';

export function kyivFixture(id = 'kyiv-2022-10-10'): Fixture {
  const text = KYIV_TEXT;
  const article: Article = { id, date: '2022-10-10', title: 'Missile strikes on Kyiv', source: 'Kyiv Independent', text };
  const russia = entity(text, { id: 'e1', kind: 'organization', name: 'Military Forces of Russia', mention: 'Russian', country: 'RUS', sector: 'MIL' });
  const kyiv = entity(text, { id: 'e2', kind: 'place', name: 'Kyiv', mention: 'Kyiv', geo: { lat: 50.4501, lon: 30.5234, featureType: 'populated_place', geonameId: 703448, country: 'UA', admin1: 'Kyiv City', precision: 1 } });
  const civilians = entity(text, { id: 'e3', kind: 'organization', name: 'Civilians (Ukraine)', mention: 'civilians', country: 'UKR', sector: 'CIV' });
  const service = entity(text, { id: 'e4', kind: 'organization', name: 'State Emergency Service of Ukraine', mention: 'State Emergency Service of Ukraine', country: 'UKR', sector: 'GOV' });
  const zelensky = entity(text, { id: 'e5', kind: 'person', name: 'Volodymyr Zelensky', mention: 'Volodymyr Zelensky', role: 'President', country: 'UKR', sector: 'GOV' });
  const quote: Quote = { id: 'q1', span: spanOf(text, 'They are trying to destroy us and wipe us off the face of the earth.'), direct: true, speaker: 'e5', cue: spanOf(text, 'said'), channel: 'statement' };
  const strike: Event = {
    id: 'ev1', type: 'ART_MISS_ATTACK', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' }, plover: 'ASSAULT',
    actors: ['e1'], targets: ['e3'], place: 'e2',
    time: { start: '2022-10-10', end: '2022-10-10', precision: 'day' },
    quantities: [], fatalities: 19, modality: 'asserted', source: { entity: 'e4' },
    evidence: [spanOf(text, 'Russian missiles struck Kyiv on Monday morning, killing at least 19 civilians, according to the State Emergency Service of Ukraine.')],
    confidence: 0.9,
  };
  return { article, extraction: extraction(article, [russia, kyiv, civilians, service, zelensky], [quote], [strike]) };
}

const BAKHMUT_TEXT =
  'Heavy fighting continued near Bakhmut throughout the first week of August, where Wagner Group fighters clashed with Ukrainian units, the General Staff reported.';

export function bakhmutFixture(id = 'bakhmut-2022-08-08'): Fixture {
  const text = BAKHMUT_TEXT;
  const article: Article = { id, date: '2022-08-08', text };
  const wagner = entity(text, { id: 'e1', kind: 'armed_group', name: 'Wagner Group', mention: 'Wagner Group', country: 'RUS', sector: 'REB' });
  const units = entity(text, { id: 'e2', kind: 'armed_group', name: 'Ukrainian units', mention: 'Ukrainian units', country: 'UKR', sector: 'MIL' });
  const bakhmut = entity(text, { id: 'e3', kind: 'place', name: 'Bakhmut', mention: 'Bakhmut', geo: { lat: 48.5953, lon: 38.0003, featureType: 'populated_place', country: 'UA', admin1: 'Donetsk Oblast', precision: 2 } });
  const clash: Event = {
    id: 'ev1', type: 'ARMED_CLASH', actors: ['e1'], targets: ['e2'], place: 'e3',
    time: { start: '2022-08-01', end: '2022-08-07', precision: 'week' },
    quantities: [], modality: 'asserted',
    evidence: [spanOf(text, text)], confidence: 0.7,
  };
  return { article, extraction: extraction(article, [wagner, units, bakhmut], [], [clash]) };
}

export const ALL_FIXTURES = (): Fixture[] => [khersonFixture(), kyivFixture(), bakhmutFixture()];

export function origin(file = 'fixtures.jsonl', line?: number): Origin {
  return { file, format: 'jsonl', ...(line !== undefined ? { line } : {}) };
}

/** The extraction pipeline as the tests want it: the hand-built extraction for each fixture article. */
export function extractFrom(fixtures: Fixture[]): (article: Article) => Extraction {
  const byId = new Map(fixtures.map((f) => [f.article.id, f.extraction]));
  return (article) => {
    const found = byId.get(article.id);
    if (!found) throw new Error(`no fixture extraction for ${article.id}`);
    return found;
  };
}

/** An input file as a reader would give it: articles and bad records in order, or a failure partway when `failAfter` is set. */
export function inputFile(path: string, items: (Article | InputError)[], failAfter?: InputError): InputFile {
  return {
    path,
    async *items(): AsyncIterable<ReadItem> {
      let line = 0;
      for (const item of items) {
        line++;
        if (item instanceof InputError) yield { error: item };
        else yield { article: item, origin: { file: path, line, format: 'jsonl' } };
      }
      if (failAfter) throw failAfter;
    },
  };
}

export async function* inputsOf(files: InputFile[]): AsyncIterable<InputFile> {
  yield* files;
}

export function scratchDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every row of every table (FTS index tables included) and the schema version, read through a connection of its own. */
export function dumpDatabase(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const dump: Record<string, unknown> = { user_version: db.pragma('user_version', { simple: true }) };
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).raw().all();
      dump[table] = rows.map((r) => JSON.stringify(r, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort();
    }
    return JSON.stringify(dump);
  } finally {
    db.close();
  }
}
