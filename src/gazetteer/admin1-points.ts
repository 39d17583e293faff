import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Admin1Point {
  /** The division's name in the GeoNames admin1 list: a check that the code is the one meant. */
  name: string;
  lat: number;
  lon: number;
}

/** GeoNames' representative points for first-level divisions, by admin1 code, from data/gazetteer/admin1-points.json. */
export function readAdmin1Points(dataDir: string, admin1Names: ReadonlyMap<string, string>): Map<string, Admin1Point> {
  const file = JSON.parse(readFileSync(join(dataDir, 'admin1-points.json'), 'utf8')) as { points: Record<string, Admin1Point> };
  const points = new Map(Object.entries(file.points));
  for (const [code, point] of points) {
    const listed = admin1Names.get(code);
    if (listed !== point.name) throw new Error(`admin1-points.json: ${code} is ${listed ?? 'not a division'} in the GeoNames admin1 list, not ${point.name}`);
  }
  return points;
}
