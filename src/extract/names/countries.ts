import { loadGazetteer, type Gazetteer } from '../../gazetteer/index.js';
import { wordPrefixes } from '../word-prefixes.js';
import { EXTRA_DEMONYMS } from './lexicon.js';

/** What the names stage needs from the gazetteer: demonyms, country names, and whether a name is a place. */
export interface CountryIndex {
  /** ISO3 of a demonym or country name ("Russian", "Russia", "U.S."); null for a stateless identity ("Kurdish"). */
  countryOf(word: string): string | null | undefined;
  /** The demonym of an ISO3 country ("RUS" → "Russian"). */
  demonymOf(iso3: string): string | undefined;
  /** The country's English name. */
  nameOf(iso3: string): string | undefined;
  /** Whether a longer country name or demonym starts with these words ("United" → "United States"). */
  startsLongerName(words: string): boolean;
  /** Whether the gazetteer knows this exact name as a place. */
  isPlace(name: string): boolean;
}

let index: CountryIndex | undefined;

/** Built on first use (the gazetteer loads once per process). */
export function countryIndex(): CountryIndex {
  return (index ??= buildIndex(loadGazetteer()));
}

function buildIndex(gazetteer: Gazetteer): CountryIndex {
  const byWord = new Map<string, string | null>();
  const demonym = new Map<string, string>();
  const names = new Map<string, string>();
  for (const c of gazetteer.countries) {
    names.set(c.iso3, c.name);
    byWord.set(c.name, c.iso3);
    if (!byWord.has(c.officialName)) byWord.set(c.officialName, c.iso3);
    for (const d of c.demonyms) {
      if (!byWord.has(d)) byWord.set(d, c.iso3);
      if (!demonym.has(c.iso3)) demonym.set(c.iso3, d);
    }
  }
  for (const [word, iso3] of EXTRA_DEMONYMS) {
    byWord.set(word, iso3);
    if (iso3 && !demonym.has(iso3) && /^[A-Z][a-z]/.test(word)) demonym.set(iso3, word);
  }
  for (const [alias, iso3] of [['Russia', 'RUS'], ['Syria', 'SYR'], ['Iran', 'IRN'], ['Britain', 'GBR'], ['America', 'USA'], ['United States', 'USA']] as const) {
    byWord.set(alias, iso3);
  }
  const prefixes = wordPrefixes(byWord.keys());
  const placeCache = new Map<string, boolean>();
  return {
    countryOf: (word) => byWord.get(word),
    startsLongerName: (words) => prefixes.has(words),
    demonymOf: (iso3) => demonym.get(iso3),
    nameOf: (iso3) => names.get(iso3),
    isPlace(name) {
      let known = placeCache.get(name);
      if (known === undefined) {
        known = gazetteer.lookup(name, { limit: 1 }).some((c) => c.matchKind === 'exact');
        if (placeCache.size > 50_000) placeCache.clear();
        placeCache.set(name, known);
      }
      return known;
    },
  };
}
