import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UaOblast } from './ua-oblasts.js';

/** One settlement of the Ukrainian postal gazetteer (GeoNames, CC BY 4.0), as committed in ua-places.tsv. */
export interface UaPostalPlace {
  /** KMU 2010 romanisation. */
  name: string;
  nameUk: string;
  /** GeoNames admin1 code without the country. */
  admin1: string;
  /** The raion as the postal gazetteer names it (pre-2020 raions). */
  raion: string;
  lat: number;
  lon: number;
  /** GeoNames postal accuracy: 1 good, 4 rough (often a raion or oblast centre). */
  accuracy: number;
}

const HEADER = ['name', 'name_uk', 'admin1', 'raion', 'lat', 'lon', 'accuracy'];
const FILE = 'ua-places.tsv';

/**
 * Derives the compact committed file from ua_postal_places_kmu2010.csv: the GeoNames admin1 code in
 * place of the postal oblast name, postal codes dropped, duplicates merged.
 */
export function deriveUaPlacesTsv(kmuCsv: string, oblasts: UaOblast[]): string {
  const codeByPostal = new Map(oblasts.filter((o) => o.postal).map((o) => [o.postal, o.code]));
  const seen = new Set<string>();
  const out: string[] = [];
  const lines = kmuCsv.split('\n').slice(1);
  for (const line of lines) {
    if (!line.trim()) continue;
    const [name, nameUk, oblast, , raion, lat, lon, accuracy] = line.split(',');
    const code = codeByPostal.get(oblast);
    if (!code) throw new Error(`ua-places: unknown postal oblast ${oblast}`);
    if (!lat || !lon || !name) continue;
    const row = [name, nameUk, code, raion, Number(lat).toFixed(4), Number(lon).toFixed(4), accuracy || '0'].join('\t');
    if (seen.has(row)) continue;
    seen.add(row);
    out.push(row);
  }
  return [HEADER.join('\t'), ...out].join('\n') + '\n';
}

export function readUaPlaces(dataDir: string): UaPostalPlace[] {
  const lines = readFileSync(join(dataDir, FILE), 'utf8').split('\n');
  if (lines[0] !== HEADER.join('\t')) throw new Error(`${FILE}: unexpected header`);
  return lines.slice(1).filter(Boolean).map((line) => {
    const [name, nameUk, admin1, raion, lat, lon, accuracy] = line.split('\t');
    return { name, nameUk, admin1, raion, lat: Number(lat), lon: Number(lon), accuracy: Number(accuracy) };
  });
}

export const UA_PLACES_FILE = FILE;
