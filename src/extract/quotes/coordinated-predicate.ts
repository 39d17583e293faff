import type { Token } from '../tokens.js';
import { VERB_FRAME } from './lexicon.js';

/** Finite auxiliaries that, right after "and" or "but", open a second predicate of the same subject. */
const PREDICATE_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'does', 'did', 'also']);
const JOINERS = new Set(['and', 'but']);
/** Longest aside between commas after the joiner ("and, in Republican contests, has supported"). */
const MAX_ASIDE_TOKENS = 8;

/**
 * "backed Ron Paul for the presidency in 2012 and, in Republican contests, has supported Sen. Ted Cruz",
 * "began by crediting Trump for his instincts and urging him …": the object of a verb of backing or judging
 * ends where "and" or "but" opens a second predicate of the same subject, an auxiliary or a reporting verb
 * (after an aside between commas, if any). Returns where the object ends, else `end`.
 */
export function coordinatedPredicateStart(tokens: Token[], lower: string[], quoted: Uint8Array, start: number, end: number): number {
  for (let k = start + 2; k < end - 1; k++) {
    if (quoted[k] || !JOINERS.has(lower[k])) continue;
    let v = k + 1;
    if (tokens[v].text === ',') {
      let close = v + 1;
      while (close < end && close - v <= MAX_ASIDE_TOKENS && tokens[close].text !== ',' && !quoted[close]) close++;
      if (close >= end || tokens[close].text !== ',' || close - v > MAX_ASIDE_TOKENS) continue;
      v = close + 1;
    }
    if (v >= end || quoted[v] || tokens[v].kind !== 'word') continue;
    if (PREDICATE_AUXILIARIES.has(lower[v]) || VERB_FRAME.has(lower[v])) return tokens[k - 1].text === ',' ? k - 1 : k;
  }
  return end;
}

/**
 * The "and" or "but" that joins a verb at `verb` to the predicate before it, right before it or before an aside
 * between commas ("and, in Republican contests, has supported"): its token, else -1.
 */
export function joinerBefore(tokens: Token[], lower: string[], quoted: Uint8Array, verb: number, floor: number): number {
  const before = verb - 1;
  if (before < floor || quoted[before]) return -1;
  if (JOINERS.has(lower[before])) return before;
  if (tokens[before].text !== ',') return -1;
  let open = before - 1;
  while (open > floor && before - open <= MAX_ASIDE_TOKENS && tokens[open].text !== ',' && !quoted[open]) open--;
  if (open <= floor || tokens[open].text !== ',' || open === before - 1 || before - open > MAX_ASIDE_TOKENS) return -1;
  return JOINERS.has(lower[open - 1]) && !quoted[open - 1] ? open - 1 : -1;
}
