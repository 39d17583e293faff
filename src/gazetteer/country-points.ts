import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CountryPoint {
  /** Absent where world-countries' centre is good enough and only names are added. */
  lat?: number;
  lon?: number;
  names?: string[];
  /** world-countries' spellings that English news uses as other words ("Island" for Iceland). */
  notNames?: string[];
}

/** GeoNames' representative points (and extra names) for countries, by ISO2, from data/gazetteer/country-points.json. */
export function readCountryPoints(dataDir: string): Map<string, CountryPoint> {
  const file = JSON.parse(readFileSync(join(dataDir, 'country-points.json'), 'utf8')) as { points: Record<string, CountryPoint> };
  return new Map(Object.entries(file.points));
}
