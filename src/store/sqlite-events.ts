import type Database from 'better-sqlite3';
import { boundingBox } from '../geo/distance.js';
import type { EventFilter, EventParticipant, EventRow } from '../query/types.js';

const ISO3 = /^[A-Za-z]{3}$/;

/** The SELECT behind Store.events(): filters become WHERE clauses with bound parameters, never spliced text. */
export function eventsQuery(filter: EventFilter): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.from) {
    where.push('e.date_end >= @from');
    params.from = filter.from;
  }
  if (filter.to) {
    where.push('e.date_start <= @to');
    params.to = filter.to;
  }
  if (filter.type) {
    where.push('(e.type = @type COLLATE NOCASE OR e.acled_sub_event_type = @type COLLATE NOCASE OR e.acled_event_type = @type COLLATE NOCASE)');
    params.type = filter.type.trim();
  }
  if (filter.place) {
    where.push('(contains_folded(e.place_name, @place) OR contains_folded(e.admin1, @place))');
    params.place = fold(filter.place.trim());
  }
  if (filter.actor) {
    const actor = filter.actor.trim();
    const byCountry = ISO3.test(actor) ? 'p.country = @actorCountry OR ' : '';
    where.push(`EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND (${byCountry}contains_folded(p.name, @actor)))`);
    params.actor = fold(actor);
    if (byCountry) params.actorCountry = actor.toUpperCase();
  }
  let distance = '';
  if (filter.near) {
    const box = boundingBox(filter.near.lat, filter.near.lon, filter.near.km);
    where.push('e.lat BETWEEN @minLat AND @maxLat');
    where.push(box.minLon <= box.maxLon ? 'e.lon BETWEEN @minLon AND @maxLon' : '(e.lon >= @minLon OR e.lon <= @maxLon)');
    where.push('distance_km(e.lat, e.lon, @nearLat, @nearLon) <= @km');
    Object.assign(params, box, { nearLat: filter.near.lat, nearLon: filter.near.lon, km: filter.near.km });
    distance = ', distance_km(e.lat, e.lon, @nearLat, @nearLon) AS distance_km';
  }
  const limit = filter.limit !== undefined ? ' LIMIT @limit' : '';
  if (limit) params.limit = filter.limit;
  const sql = `
    SELECT e.*, a.date AS article_date, a.title AS article_title, a.source AS article_source, a.url AS article_url,
      a.ingested_at AS ingested_at,
      (SELECT json_group_array(json_object('role', p.role, 'entityId', p.entity_id, 'name', p.name, 'kind', p.kind,
                                           'country', p.country, 'sector', p.sector, 'text', p.text))
         FROM (SELECT * FROM event_participants WHERE event_id = e.id ORDER BY role, position) p) AS participants_json
      ${distance}
    FROM events e JOIN articles a ON a.id = e.article_id
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY e.time_start DESC, a.date DESC, e.id DESC${limit}`;
  return { sql, params };
}

export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** SQL functions the event query uses; SQLite's own lower() and LIKE fold ASCII letters only. */
export function registerEventFunctions(db: Database.Database, distanceKm: (lat1: number, lon1: number, lat2: number, lon2: number) => number): void {
  db.function('contains_folded', { deterministic: true }, (haystack: unknown, needle: unknown) =>
    typeof haystack === 'string' && typeof needle === 'string' && fold(haystack).includes(needle) ? 1 : 0,
  );
  db.function('distance_km', { deterministic: true }, (lat1: unknown, lon1: unknown, lat2: unknown, lon2: unknown) =>
    typeof lat1 === 'number' && typeof lon1 === 'number' ? distanceKm(lat1, lon1, lat2 as number, lon2 as number) : null,
  );
}

interface EventRecord {
  id: number;
  article_id: string;
  event_id: string;
  type: string;
  acled_event_type: string | null;
  acled_sub_event_type: string | null;
  plover: string | null;
  time_start: string;
  time_end: string;
  time_precision: string;
  place_entity_id: string | null;
  place_name: string | null;
  lat: number | null;
  lon: number | null;
  place_precision: number | null;
  place_feature_type: string | null;
  geoname_id: number | null;
  admin1: string | null;
  country: string | null;
  fatalities: number | null;
  quantities_json: string;
  modality: string;
  source_entity_id: string | null;
  source_name: string | null;
  source_quote: string | null;
  source_channel: string | null;
  confidence: number;
  evidence_json: string;
  article_date: string;
  article_title: string | null;
  article_source: string | null;
  article_url: string | null;
  ingested_at: string;
  participants_json: string;
  distance_km?: number;
}

export function toEventRow(r: EventRecord): EventRow {
  const participants = JSON.parse(r.participants_json) as EventParticipant[];
  const row: EventRow = {
    key: `${r.article_id}#${r.event_id}`,
    eventId: r.event_id,
    articleId: r.article_id,
    articleDate: r.article_date,
    articleTitle: r.article_title,
    articleSource: r.article_source,
    articleUrl: r.article_url,
    ingestedAt: r.ingested_at,
    type: r.type,
    acledEventType: r.acled_event_type,
    acledSubEventType: r.acled_sub_event_type,
    plover: r.plover,
    timeStart: r.time_start,
    timeEnd: r.time_end,
    timePrecision: r.time_precision,
    placeEntityId: r.place_entity_id,
    placeName: r.place_name,
    lat: r.lat,
    lon: r.lon,
    placePrecision: r.place_precision,
    placeFeatureType: r.place_feature_type,
    geonameId: r.geoname_id,
    admin1: r.admin1,
    country: r.country,
    fatalities: r.fatalities,
    quantities: JSON.parse(r.quantities_json),
    modality: r.modality,
    sourceEntityId: r.source_entity_id,
    sourceName: r.source_name,
    sourceChannel: r.source_channel,
    sourceQuote: r.source_quote,
    confidence: r.confidence,
    evidence: JSON.parse(r.evidence_json),
    actors: participants.filter((p) => p.role === 'actor').map((p) => p.name),
    targets: participants.filter((p) => p.role === 'target').map((p) => p.name),
    participants,
  };
  if (r.distance_km !== undefined) row.distanceKm = r.distance_km;
  return row;
}
