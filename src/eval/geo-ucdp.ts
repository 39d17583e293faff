import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Article } from '../article.js';
import { InputError } from '../errors.js';
import type { Entity } from '../extract/contract.js';
import { haversineKm } from '../geo/distance.js';
import { decodeBuffer } from '../readers/index.js';

/** UCDP's own name of the location ends with the kind of place: "Sloviansk town", "Andreyevka village". */
const SETTLEMENT = /\b(town|village|city|settlement|township|hamlet)$/i;
export const UCDP_MAX_KM = 10;

export interface UcdpRow {
  id: string;
  date: string;
  whereDescription: string;
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
    rows.push({ id: r.id, date: (r.date_start ?? '').slice(0, 10), whereDescription: r.where_description, lat, lon });
  }
  return rows;
}

/** The place a location description resolves to: its first settlement (or landmark) with coordinates, else its first place with them. */
export function firstResolvedPlace(entities: readonly Entity[]): Entity | undefined {
  const located = entities.filter((e) => e.kind === 'place' && e.geo);
  const first = (list: Entity[]) => list.sort((a, b) => a.mentions[0].start - b.mentions[0].start)[0];
  return first(located.filter((e) => e.geo!.featureType === 'populated_place' || e.geo!.featureType === 'landmark')) ?? first(located);
}

/**
 * Each row's where_description goes through the place stage alone, as its own short text (the
 * headline names other places, not where the event was); the first settlement it resolves to is
 * compared with the row's coordinates.
 */
export function evaluateUcdp(rows: readonly UcdpRow[], extractEntities: (a: Article) => readonly Entity[]): UcdpEvaluation {
  let resolved = 0;
  let within = 0;
  const errors: number[] = [];
  for (const row of rows) {
    const place = firstResolvedPlace(extractEntities({ id: `ucdp:${row.id}`, date: row.date, text: row.whereDescription }));
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

export function formatUcdpEvaluation(e: UcdpEvaluation): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return [
    `UCDP settlements (where_prec 1): ${e.rows} rows`,
    `resolved to a place     ${e.resolved}`,
    `within ${UCDP_MAX_KM} km            ${e.within}  (${pct(e.share)} of rows, ${pct(e.precision)} of resolved)`,
    `median error km         ${e.medianKm.toFixed(1)}`,
  ].join('\n') + '\n';
}
