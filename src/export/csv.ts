import type { Writable } from 'node:stream';
import type { EventRow } from '../query/types.js';
import { BufferedOutput } from './buffered-output.js';
import { csvRecord, type CsvValue } from './csv-record.js';
import type { ExportResult } from './result.js';

const LIST_SEPARATOR = '; ';

/** The flat CSV columns, in order, and how each is read off an event. */
export const CSV_COLUMNS: readonly [name: string, value: (row: EventRow) => CsvValue][] = [
  ['key', (r) => r.key],
  ['event_id', (r) => r.eventId],
  ['article_id', (r) => r.articleId],
  ['article_date', (r) => r.articleDate],
  ['article_title', (r) => r.articleTitle],
  ['article_source', (r) => r.articleSource],
  ['article_url', (r) => r.articleUrl],
  ['type', (r) => r.type],
  ['acled_event_type', (r) => r.acledEventType],
  ['acled_sub_event_type', (r) => r.acledSubEventType],
  ['plover', (r) => r.plover],
  ['time_start', (r) => r.timeStart],
  ['time_end', (r) => r.timeEnd],
  ['time_precision', (r) => r.timePrecision],
  ['place', (r) => r.placeName],
  ['admin1', (r) => r.admin1],
  ['country', (r) => r.country],
  ['latitude', (r) => r.lat],
  ['longitude', (r) => r.lon],
  ['geo_precision', (r) => r.placePrecision],
  ['feature_type', (r) => r.placeFeatureType],
  ['geoname_id', (r) => r.geonameId],
  ['actors', (r) => r.actors.join(LIST_SEPARATOR)],
  ['actor_countries', (r) => countries(r, 'actor')],
  ['targets', (r) => r.targets.join(LIST_SEPARATOR)],
  ['target_countries', (r) => countries(r, 'target')],
  ['fatalities', (r) => r.fatalities],
  ['quantities', (r) => r.quantities.map((q) => `${q.value} ${q.unit}`).join(LIST_SEPARATOR)],
  ['modality', (r) => r.modality],
  ['source', (r) => r.sourceName],
  ['source_channel', (r) => r.sourceChannel],
  ['source_quote', (r) => r.sourceQuote],
  ['confidence', (r) => r.confidence],
  ['evidence', (r) => r.evidence.join(' ')],
];

function countries(row: EventRow, role: 'actor' | 'target'): string {
  return row.participants.filter((p) => p.role === role).map((p) => p.country ?? '').join(LIST_SEPARATOR);
}

/** One line per event, RFC 4180, with a header line. */
export async function writeCsv(rows: Iterable<EventRow>, out: Writable): Promise<ExportResult> {
  const output = new BufferedOutput(out);
  await output.write(csvRecord(CSV_COLUMNS.map(([name]) => name)));
  let written = 0;
  for (const row of rows) {
    await output.write(csvRecord(CSV_COLUMNS.map(([, value]) => value(row))));
    written++;
  }
  await output.flush();
  return { written, skipped: 0 };
}
