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

function isTypeWord(lower: string): boolean {
  const word = lower.replace(/\.$/, '');
  return DISTRICT_WORDS.has(word) || DIVISION_WORDS.has(word);
}
