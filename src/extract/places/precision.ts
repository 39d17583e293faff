import type { Candidate } from '../../gazetteer/index.js';
import type { GeoPrecision } from '../contract.js';
import type { PlaceMention } from './mention.js';

const AREAS = new Set<Candidate['featureType']>(['country', 'admin1', 'admin2', 'river']);

/**
 * ACLED-style precision of one mention: 1 the place itself; 2 near it ("near X", "north of X") or a part
 * of a division ("the northern part of the X region"); 3 a whole division, a country or a river.
 */
export function mentionPrecision(m: PlaceMention, place: Candidate): GeoPrecision {
  // One point standing for a sea, a region or a continent is an area, never a pin.
  if (place.coordQuality === 'representative' && place.featureType === 'other') return 3;
  if (AREAS.has(place.featureType)) return m.cues.partOf && place.featureType !== 'country' && place.featureType !== 'river' ? 2 : 3;
  // A rough point (a postal fallback, good to the district at best) is never drawn as the place itself, nor is a part of a town.
  return m.cues.near || m.cues.partOf || place.coordQuality === 'rough' ? 2 : 1;
}
