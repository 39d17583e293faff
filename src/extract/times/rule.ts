import type { Resolved } from './resolved.js';

/** What a rule sees besides its match: the sentence and the publication date it resolves against. */
export interface RuleContext {
  sentence: string;
  /** Publication day (day number); its first day when only the month or year is known. */
  published: number;
  /** False when the publication date is known only to the month or year: relative expressions stay unresolved. */
  publishedDayKnown: boolean;
  /** The sentence speaks of the future (will, plans to, scheduled …): bare weekdays and months look forward. */
  future: boolean;
  /** The single day the report last named before this sentence, not after publication: the day a bare time of day is on. */
  narratedDay?: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
  minuteStated: boolean;
  zone?: string; // a ZoneRule once a zone phrase is attached
}

/**
 * One time expression found in a sentence (offsets into the sentence). A `date` carries its value; a
 * `clock` is a time of day waiting for its day; an `anchored` one ("a week later") is a shift from the
 * time mentioned before it; a `weekday` is a date that a following full date may replace.
 */
export interface Candidate {
  start: number;
  end: number;
  kind: 'date' | 'clock' | 'anchored';
  rule: string;
  value?: Resolved;
  clock?: ClockTime;
  shiftDays?: number;
  /** A shift in whole months or years from the time mentioned before, at that time's precision ("four years after"). */
  shiftMonths?: number;
  /** A bare weekday ("Monday"): merged into a full date written right after it. */
  weekday?: boolean;
  /** The zone phrase ("from Moscow") inside the span: a place entity may claim it. */
  zone?: { start: number; end: number };
  /** Needs the publication day (today, on Monday, two days ago …). */
  relative?: boolean;
}

/** One pattern and one extract (chrono-node's parser shape). Patterns are global regexes run per sentence. */
export interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  /** What every match holds (a digit, a unit word): a sentence without it is not scanned with the pattern. */
  readonly needs?: RegExp;
  extract(match: RegExpExecArray, context: RuleContext): Omit<Candidate, 'rule'> | null;
}

/** Offsets of the match, optionally trimmed to one of its groups (the text before it is context, not span). */
export function matchSpan(match: RegExpExecArray, fromGroup?: string): { start: number; end: number } {
  const end = match.index + match[0].length;
  if (fromGroup && match.indices?.groups?.[fromGroup]) return { start: match.indices.groups[fromGroup][0], end };
  return { start: match.index, end };
}
