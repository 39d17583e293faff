import type { CueFrame } from './lexicon.js';

/** One attribution found in a unit, in token indexes: [start, end) ranges. */
export interface Attribution {
  cue: [number, number];
  speaker: [number, number][] | null; // comma-separated segments of the speaker phrase
  contents: [number, number][]; // one, or two for a quotation split by its attribution
  inherit: boolean; // the speaker is the previous attribution's ("…, adding that …")
  channelRange: [number, number];
}

/** A reporting cue in token indexes: the verb (or phrase) and the auxiliaries before it. */
export interface Cue {
  start: number; // first token, auxiliaries included
  verb: number;
  end: number;
  frame: CueFrame | 'according';
  passive?: boolean; // "is convinced that", "it was widely reported that"
}
