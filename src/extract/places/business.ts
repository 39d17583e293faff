import { BUSINESS_WORDS } from './lexicon.js';
import type { TokenView } from './token-view.js';

/** How many capitalised words may stand between the name and the kind of business ("Coronado Meat Market"). */
const MAX_WORDS_BETWEEN = 2;

/**
 * "Cascade Motel", "Norman's Welding", "Italian Grill": a capitalised name that begins with the words
 * ending at token `last` and ends in a kind of shop or firm names the business, not a place.
 */
export function namesBusiness(view: TokenView, last: number): boolean {
  for (let k = last + 1; k <= last + 1 + MAX_WORDS_BETWEEN && k < view.length; k++) {
    if (!view.adjacent(k - 1, k) || !view.isCapitalised(k) || view.isAllCaps(k)) return false;
    if (BUSINESS_WORDS.has(view.text(k).replace(/['’]s$/, ''))) return true;
    if (view.isPossessive(k)) return false;
  }
  return false;
}
