import type { Writable } from 'node:stream';
import type { EventRow } from '../query/types.js';
import { BufferedOutput } from './buffered-output.js';
import type { ExportResult } from './result.js';

/** Flat feature properties: GIS tools show scalars, so lists become "; "-joined text. */
function properties(r: EventRow): Record<string, string | number | null> {
  return {
    key: r.key,
    event_id: r.eventId,
    type: r.type,
    acled_event_type: r.acledEventType,
    acled_sub_event_type: r.acledSubEventType,
    plover: r.plover,
    time_start: r.timeStart,
    time_end: r.timeEnd,
    time_precision: r.timePrecision,
    place: r.placeName,
    admin1: r.admin1,
    country: r.country,
    geo_precision: r.placePrecision,
    feature_type: r.placeFeatureType,
    geoname_id: r.geonameId,
    actors: r.actors.join('; '),
    targets: r.targets.join('; '),
    fatalities: r.fatalities,
    modality: r.modality,
    source: r.sourceName,
    source_channel: r.sourceChannel,
    confidence: r.confidence,
    evidence: r.evidence.join(' '),
    article_id: r.articleId,
    article_date: r.articleDate,
    article_title: r.articleTitle,
    article_source: r.articleSource,
    article_url: r.articleUrl,
  };
}

/** An RFC 7946 FeatureCollection with a Point per event that has coordinates; the others are counted as skipped. */
export async function writeGeoJson(rows: Iterable<EventRow>, out: Writable): Promise<ExportResult> {
  const output = new BufferedOutput(out);
  let written = 0;
  let skipped = 0;
  await output.write('{"type":"FeatureCollection","features":[');
  for (const row of rows) {
    if (row.lat === null || row.lon === null) {
      skipped++;
      continue;
    }
    const feature = { type: 'Feature', id: row.key, geometry: { type: 'Point', coordinates: [row.lon, row.lat] }, properties: properties(row) };
    await output.write((written === 0 ? '\n' : ',\n') + JSON.stringify(feature));
    written++;
  }
  await output.write('\n]}\n');
  await output.flush();
  return { written, skipped };
}
