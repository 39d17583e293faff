import type { EventRow } from '../query/types.js';

/** An event as one self-contained JSON object: its article, and its place, actors and targets resolved. */
export function eventToJson(row: EventRow): object {
  const participant = (role: 'actor' | 'target') =>
    row.participants.filter((p) => p.role === role).map(({ entityId, name, kind, country, sector, text }) => ({ entityId, name, kind, country, sector, text }));
  return {
    key: row.key,
    id: row.eventId,
    article: { id: row.articleId, date: row.articleDate, title: row.articleTitle, source: row.articleSource, url: row.articleUrl },
    type: row.type,
    acled: row.acledEventType || row.acledSubEventType ? { event_type: row.acledEventType, sub_event_type: row.acledSubEventType } : null,
    plover: row.plover,
    time: { start: row.timeStart, end: row.timeEnd, precision: row.timePrecision },
    place: row.placeEntityId
      ? {
          entityId: row.placeEntityId,
          name: row.placeName,
          lat: row.lat,
          lon: row.lon,
          precision: row.placePrecision,
          featureType: row.placeFeatureType,
          geonameId: row.geonameId,
          admin1: row.admin1,
          country: row.country,
        }
      : null,
    actors: participant('actor'),
    targets: participant('target'),
    fatalities: row.fatalities,
    quantities: row.quantities,
    modality: row.modality,
    source: row.sourceName || row.sourceChannel || row.sourceQuote
      ? { entityId: row.sourceEntityId, name: row.sourceName, channel: row.sourceChannel, quote: row.sourceQuote }
      : null,
    confidence: row.confidence,
    evidence: row.evidence,
  };
}
