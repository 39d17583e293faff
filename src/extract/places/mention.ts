import type { Candidate } from '../../gazetteer/index.js';

/** What the text says around a place name about which place is meant and how exactly. */
export interface PlaceCues {
  /** "near X", "north of X", "outskirts of X": the event is near the place, not at it (precision 2). */
  near: boolean;
  /** "the northern part of the X region", "southern X": part of a region (precision 2). */
  partOf: boolean;
  /** "the region of X", "X region", "X County": an administrative division is meant. */
  region: boolean;
  /** "the village of X", "X town": a settlement is meant. */
  settlement: boolean;
  /** A preposition or verb that takes places before the name ("in X", "shelled X"). */
  preposition: boolean;
}

/** A division or country named right after the place ("X, Kharkiv region", "Alexandria, La."). */
export interface PlaceHint {
  country: string;
  admin1Code?: string;
}

/** One place name found in the text, with its gazetteer candidates and its context. */
export interface PlaceMention {
  start: number;
  end: number;
  /** First and last token of the name. */
  first: number;
  last: number;
  /** The whole phrase naming the place, where it reaches beyond the name ("the Syrian town of Azaz"): see extent.ts. */
  extent?: { start: number; end: number };
  /** The name as written, without a possessive 's. */
  surface: string;
  candidates: Candidate[];
  /** Candidates come from misspelling matches and need a nearby place to vouch for them. */
  fuzzy: boolean;
  cues: PlaceCues;
  hint?: PlaceHint;
  /** Keys of the district (raion, county) named after the place ("X village, Yasinovatsky district"): see raion.ts. */
  raion?: string[];
  /** The lower-case token right after the name ("and", ","), to see which names are listed together. */
  linkAfter?: string;
  /** A single word that is also a common word, a title or a known surname: kept only with strong cues. */
  doubtful: boolean;
  /** Doubted only for want of a cue, not as a common word, a given name or a surname: the report's plain mention of the name vouches for it. */
  uncued?: boolean;
  /** The word is the surname of a person the text names: only a strong cue (a hint, "the village of") makes it a place. */
  surname?: boolean;
  /** The division or country after a comma that places the name before it ("Istanbul, Turkey"): a mention of its own inside that name's extent. */
  qualifier?: boolean;
  /** Named inside an actor's name as where the actor is ("Ohio Department of Transportation"): a metonym of the place. */
  embedded?: boolean;
}

export const NO_CUES: PlaceCues = { near: false, partOf: false, region: false, settlement: false, preposition: false };
