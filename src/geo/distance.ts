const EARTH_RADIUS_KM = 6371.0088; // mean radius (IUGG)
const KM_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_KM) / 180;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const a = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A lat/lon box that contains every point within `km` of the centre, for an index-friendly prefilter.
 * minLon > maxLon means the box crosses the antimeridian.
 */
export function boundingBox(lat: number, lon: number, km: number): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const dLat = km / KM_PER_DEGREE_LAT;
  const minLat = Math.max(-90, lat - dLat);
  const maxLat = Math.min(90, lat + dLat);
  if (minLat <= -90 || maxLat >= 90) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  const angular = km / EARTH_RADIUS_KM;
  const reach = Math.sin(angular) / Math.cos(rad(lat));
  if (angular >= Math.PI / 2 || reach >= 1) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  const dLon = (Math.asin(reach) * 180) / Math.PI + 1e-9;
  const wrap = (x: number) => ((((x + 180) % 360) + 360) % 360) - 180;
  return { minLat, maxLat, minLon: wrap(lon - dLon), maxLon: wrap(lon + dLon) };
}
