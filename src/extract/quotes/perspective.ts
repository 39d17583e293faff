import type { Token } from '../tokens.js';
import months from '../../lexicon/times/months.json' with { type: 'json' };
import weekdays from '../../lexicon/times/weekdays.json' with { type: 'json' };
import { ORGANIZATION_NOUNS, PERSON_NOUNS, PERSONAL_OBJECTS, TITLES, VIEW_HOLDERS } from './lexicon.js';

/** "To Sexton, Tuesday marked a turning point": whose view the clause is ("For X, …" is as often a topic as a view). */
const PERSPECTIVE_PREPOSITIONS = new Set(['to']);
const OPENING_CONNECTIVES = new Set(['but', 'and', 'yet', 'so']);
const MAX_HOLDER_TOKENS = 12;
const MIN_CLAUSE_WORDS = 4;

export interface PerspectiveOpener {
  cue: number;
  holder: [number, number];
  clauseStart: number;
}

/**
 * A unit opening "To X, …" where X names people (a name, a person or group noun, "them"): the cue
 * is the preposition, X the holder of the view and the clause after the comma its content.
 */
export function perspectiveOpener(tokens: Token[], lower: string[], quoted: Uint8Array, firstToken: number, endToken: number): PerspectiveOpener | undefined {
  let cue = firstToken;
  if (OPENING_CONNECTIVES.has(lower[cue]) && cue + 1 < endToken) cue++;
  if (quoted[cue] || !PERSPECTIVE_PREPOSITIONS.has(lower[cue])) return undefined;
  const start = cue + 1;
  let comma = start;
  while (comma < endToken && comma - start < MAX_HOLDER_TOKENS && !quoted[comma] && tokens[comma].text !== ',' && (tokens[comma].kind === 'word' || tokens[comma].kind === 'number' || tokens[comma].text === '-')) comma++;
  if (comma >= endToken || comma === start || tokens[comma].text !== ',') return undefined;
  if (!namesPeople(tokens, lower, start, comma)) return undefined;
  let words = 0;
  for (let t = comma + 1; t < endToken; t++) if (tokens[t].kind === 'word' || tokens[t].kind === 'number') words++;
  if (words < MIN_CLAUSE_WORDS) return undefined;
  return { cue, holder: [start, comma], clauseStart: comma + 1 };
}

function namesPeople(tokens: Token[], lower: string[], start: number, end: number): boolean {
  if (end - start === 1 && PERSONAL_OBJECTS.has(lower[start])) return true;
  const head = lower[end - 1];
  if (VIEW_HOLDERS.has(head) || PERSON_NOUNS.has(head) || ORGANIZATION_NOUNS.has(head)) return true;
  const first = tokens[start].text;
  if (!/^\p{Lu}/u.test(first) && !TITLES.has(lower[start]) && !PERSON_NOUNS.has(lower[start]) && !/^\p{Lu}/u.test(tokens[end - 1].text)) return false;
  // a name: its last word is capitalized and no word is a date or a number
  return /^\p{Lu}/u.test(tokens[end - 1].text) && !tokens.slice(start, end).some((t) => t.kind === 'number' || DATE_NAMES.has(t.text.toLowerCase()));
}

/** Month names in full (the longest spelling of each month), weekdays, and a few other words of time. */
const FULL_MONTHS = [...Object.entries(months).reduce((longest, [name, n]) => (name.length > (longest.get(n)?.length ?? 0) ? longest.set(n, name) : longest), new Map<number, string>()).values()];
const DATE_NAMES = new Set([...Object.keys(weekdays.weekdays), ...FULL_MONTHS, 'christmas', 'now']);
