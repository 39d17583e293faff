import type { Candidate } from '../../gazetteer/index.js';

/** A country, a first-level division, a capital, a city of 100,000 or more, a sea, a region or a continent. */
export function isProminent(c: Candidate): boolean {
  return (
    c.featureType === 'country' ||
    (c.featureType === 'other' && c.coordQuality === 'representative') ||
    c.featureType === 'admin1' ||
    c.featureCode === 'PPLC' ||
    (c.population ?? 0) >= 100_000
  );
}
