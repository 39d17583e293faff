export type FeatureType = 'country' | 'admin1' | 'admin2' | 'populated_place' | 'river' | 'landmark' | 'other';

/**
 * How far to trust a coordinate:
 * - exact: a GeoNames point or a hand-checked curated point;
 * - approximate: postal-gazetteer estimate not confirmed by a second source;
 * - rough: postal fallback (a raion or oblast centre, or a namesake's point), replaced by the raion's
 *   centre where one could be computed; good to the district at best;
 * - computed: an administrative division's centre computed from its member places;
 * - representative: one point standing for a long or large feature (a river, a sea).
 */
export type CoordQuality = 'exact' | 'approximate' | 'rough' | 'computed' | 'representative';

/** How the matched name relates to the place, strongest first. */
export type NameSource = 'canonical' | 'alternate' | 'transliteration' | 'derived';

export type MatchKind = 'exact' | 'variant' | 'fuzzy';

export interface Place {
  id: string;
  /** Canonical English name. */
  name: string;
  lat: number;
  lon: number;
  featureType: FeatureType;
  /** GeoNames feature code where known: PPLC capital, PPLA admin1 seat, PPLA2, PPL, ADM1, PCLI … */
  featureCode?: string;
  geonameId?: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** English name of the first-level division, e.g. "Kherson Oblast". */
  admin1?: string;
  /** GeoNames admin1 code, e.g. "UA.08". */
  admin1Code?: string;
  /** The second-level division; in Ukraine the raion since the 2020 reform. */
  admin2?: string;
  /** Ukraine: the raion before the 2020 reform (the postal gazetteer's), which older reports name. */
  formerAdmin2?: string;
  population?: number;
  coordQuality: CoordQuality;
  /** For landmarks and rivers: the settlement they are in or best known by. */
  settlement?: string;
}

export interface Candidate extends Place {
  /** The stored name form that matched (normalised). */
  matchedName: string;
  matchKind: MatchKind;
  nameSource: NameSource;
  editDistance?: number;
  /** 0..1: how well the name matched, not how likely the place is meant. */
  matchScore: number;
}

export interface LookupOptions {
  /** Also return misspelling matches when no exact or variant match exists. */
  fuzzy?: boolean;
  /** Only places in this country (ISO2). */
  country?: string;
  /** Only places in this first-level division (GeoNames code, "UA.05"). */
  admin1Code?: string;
  featureTypes?: readonly FeatureType[];
  limit?: number;
}

export interface Country {
  iso2: string;
  iso3: string;
  name: string;
  officialName: string;
  /** Approximate geographic centre. */
  lat: number;
  lon: number;
  capital?: { name: string; lat: number; lon: number };
  demonyms: string[];
}

export interface LatLon {
  lat: number;
  lon: number;
}
