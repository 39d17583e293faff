import { SETTLEMENT_WORDS } from './lexicon.js';
import { exactCandidates } from './lookup.js';
import type { PlaceHint } from './mention.js';
import { raionKeys } from './raion.js';
import type { TokenView } from './token-view.js';

/** Words that close the name of a district (second level) or of a division whose level the name tells. */
const DISTRICT_WORDS = new Set(['district', 'raion', 'rayon', 'county', 'parish']);
const DIVISION_WORDS = new Set(['region', 'oblast', 'obl', 'province']);
/** Words that may stand between a place and the divisions named after it: "X village, Y district (Z region)". */
const SKIPPED = new Set([',', '(', ')', 'the', 'of', 'in']);
const MAX_SPAN = 16;
const MAX_NAME_WORDS = 3;

export interface Divisions {
  /** The first-level division named after the place, when the name is one. */
  hint?: PlaceHint;
  /** Keys of the district named after the place. */
  raion?: string[];
}

/**
 * The divisions a report names right after a place to say where it is: "Dmytrivka village,
 * Novoaydarsky district, Luhansk region", "Peski (Yasinovatsky district) near Donetsk",
 * "Krymske, Luhansk Obl", "Chervonosilske village, Amvrosievsky region Donetsk region".
 */
export function divisionsAfter(view: TokenView, last: number): Divisions {
  const gloss = glossAfter(view, last);
  if (gloss) return gloss;
  const out: Divisions = {};
  let j = last + 1;
  const stop = Math.min(view.length, last + MAX_SPAN);
  while (j < stop) {
    const lower = view.lower(j);
    if (SKIPPED.has(lower) || (SETTLEMENT_WORDS.has(lower) && !view.isCapitalised(j))) {
      j++;
      continue;
    }
    if (!view.isCapitalised(j)) break;
    let k = j;
    while (k + 1 < stop && k - j + 1 < MAX_NAME_WORDS && view.isCapitalised(k + 1) && !isTypeWord(view.lower(k + 1))) k++;
    const type = view.lower(k + 1).replace(/\.$/, '');
    if (!DISTRICT_WORDS.has(type) && !DIVISION_WORDS.has(type)) break;
    const name = view.doc.text.slice(view.tokens[j].start, view.tokens[k].end);
    const admin1 = DIVISION_WORDS.has(type) ? exactCandidates(name).find((c) => c.featureType === 'admin1') : undefined;
    if (admin1) out.hint ??= { country: admin1.country, admin1Code: admin1.admin1Code };
    else if (!out.raion) out.raion = raionKeys(name);
    j = k + 2;
  }
  return out;
}

const MAX_GLOSS_TOKENS = 16;
/** Lower-case words a gloss may hold after a division's name: "(Avdiivka city municipality, Donetsk oblast, Ukraine)". */
const GLOSS_TYPE_WORDS = new Set([...DISTRICT_WORDS, ...DIVISION_WORDS, 'city', 'municipality', 'community', 'hromada']);

/**
 * A coder's gloss right after a place: "Slavutych (Vyshhorod, Kyiv)", "Kharkiv city (Kharkiv, Kharkiv)",
 * "Moshchun (Kyiv)", "Pisky (Yasynuvata raion, Donetsk oblast, Ukraine)": names (with their type words)
 * and commas only in the parentheses, the last a first-level division (or a country after it), the
 * one before it the district. Anything else in parentheses ("(AP)", "(Donetsk region)") is not a gloss.
 */
function glossAfter(view: TokenView, last: number): Divisions | undefined {
  let j = last + 1;
  if (view.lower(j) === 'city' || view.lower(j) === 'town' || view.lower(j) === 'village') j++;
  if (view.text(j) !== '(') return undefined;
  const names: string[] = [];
  let start = j + 1;
  for (let k = j + 1; k < Math.min(view.length, j + MAX_GLOSS_TOKENS); k++) {
    const text = view.text(k);
    if (text === ',' || text === ')') {
      if (k === start) return undefined;
      names.push(view.doc.text.slice(view.tokens[start].start, view.tokens[k - 1].end));
      start = k + 1;
      if (text === ')') break;
    } else if (!view.isCapitalised(k) && text !== '-' && !(k > start && GLOSS_TYPE_WORDS.has(view.lower(k)))) return undefined;
    if (k === j + MAX_GLOSS_TOKENS - 1) return undefined;
  }
  const country = names.length > 1 ? exactCandidates(names[names.length - 1]).find((c) => c.featureType === 'country') : undefined;
  if (country) names.pop();
  if (!names.length || names.length > 3) return undefined;
  const admin1 = exactCandidates(names[names.length - 1]).find((c) => c.featureType === 'admin1' && (!country || c.country === country.country));
  if (!admin1) return undefined;
  const out: Divisions = { hint: { country: admin1.country, admin1Code: admin1.admin1Code } };
  if (names.length >= 2) out.raion = raionKeys(names[names.length - 2]);
  return out;
}

function isTypeWord(lower: string): boolean {
  const word = lower.replace(/\.$/, '');
  return DISTRICT_WORDS.has(word) || DIVISION_WORDS.has(word);
}
