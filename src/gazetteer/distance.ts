import { haversineKm } from '../geo/distance.js';
import type { LatLon } from './types.js';

/** Great-circle distance in kilometres between two points. */
export function distanceKm(a: LatLon, b: LatLon): number {
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}
