import type { Store } from '../store/store.js';
import type { SearchHit, SearchTerm } from './types.js';

export type { SearchHit, SearchTerm } from './types.js';

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The user's words as search terms: "double-quoted" runs are exact phrases, everything else is single
 * words. Operators and stray punctuation mean nothing here (a lone `AND`, `(` or `Kherson"` cannot
 * break the query); terms without a letter or digit are dropped.
 */
export function parseSearchQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const parts = query.normalize('NFC').split(/["“”„]/);
  parts.forEach((part, i) => {
    const insideQuotes = i % 2 === 1 && i < parts.length - 1; // an unclosed quote opens no phrase
    if (insideQuotes) {
      const phrase = part.trim().replace(/\s+/g, ' ');
      if (HAS_WORD.test(phrase)) terms.push({ text: phrase, phrase: true });
      return;
    }
    for (const word of part.split(/\s+/)) if (HAS_WORD.test(word)) terms.push({ text: word, phrase: false });
  });
  return terms;
}

/** Articles and quotes that contain every term, best match first, with the matches marked [like this] in the snippet. */
export function searchText(store: Store, query: string, options: { limit?: number } = {}): SearchHit[] {
  return store.searchText(parseSearchQuery(query), options.limit ?? 20);
}
