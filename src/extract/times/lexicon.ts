import numbers from '../../lexicon/times/numbers.json' with { type: 'json' };
import months from '../../lexicon/times/months.json' with { type: 'json' };
import weekdays from '../../lexicon/times/weekdays.json' with { type: 'json' };
import seasons from '../../lexicon/times/seasons.json' with { type: 'json' };
import cues from '../../lexicon/times/cues.json' with { type: 'json' };
import { ZONE_PHRASES } from './zones.js';

/** Regex alternation of words, longest first, with regex metacharacters escaped and spaces as \s+. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const NUMBER_WORDS: Readonly<Record<string, number>> = numbers;
export const MONTHS: Readonly<Record<string, number>> = months;
export const WEEKDAYS: Readonly<Record<string, number>> = weekdays.weekdays;
export const SEASONS: Readonly<Record<string, number>> = seasons.seasons;

const UNITS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w] < 20 || NUMBER_WORDS[w] % 10 !== 0);
const TENS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w] >= 20 && NUMBER_WORDS[w] % 10 === 0);

/** A count written in digits or words: "24", "five", "twenty-four", "a". */
export const NUMBER = `(?:\\d{1,3}|(?:${alternation(TENS)})(?:[-\\s](?:${alternation(UNITS)}))?|${alternation(UNITS)})`;

/** The value of a NUMBER match (undefined for anything else). */
export function numberValue(text: string): number | undefined {
  const folded = text.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(folded)) return Number(folded);
  if (folded in NUMBER_WORDS) return NUMBER_WORDS[folded];
  const parts = folded.split(/[-\s]/);
  if (parts.length === 2 && parts[0] in NUMBER_WORDS && parts[1] in NUMBER_WORDS) return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]];
  return undefined;
}

/** Month names and abbreviations ("Sept.", "Nov"), capitalized or in capitals. */
const monthNames = Object.keys(MONTHS);
export const MONTH = `(?:${alternation(monthNames.flatMap((m) => [m[0].toUpperCase() + m.slice(1), m.toUpperCase()]))})(?![a-z])\\.?`;

export function monthValue(text: string): number | undefined {
  return MONTHS[text.toLowerCase().replace(/\.$/, '')];
}

export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS).map((d) => d[0].toUpperCase() + d.slice(1)))})`;
export const NOT_A_DAY_AFTER = new RegExp(`^\\s+(?:${alternation(weekdays.notADayAfter)})\\b`);
export const NOT_A_DAY_BEFORE = new RegExp(`\\b(?:${alternation(weekdays.notADayBefore)})\\s+$`);

/** The `needs` of a rule whose every match holds a digit. */
export const DIGIT = /\d/;

export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;

/** A verb of planning and the infinitive after it, with no clause break up to the end: what follows is planned ("invited Trump to meet him on"). */
export const PLANNED_ACT_BEFORE = new RegExp(`\\b(?:${alternation(cues.plannedActVerbs)})\\b[^.;:,]*?\\bto\\s+[a-z]+\\b[^.;:,]*$`, 'i');
export const FUTURE_CUE = new RegExp(`(?:^|[^\\w’'])(?:${alternation(cues.future)})\\b`, 'i');
export const COUNT_NOUN_AFTER = new RegExp(`^\\s*(?:%|percent\\b|per\\s+cent\\b|(?:${alternation(cues.countNouns)})\\b)`, 'i');
export const QUANTITY_WORD_BEFORE = new RegExp(`\\b(?:${alternation(cues.quantityWordsBefore)})\\s+$`, 'i');

export const ZONE = `(?:${alternation(Object.keys(ZONE_PHRASES))})`;

/**
 * Cheap test for a sentence that may hold a time expression: month, weekday, season, time word, a
 * four-digit year or a clock time. Sentences without one skip every rule.
 */
export const MAY_HOLD_TIME = new RegExp(
  `\\b(?:${MONTH}|${WEEKDAY}|${SEASON}|(?:to|yester)day|tonight|tomorrow|overnight|night|morning|evening|afternoon|noon|midnight|weekend|weeks?|months?|years?|hours?|days?|ago|later|earlier|[12]\\d{3})\\b|\\d:\\d\\d|\\d\\s*[ap]\\.?m\\b`,
  'i',
);
