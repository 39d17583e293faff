import type { Token } from '../tokens.js';
import { SOURCE_NOUNS } from './lexicon.js';

/** Records whose findings a closing "in the … poll" attributes. */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
const MAX_RECORD_TOKENS = 8;
const MIN_CLAUSE_WORDS = 4;

/**
 * "Trump has a decisive lead in the polls.", "Obama was winning blacks by 28 points in the same poll.": a sentence
 * closing on "in" and a poll or survey reports the clause before it. Returns the token of "in" and the end of the
 * record phrase, or undefined.
 */
export function closingPoll(tokens: Token[], lower: string[], quoted: Uint8Array, firstToken: number, end: number): { cue: number; recordEnd: number } | undefined {
  let last = end - 1;
  while (last > firstToken && (tokens[last].kind === 'punct' && tokens[last].text !== ',')) last--;
  if (quoted[last] || !POLL_NOUNS.has(lower[last]) || !SOURCE_NOUNS.has(lower[last])) return undefined;
  for (let k = last - 1; k > firstToken && last - k <= MAX_RECORD_TOKENS; k--) {
    if (quoted[k] || (tokens[k].kind !== 'word' && tokens[k].kind !== 'number' && tokens[k].text !== '/' && tokens[k].text !== '-')) return undefined;
    if (lower[k] === 'to') return undefined; // "voters head to the polls": the polls are a place
    if (lower[k] !== 'in') continue;
    let words = 0;
    for (let t = firstToken; t < k; t++) if (tokens[t].kind === 'word' || tokens[t].kind === 'number') words++;
    return words >= MIN_CLAUSE_WORDS && !quoted[k - 1] && tokens[k - 1].text !== ',' ? { cue: k, recordEnd: last + 1 } : undefined;
  }
  return undefined;
}
