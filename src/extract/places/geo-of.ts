import type { Place } from '../../gazetteer/index.js';
import type { Entity, GeoPrecision } from '../contract.js';

/** Features that lie in one district: an area's own district would only repeat its name. */
const POINTS = new Set<Place['featureType']>(['populated_place', 'landmark', 'other']);

/** The contract's `geo` of a gazetteer place read at one precision. */
export function geoOf(place: Place, precision: GeoPrecision): NonNullable<Entity['geo']> {
  return {
    lat: place.lat,
    lon: place.lon,
    featureType: place.featureType,
    ...(place.geonameId ? { geonameId: place.geonameId } : {}),
    ...(place.country ? { country: place.country } : {}),
    ...(place.admin1 && place.featureType !== 'country' ? { admin1: place.admin1 } : {}),
    ...(place.admin2 && POINTS.has(place.featureType) ? { admin2: place.admin2 } : {}),
    ...(place.formerAdmin2 && POINTS.has(place.featureType) ? { formerAdmin2: place.formerAdmin2 } : {}),
    precision,
  };
}
