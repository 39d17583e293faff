import type { Candidate } from '../../gazetteer/index.js';

const TYPE_PRIOR: Record<Candidate['featureType'], number> = {
  country: 6, admin1: 4, admin2: 1.5, river: 3, landmark: 2, populated_place: 0, other: 0.5,
};
const CODE_PRIOR: Record<string, number> = { PPLC: 2.5, PPLA: 1.2, PPLA2: 0.5, PPLG: 1 };
const SOURCE_PRIOR: Record<Candidate['nameSource'], number> = { canonical: 0, alternate: -0.3, transliteration: -0.3, derived: -2.5 };
/** Seas, regions and continents, which the gazetteer holds as one representative point: as weighty as a country when they span countries, as a first-level division otherwise. */
const WORLD_AREA_PRIOR = 6;
const REGIONAL_AREA_PRIOR = 4;
const QUALITY_PRIOR: Record<Candidate['coordQuality'], number> = { exact: 0, computed: 0, representative: 0, approximate: -0.1, rough: -0.3 };

/**
 * How likely a candidate is meant before context is read: big, important, canonically named places
 * first (a country or a capital beats a hamlet of the same name).
 */
function typePrior(c: Candidate): number {
  if (c.featureType === 'other' && c.coordQuality === 'representative') return c.country ? REGIONAL_AREA_PRIOR : WORLD_AREA_PRIOR;
  return TYPE_PRIOR[c.featureType];
}

export function priorScore(c: Candidate): number {
  return (

    0.8 * Math.log10((c.population ?? 0) + 1) +
    typePrior(c) +
    (c.featureCode ? (CODE_PRIOR[c.featureCode] ?? 0) : 0) +
    SOURCE_PRIOR[c.nameSource] +
    QUALITY_PRIOR[c.coordQuality] +
    (c.matchKind === 'fuzzy' ? -1 : 0)
  );
}
