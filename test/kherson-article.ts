import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/article.js';
import type { Extraction, Span } from '../src/extract/contract.js';
import { readFile } from '../src/readers/index.js';
import { SHARED, SHARED_DATA } from './paths.js';

export const KHERSON_PATH = join(SHARED, 'examples', 'kherson-2022-11-11.txt');
export const KHERSON_ACCEPTANCE_PATH = join(SHARED, 'acceptance', 'kherson-2022-11-11.json');
export const POLNEAR_DEV_TEXT = join(SHARED_DATA, 'quotes', 'polnear', 'dev', 'text');

/** The Kherson example report as the dated-text reader reads it. */
export async function readKherson(): Promise<Article> {
  for await (const item of readFile(KHERSON_PATH, {}).items()) {
    if (item.article) return item.article;
  }
  throw new Error(`no article read from ${KHERSON_PATH}`);
}

/** Every PolNeAR dev article (plain text; the date comes from the file name). */
export function polnearDevArticles(): Article[] {
  return readdirSync(POLNEAR_DEV_TEXT)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      id: name,
      date: /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1] ?? '2016-11-08',
      text: readFileSync(join(POLNEAR_DEV_TEXT, name), 'utf8'),
    }));
}

/** The span of the n-th (0-based) occurrence of `phrase` in `text`. */
export function spanOf(text: string, phrase: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`'${phrase}' occurs fewer than ${occurrence + 1} times`);
  }
  return { start, end: start + phrase.length, text: phrase };
}

/** A hand-built record of part of what a careful analyst reads out of the Kherson report. */
export function khersonReference(article: Article): Extraction {
  const t = article.text;
  return {
    schema: 'sitrep/extraction@1',
    article: { id: article.id, date: article.date, title: 'Ukrainian flag raised in Kherson' },
    entities: [
      {
        id: 'e1',
        kind: 'person',
        name: 'Valerii Zaluzhnyi',
        mentions: [spanOf(t, 'Valeri Zaluzhni'), spanOf(t, 'his')],
        role: 'Commander-in-Chief of the Armed Forces of Ukraine',
        country: 'UKR',
        sector: 'MIL',
      },
      { id: 'e2', kind: 'person', name: 'Dmytro Kuleba', mentions: [spanOf(t, 'Dmytro Kuleba')], role: 'Foreign Minister', country: 'UKR', sector: 'GOV' },
      { id: 'e3', kind: 'organization', name: 'Armed Forces of Ukraine', mentions: [spanOf(t, 'Ukrainian Armed Forces')], country: 'UKR', sector: 'MIL' },
      { id: 'e4', kind: 'organization', name: 'Ministry of Defence of the Russian Federation', mentions: [spanOf(t, 'Russian Defense Ministry')], country: 'RUS', sector: 'GOV' },
      {
        id: 'e5',
        kind: 'place',
        name: 'Kherson',
        mentions: [spanOf(t, 'Kherson'), spanOf(t, 'Kherson', 1)],
        geo: { lat: 46.6354, lon: 32.6169, featureType: 'populated_place', geonameId: 706448, country: 'UA', admin1: 'Kherson Oblast', precision: 1 },
      },
      { id: 'e6', kind: 'place', name: 'Dnieper', mentions: [spanOf(t, 'Dnieper River')], geo: { lat: 46.5, lon: 32.3, featureType: 'river', country: 'UA', precision: 3 } },
      { id: 'e7', kind: 'organization', name: 'Kherson authorities', mentions: [spanOf(t, 'the authorities')], country: 'UKR', sector: 'GOV' },
    ],
    times: [
      { id: 't1', span: spanOf(t, 'Wednesday'), start: '2022-11-09', end: '2022-11-09', precision: 'day' },
      { id: 't2', span: spanOf(t, 'November 1'), start: '2022-11-01', end: '2022-11-01', precision: 'day' },
      { id: 't3', span: spanOf(t, 'five in the morning'), start: '2022-11-11T05:00:00+03:00', end: '2022-11-11T05:00:00+03:00', precision: 'minute' },
      { id: 't4', span: spanOf(t, 'end of September'), start: '2022-09-21', end: '2022-10-01T00:00+03:00', precision: 'week' },
    ],
    quotes: [
      { id: 'q1', span: spanOf(t, 'Our partisans have hung the Ukrainian flag in the center of Kherson'), direct: true, speaker: 'e7', cue: spanOf(t, 'have indicated'), channel: 'telegram' },
      { id: 'q2', span: spanOf(t, 'important victory'), direct: true, speaker: 'e2', cue: spanOf(t, 'said', 2), channel: 'twitter' },
      {
        id: 'q3',
        span: spanOf(t, 'Today at five in the morning from Moscow, the transfer of Russian troops to the left bank of the Dnieper River was completed,'),
        direct: true,
        speaker: 'e4',
        channel: 'social_media',
      },
    ],
    events: [
      {
        id: 'v1',
        type: 'GOV_REGAINS_TERIT',
        acled: { event_type: 'Strategic developments', sub_event_type: 'Non-state actor overtakes territory' },
        plover: 'ASSAULT',
        actors: ['e3'],
        targets: [],
        place: 'e5',
        time: { start: '2022-11-10T00:00:00+02:00', end: '2022-11-12T00:00:00+02:00', precision: 'day' },
        quantities: [{ value: 12, unit: 'settlements', span: spanOf(t, 'twelve towns') }],
        fatalities: 0,
        modality: 'claimed',
        source: { entity: 'e3', channel: 'telegram' },
        evidence: [spanOf(t, 'The Ukrainian Armed Forces have claimed that they have regained control of twelve towns in the region after Russia has withdrawn from the area.')],
        confidence: 0.8,
      },
      {
        id: 'v2',
        type: 'NON_VIOL_TERRIT_TRANSFER',
        actors: ['e4'],
        targets: [],
        place: 'e6',
        time: { start: '2022-11-11T05:00:00+03:00', end: '2022-11-11T05:00:00+03:00', precision: 'minute' },
        quantities: [],
        modality: 'announced',
        source: { quote: 'q3', channel: 'social_media' },
        evidence: [spanOf(t, '“Today at five in the morning from Moscow')],
        confidence: 0.9,
      },
    ],
  };
}
