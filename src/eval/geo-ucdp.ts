import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Article } from '../article.js';
import { InputError } from '../errors.js';
import type { Entity } from '../extract/contract.js';
import { exactCandidates } from '../extract/places/lookup.js';
import { inRaion, raionKeys } from '../extract/places/raion.js';
import { haversineKm } from '../geo/distance.js';
import { decodeBuffer } from '../readers/index.js';

/** UCDP's own name of the location ends with the kind of place: "Sloviansk town", "Andreyevka village". */
const SETTLEMENT = /\b(town|village|city|settlement|township|hamlet)$/i;
export const UCDP_MAX_KM = 10;

export interface UcdpRow {
  id: string;
  date: string;
  whereDescription: string;
  /** UCDP's first- and second-level divisions of the location ("Donetsk oblast", "Yasynuvata raion"), '' where not given. */
  adm1: string;
  adm2: string;
  country: string;
  lat: number;
  lon: number;
}

export interface UcdpEvaluation {
  rows: number;
  resolved: number;
  within: number;
  /** Rows whose resolved place lies within UCDP_MAX_KM, over all rows. */
  share: number;
  /** The same over the rows that got a place at all. */
  precision: number;
  medianKm: number;
}

/** Rows located to a settlement (where_prec 1, a town or village by UCDP's own location name). */
export function readUcdpSettlements(path: string, limit = Infinity): UcdpRow[] {
  const text = decodeBuffer(readFileSync(path));
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, relax_quotes: true, relax_column_count: true });
  } catch (err) {
    throw new InputError(path, `CSV: ${(err as Error).message}`);
  }
  if (records.length && !('where_description' in records[0])) throw new InputError(path, 'no where_description column: not a UCDP GED export');
  const rows: UcdpRow[] = [];
  for (const r of records) {
    if (rows.length >= limit) break;
    if (r.where_prec !== '1' || !SETTLEMENT.test((r.where_coordinates ?? '').trim()) || !r.where_description?.trim()) continue;
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    rows.push({
      id: r.id, date: (r.date_start ?? '').slice(0, 10), whereDescription: r.where_description,
      adm1: (r.adm_1 ?? '').trim(), adm2: (r.adm_2 ?? '').trim(), country: (r.country ?? '').trim(), lat, lon,
    });
  }
  return rows;
}

/** How a resolved place stands to a row's own divisions, by the place's admin data: 2 in its adm_2, 1 in its adm_1 only, 0 neither. */
export type DivisionRank = (e: Entity) => number;

/**
 * The place a location description resolves to: its first settlement (or landmark) with coordinates,
 * else its first place with them; only places named before `end` (the description, not the divisions
 * after it). A description naming several settlements ("2 in Toretsk, 1 in Bakhmut") is one row per
 * settlement in UCDP, each with that settlement's divisions: with `rank`, the first settlement lying
 * in the row's adm_2 (else adm_1) by the gazetteer's admin data comes first.
 */
export function firstResolvedPlace(entities: readonly Entity[], end = Infinity, rank?: DivisionRank): Entity | undefined {
  const located = entities.filter((e) => e.kind === 'place' && e.geo && e.mentions[0].start < end);
  const first = (list: Entity[]) => list.sort((a, b) => (rank ? rank(b) - rank(a) : 0) || a.mentions[0].start - b.mentions[0].start)[0];
  return first(located.filter((e) => e.geo!.featureType === 'populated_place' || e.geo!.featureType === 'landmark')) ?? first(located);
}

/** Ranks places by membership of a row's adm_2 (a raion of either generation, or a city municipality) and adm_1. */
export function divisionRank(row: UcdpRow): DivisionRank {
  const keys = row.adm2 ? raionKeys(row.adm2) : [];
  const country = row.country ? exactCandidates(row.country).find((c) => c.featureType === 'country')?.country : undefined;
  const admin1 = row.adm1 ? exactCandidates(row.adm1).find((c) => c.featureType === 'admin1' && (!country || c.country === country))?.admin1 : undefined;
  return (e) => {
    const geo = e.geo;
    if (!geo || (country && geo.country !== country) || (admin1 && geo.admin1 !== admin1)) return 0;
    return inRaion(geo, keys) ? 2 : admin1 ? 1 : 0;
  };
}

/**
 * The text a row's location is read from: its where_description followed by its divisions, the way a
 * location column and its admin columns are geocoded together ("Pisky village (Yasynuvata raion,
 * Donetsk oblast, Ukraine)"); or the description alone.
 */
export function ucdpLocationText(row: UcdpRow, withDivisions: boolean): string {
  const divisions = [row.adm2, row.adm1, row.country].filter(Boolean);
  return withDivisions && divisions.length ? `${row.whereDescription} (${divisions.join(', ')})` : row.whereDescription;
}

/**
 * Each row's location text goes through the place stage alone, as its own short text (the headline
 * names other places, not where the event was); the first settlement its description resolves to is
 * compared with the row's coordinates. The divisions only help choose among namesakes, and among the
 * settlements of a list the one the row's divisions hold (by the places' admin data, never by their
 * coordinates): a place named in them alone never counts as the row's place.
 */
export function evaluateUcdp(rows: readonly UcdpRow[], extractEntities: (a: Article) => readonly Entity[], withDivisions = true): UcdpEvaluation {
  let resolved = 0;
  let within = 0;
  const errors: number[] = [];
  for (const row of rows) {
    const text = ucdpLocationText(row, withDivisions);
    const entities = extractEntities({ id: `ucdp:${row.id}`, date: row.date, text });
    const place = firstResolvedPlace(entities, row.whereDescription.length, withDivisions ? divisionRank(row) : undefined);
    if (!place?.geo) continue;
    resolved++;
    const d = haversineKm(row.lat, row.lon, place.geo.lat, place.geo.lon);
    errors.push(d);
    if (d <= UCDP_MAX_KM) within++;
  }
  errors.sort((a, b) => a - b);
  return {
    rows: rows.length,
    resolved,
    within,
    share: rows.length ? within / rows.length : 0,
    precision: resolved ? within / resolved : 0,
    medianKm: errors.length ? errors[errors.length >> 1] : 0,
  };
}

export function formatUcdpEvaluation(e: UcdpEvaluation, withDivisions = true): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return [
    `UCDP settlements (where_prec 1): ${e.rows} rows, ${withDivisions ? 'description with its adm_2, adm_1 and country' : 'description alone'}`,
    `resolved to a place     ${e.resolved}`,
    `within ${UCDP_MAX_KM} km            ${e.within}  (${pct(e.share)} of rows, ${pct(e.precision)} of resolved)`,
    `median error km         ${e.medianKm.toFixed(1)}`,
  ].join('\n') + '\n';
}
