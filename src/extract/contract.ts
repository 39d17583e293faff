/** `sitrep/extraction@1`: the contract everything downstream reads. Extend with optional fields only. */

export const EXTRACTION_SCHEMA = 'sitrep/extraction@1' as const;

export interface Span {
  start: number; // UTF-16 code unit offsets into the article text as read (String.prototype.slice)
  end: number;
  text: string;
}

/**
 * How a place name is used where it does not stand for the place as a location: 'demonym' ("Russian" in
 * "Russian forces", or the name as a modifier inside a hyphenated compound: "the UK-France Summit"), 'metonym' ("Moscow" in "Moscow said", "EU" for the Union). Absent: the place itself.
 * On a group, 'modifier': its word qualifying another noun ("military" in "a military airport", "Israeli" in
 * "Israeli jets"), the group standing behind what that noun names without being named.
 */
export type MentionSense = 'demonym' | 'metonym' | 'modifier';

/** 'nominal': a common noun taking up an entity named elsewhere ("the town" for Darayya), no name of it. */
export type MentionReference = 'nominal';

export interface Mention extends Span {
  sense?: MentionSense;
  reference?: MentionReference;
}

export type EntityKind = 'person' | 'organization' | 'armed_group' | 'place';
export type FeatureType = 'country' | 'admin1' | 'admin2' | 'populated_place' | 'river' | 'landmark' | 'other';
export type GeoPrecision = 1 | 2 | 3;

export interface Geo {
  lat: number;
  lon: number;
  featureType: FeatureType;
  geonameId?: number;
  country?: string; // ISO 3166-1 alpha-2; absent for what spans countries: continents, oceans, seas
  admin1?: string;
  /** The second-level division (in Ukraine the raion since 2020), where the gazetteer knows it. */
  admin2?: string;
  /** Ukraine: the raion before the 2020 reform, which older reports name. */
  formerAdmin2?: string;
  precision: GeoPrecision;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  mentions: Mention[];
  role?: string;
  /** People: the other roles and ranks the report gives them besides `role` ("Army Chief", "Gen."), in text order. */
  titles?: string[];
  country?: string; // ISO 3166-1 alpha-3
  sector?: string;
  geo?: Geo;
}

export type TimePrecision = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'season' | 'year';

export interface TimeRef {
  id: string;
  span: Span;
  start: string;
  end: string;
  precision: TimePrecision;
}

export interface Quote {
  id: string;
  span: Span;
  direct: boolean;
  speaker: string | null;
  cue?: Span;
  channel?: string;
}

export type Modality = 'asserted' | 'claimed' | 'announced' | 'denied' | 'planned' | 'threatened' | 'hypothetical';

export interface Quantity {
  value: number;
  unit: string;
  span: Span;
}

export interface Event {
  id: string;
  type: string;
  acled?: { event_type: string; sub_event_type: string };
  plover?: string;
  actors: string[];
  targets: string[];
  /** For each entity id in actors and targets, the words the evidence uses for it in this event ('British soldiers', count aside). */
  actorText?: Record<string, string>;
  place: string | null;
  time: { start: string; end: string; precision: string };
  quantities: Quantity[];
  fatalities?: number;
  modality: Modality;
  source?: { entity?: string; quote?: string; channel?: string };
  evidence: Span[];
  confidence: number;
}

export interface Extraction {
  schema: typeof EXTRACTION_SCHEMA;
  article: { id: string; date: string; datePrecision?: 'month' | 'year'; title?: string; source?: string; url?: string };
  entities: Entity[];
  times: TimeRef[];
  quotes: Quote[];
  events: Event[];
}
